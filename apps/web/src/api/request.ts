/**
 * JSON requests to the Sceneboard server. Every error the server sends is JSON
 * `{error: {code, message, details?}}`; `ApiError` carries its message (and the field errors of
 * a refused body) so the interface can show the server's own words.
 */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const UNREACHABLE_MESSAGE = 'The Sceneboard server could not be reached. Is it running?'

/**
 * Field errors in either shape the server sends: a list of `{path, message}`, or zod's
 * `flattenError` (`{formErrors, fieldErrors}`).
 */
function detailsText(details: unknown): string | undefined {
  if (Array.isArray(details)) {
    const parts = details.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return []
      const { path, message } = item as { path?: unknown; message?: unknown }
      if (typeof message !== 'string' || !message) return []
      return [typeof path === 'string' && path ? `${path}: ${message}` : message]
    })
    return parts.length > 0 ? parts.slice(0, 3).join('; ') : undefined
  }
  if (typeof details !== 'object' || details === null) return undefined
  const { formErrors, fieldErrors } = details as { formErrors?: unknown; fieldErrors?: unknown }
  const parts: string[] = []
  if (Array.isArray(formErrors)) {
    for (const text of formErrors) if (typeof text === 'string' && text) parts.push(text)
  }
  if (typeof fieldErrors === 'object' && fieldErrors !== null) {
    for (const [field, messages] of Object.entries(fieldErrors)) {
      const first = Array.isArray(messages) ? messages.find((m) => typeof m === 'string') : null
      if (first) parts.push(`${field}: ${first}`)
    }
  }
  return parts.length > 0 ? parts.slice(0, 3).join('; ') : undefined
}

/**
 * The message in a server error body: `{error: {message, details?}}`, with the first field
 * errors appended; older shapes (`{message}`, `{error: "text"}`) are read too.
 */
export function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const { message, error } = body as { message?: unknown; error?: unknown }
  if (typeof error === 'object' && error !== null) {
    const inner = error as { message?: unknown; details?: unknown }
    if (typeof inner.message === 'string' && inner.message) {
      const details = detailsText(inner.details)
      return details ? `${inner.message} (${details})` : inner.message
    }
  }
  if (typeof message === 'string' && message) return message
  if (typeof error === 'string' && error) return error
  return undefined
}

export function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const error = (body as { error?: unknown }).error
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/** The error for a non-2xx answer whose body (parsed JSON, or null) is `body`. */
export function responseError(status: number, body: unknown): ApiError {
  return new ApiError(
    errorMessage(body) ?? `The server answered ${status}.`,
    status,
    errorCode(body),
  )
}

export async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init?.body ? { 'content-type': 'application/json' } : {}),
      },
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(UNREACHABLE_MESSAGE, 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw responseError(response.status, body)
  return body as T
}
