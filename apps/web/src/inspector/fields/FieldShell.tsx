import type { ReactNode } from 'react'

interface FieldShellProps {
  id: string
  label: string
  error?: string | null
  hint?: ReactNode
  aside?: ReactNode
  children: ReactNode
}

/** A label above a control, with an optional aside (units, presets) and an inline error. */
export function FieldShell({ id, label, error, hint, aside, children }: FieldShellProps) {
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {aside}
      </div>
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : (
        hint && <p className="field__hint">{hint}</p>
      )}
    </div>
  )
}
