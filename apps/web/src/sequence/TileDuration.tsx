import { formatDuration } from '@sceneboard/shared'
import { useState, type KeyboardEvent } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { writeSpecField } from '../inspector/card-writes'
import { checkNumberField } from '../inspector/spec-field-validation'

interface TileDurationProps {
  editor: Editor
  cardId: string
  seconds: number
}

/**
 * A shot's duration in the strip: click it to type a new one (Enter or leaving the field sets
 * it, Escape keeps the old one). Checked like the inspector's field; an invalid value says why
 * and is never written.
 */
export function TileDuration({ editor, cardId, seconds }: TileDurationProps) {
  const [text, setText] = useState<string | null>(null)
  const check = text === null ? null : checkNumberField('durationSeconds', text)
  const error = check && !check.ok ? check.error : null

  const commit = () => {
    if (check?.ok && check.value !== null) {
      // An undo step of its own, as the inspector's edits are: not part of the change before it.
      editor.markHistoryStoppingPoint('edit shot duration')
      writeSpecField(editor, cardId as TLShapeId, 'durationSeconds', check.value)
    }
    setText(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The tile's own keys (reorder, go to the card) stay out of the field.
    event.stopPropagation()
    if (event.key === 'Enter' && !error) commit()
    else if (event.key === 'Escape') setText(null)
  }

  if (text === null) {
    return (
      <button
        type="button"
        className="sequence-tile__duration"
        data-testid="sequence-item-duration"
        title="Change this shot's duration"
        draggable={false}
        onClick={(event) => {
          event.stopPropagation()
          setText(String(seconds))
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        {formatDuration(seconds)}
      </button>
    )
  }
  return (
    <input
      className="sequence-tile__duration-input"
      data-testid="sequence-item-duration-input"
      aria-label="Duration in seconds"
      aria-invalid={error ? true : undefined}
      title={error ?? 'Seconds; Enter to set, Escape to keep'}
      inputMode="decimal"
      autoFocus
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      onBlur={commit}
    />
  )
}
