import { BOARD_TITLE_MAX } from '@sceneboard/shared'
import { useRef, useState } from 'react'

interface BoardTitleFieldProps {
  title: string
  disabled: boolean
  onChange(title: string): void
}

/** The board title in the top bar, edited in place; Escape restores the title before editing. */
export function BoardTitleField({ title, disabled, onChange }: BoardTitleFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const before = useRef('')
  return (
    <input
      className="board-title"
      data-testid="board-title"
      name="boardTitle"
      aria-label="Board title"
      placeholder="Untitled board"
      maxLength={BOARD_TITLE_MAX}
      disabled={disabled}
      value={draft ?? title}
      size={Math.max(12, Math.min(40, (draft ?? title).length + 1))}
      onFocus={(event) => {
        before.current = title
        setDraft(title)
        event.currentTarget.select()
      }}
      onChange={(event) => {
        setDraft(event.currentTarget.value)
        onChange(event.currentTarget.value)
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur()
        if (event.key === 'Escape') {
          onChange(before.current)
          setDraft(null)
          event.currentTarget.blur()
        }
      }}
    />
  )
}
