import type { Option } from '../spec-options'
import { FieldShell } from './FieldShell'

interface SelectFieldProps<V extends string> {
  name: string
  label: string
  value: V | ''
  options: readonly Option<V>[]
  /** Label of the empty choice ("not chosen"); omit for required vocabularies. */
  emptyLabel?: string
  commit(value: V | ''): void
}

/** One vocabulary of the shot description as a select. */
export function SelectField<V extends string>({
  name,
  label,
  value,
  options,
  emptyLabel,
  commit,
}: SelectFieldProps<V>) {
  const id = `inspector-${name}`
  return (
    <FieldShell id={id} label={label}>
      <div className="field__select-wrap">
        <select
          id={id}
          name={name}
          data-testid={`spec-${name}`}
          className="field__control field__control--select"
          data-empty={value === '' || undefined}
          value={value}
          onChange={(event) => commit(event.currentTarget.value as V | '')}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldShell>
  )
}
