import { useState } from 'react'
import type { FieldCheck } from '../spec-field-validation'

interface Draft {
  text: string
  error: string | null
  /** The stored value (as text) this draft was typed against. */
  basis: string
}

/**
 * Text a person is typing into a field bound to the card. While typing, the field shows exactly
 * what was typed (so "4." on the way to "4.5" and the caret survive); valid text is written at
 * once, invalid text stays in the field with an error and is not written. When the card's value
 * changes from elsewhere (a preset, the dice, another person), the card's value wins.
 */
export function useFieldDraft<V>(
  stored: string,
  check: (raw: string) => FieldCheck<V>,
  commit: (value: V) => void,
  format: (value: V) => string = String,
) {
  const [draft, setDraft] = useState<Draft | null>(null)
  const active = draft !== null && draft.basis === stored ? draft : null

  const change = (raw: string) => {
    const result = check(raw)
    if (result.ok) {
      setDraft({ text: raw, error: null, basis: format(result.value) })
      commit(result.value)
    } else {
      setDraft({ text: raw, error: result.error, basis: stored })
    }
  }

  const blur = () => {
    if (active && active.error === null) setDraft(null)
  }

  return { text: active ? active.text : stored, error: active?.error ?? null, change, blur }
}
