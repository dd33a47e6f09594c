/**
 * Reading the fields adapters rely on from a provider's JSON answer, with a ProviderError
 * (kind 'protocol') naming the field when the answer does not have the documented shape.
 */
import { ProviderError } from './provider-error.js'

export type JsonObject = Record<string, unknown>

export function asObject(value: unknown, providerId: string, what: string): JsonObject {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as JsonObject
  }
  throw protocolError(providerId, `${what} is not a JSON object`)
}

export function requireString(object: JsonObject, field: string, providerId: string): string {
  const value = object[field]
  if (typeof value === 'string' && value !== '') return value
  throw protocolError(providerId, `answer has no "${field}"`)
}

export function optionalString(object: JsonObject, field: string): string | undefined {
  const value = object[field]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** A progress figure as 0..1, from a fraction (`scale` 1) or a percentage (`scale` 100). */
export function progressFraction(value: unknown, scale: 1 | 100): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  return Math.min(1, Math.max(0, value / scale))
}

export function protocolError(providerId: string, message: string): ProviderError {
  return new ProviderError(message, { providerId, kind: 'protocol' })
}

/** Error messages nested as `{error: {message, code}}`, `{error: "..."}` or `{detail: ...}`. */
export function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    const parts = value.map(messageOf).filter((part): part is string => part !== undefined)
    return parts.length > 0 ? parts.join('; ') : undefined
  }
  if (typeof value === 'object' && value !== null) {
    const object = value as JsonObject
    return messageOf(object.message ?? object.msg)
  }
  return undefined
}
