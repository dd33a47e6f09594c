/**
 * Bridges a zod schema into tldraw's validator interface, so zod stays the single source of truth.
 * tldraw requires a validator to return the very value it was given, so the parsed copy is dropped.
 */
import { T } from '@tldraw/validate'
import type { z } from 'zod'

export function validatorFromZod<S extends z.ZodType>(schema: S): T.Validator<z.infer<S>> {
  return new T.Validator((value: unknown) => {
    const result = schema.safeParse(value)
    if (result.success) return value as z.infer<S>
    const issue = result.error.issues[0]
    const path = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new T.ValidationError(`${issue?.message ?? 'invalid value'}${path}`)
  })
}
