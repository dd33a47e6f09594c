import type { KeyboardEvent, ReactNode } from 'react'
import type { FieldCheck } from '../spec-field-validation'
import { FieldShell } from './FieldShell'
import { useFieldDraft } from './use-field-draft'

interface NumberFieldProps {
  name: string
  label: string
  value: number | null
  unit?: string
  placeholder?: string
  step?: number
  min?: number
  max?: number
  check(raw: string): FieldCheck<number | null>
  commit(value: number | null): void
  /** Controls beside the input (a dice button). */
  trailing?: ReactNode
  /** Controls under the input (lens presets). */
  below?: ReactNode
  onFocus?(): void
}

/**
 * A number of the shot description. Typed as text (with a numeric keyboard and arrow-key steps)
 * so that what someone typed, valid or not, stays visible until they correct it.
 */
export function NumberField(props: NumberFieldProps) {
  const { name, label, value, unit, placeholder, step, min, max, trailing, below } = props
  const draft = useFieldDraft(formatNumber(value), props.check, props.commit, formatNumber)
  const id = `inspector-${name}`
  const stepBy = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    const current = Number(draft.text)
    if (!Number.isFinite(current) || draft.text.trim() === '') return
    event.preventDefault()
    const delta = (step ?? 1) * (event.shiftKey ? 10 : 1) * (event.key === 'ArrowUp' ? 1 : -1)
    let next = Math.round((current + delta) * 1000) / 1000
    if (min !== undefined) next = Math.max(min, next)
    if (max !== undefined) next = Math.min(max, next)
    draft.change(String(next))
  }
  return (
    <FieldShell id={id} label={label} error={draft.error}>
      <div className="field__number-row">
        <div className="field__number">
          <input
            id={id}
            name={name}
            data-testid={`spec-${name}`}
            className="field__control field__control--number"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            value={draft.text}
            aria-invalid={draft.error ? true : undefined}
            aria-describedby={draft.error ? `${id}-error` : undefined}
            onChange={(event) => draft.change(event.currentTarget.value)}
            onKeyDown={stepBy}
            onFocus={props.onFocus}
            onBlur={draft.blur}
          />
          {unit && <span className="field__unit">{unit}</span>}
        </div>
        {trailing}
      </div>
      {below}
    </FieldShell>
  )
}

function formatNumber(value: number | null): string {
  return value === null ? '' : String(value)
}
