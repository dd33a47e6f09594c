import { PRESENCE_LIMITS } from '@sceneboard/shared'
import { useValue, type Editor } from 'tldraw'

/**
 * Your name as others see it beside your cursor. tldraw keeps it in its user preferences, which
 * it stores in this browser, so it is remembered across boards and visits.
 */
export function NameField({ editor }: { editor: Editor | null }) {
  const name = useValue('user name', () => editor?.user.getName() ?? '', [editor])
  const color = useValue('user color', () => editor?.user.getColor() ?? '#8a92a0', [editor])
  return (
    <label className="name-field" title="Your name, shown to others beside your cursor">
      <span className="name-field__swatch" style={{ background: color }} aria-hidden="true" />
      <span className="sb-visually-hidden">Your name</span>
      <input
        className="name-field__input"
        data-testid="user-name"
        name="userName"
        placeholder="Your name"
        maxLength={PRESENCE_LIMITS.name}
        disabled={!editor}
        value={name}
        onChange={(event) =>
          editor?.user.updateUserPreferences({ name: event.currentTarget.value })
        }
        onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
      />
    </label>
  )
}
