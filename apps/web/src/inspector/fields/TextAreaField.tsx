import type { FieldCheck } from '../spec-field-validation'
import { FieldShell } from './FieldShell'
import { useFieldDraft } from './use-field-draft'

interface TextAreaFieldProps {
  name: string
  label: string
  value: string
  placeholder?: string
  rows?: number
  check(raw: string): FieldCheck<string>
  commit(value: string): void
  onFocus?(): void
}

/** A free-text part of the shot description. */
export function TextAreaField({
  name,
  label,
  value,
  placeholder,
  rows = 2,
  check,
  commit,
  onFocus,
}: TextAreaFieldProps) {
  const draft = useFieldDraft(value, check, commit)
  const id = `inspector-${name}`
  return (
    <FieldShell id={id} label={label} error={draft.error}>
      <textarea
        id={id}
        name={name}
        data-testid={`spec-${name}`}
        className="field__control field__control--textarea"
        rows={rows}
        placeholder={placeholder}
        value={draft.text}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={draft.error ? `${id}-error` : undefined}
        onChange={(event) => draft.change(event.currentTarget.value)}
        onFocus={onFocus}
        onBlur={draft.blur}
      />
    </FieldShell>
  )
}
