import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { stopEventPropagation } from 'tldraw'
import { useUiStore, type CardQuickField as FieldName } from '../../state/ui-store'

interface CardQuickFieldProps {
  field: FieldName
  label: string
  value: string
  placeholder: string
  editing: boolean
  multiline?: boolean
  maxLength: number
  className: string
  onChange(value: string): void
  /** Leaves editing (Escape, or Enter on a single-line field). */
  onDone(): void
}

/**
 * A card field that reads as text and turns into an input while its card is being edited.
 * Pressing it records which field a double-click aimed at, so editing starts there.
 */
export function CardQuickField(props: CardQuickFieldProps) {
  const { field, label, value, placeholder, editing, multiline, maxLength, className } = props
  const setQuickEditField = useUiStore((state) => state.setQuickEditField)
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)

  // Entering edit mode focuses the field that was double-clicked, caret at the end. It waits a
  // frame: the press that started editing still moves the focus to the canvas after it.
  useEffect(() => {
    if (!editing || useUiStore.getState().quickEditField !== field) return
    const frame = requestAnimationFrame(() => {
      const input = inputRef.current
      if (!input) return
      input.focus()
      input.setSelectionRange(input.value.length, input.value.length)
    })
    return () => cancelAnimationFrame(frame)
  }, [editing, field])

  if (!editing) {
    return (
      <div
        className={`${className} card-field`}
        data-field={field}
        data-testid={`card-${field}`}
        data-empty={value === '' || undefined}
        onPointerDown={() => setQuickEditField(field)}
      >
        {value || placeholder}
      </div>
    )
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (!multiline || !event.shiftKey))) {
      event.preventDefault()
      props.onDone()
    }
  }
  const shared = {
    ref: inputRef,
    className: `${className} card-field card-field--editing`,
    name: field,
    'aria-label': label,
    'data-field': field,
    'data-testid': `card-${field}-input`,
    value,
    placeholder,
    maxLength,
    onChange: (event: { currentTarget: { value: string } }) =>
      props.onChange(event.currentTarget.value),
    onKeyDown,
    onPointerDown: (event: PointerEvent) => {
      stopEventPropagation(event)
      setQuickEditField(field)
    },
    onFocus: () => setQuickEditField(field),
  }
  return multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />
}
