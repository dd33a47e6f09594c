/**
 * The one error type adapters throw. `message` is the provider's own words (parsed from its
 * documented error body) so the card can show it as is; `retryable` tells the job queue whether
 * trying again later can help.
 */

export type ProviderErrorKind =
  /** The key was refused (401/403). */
  | 'auth'
  /** The provider refused the request's values (400/404/422 ...). */
  | 'invalid'
  /** Too many requests (429) and retries ran out. */
  | 'rate-limit'
  /** The provider failed (5xx) and retries ran out. */
  | 'server'
  /** No answer: connection refused or reset, DNS, TLS. */
  | 'network'
  /** No answer in time. */
  | 'timeout'
  /** An answer we cannot read: malformed JSON, missing fields, a body too large. */
  | 'protocol'
  /** The job ran and the provider reports it failed. */
  | 'generation'
  /** The request cannot be fitted to any model of this provider. */
  | 'unsupported'
  /** The caller's signal aborted the call. */
  | 'aborted'

const RETRYABLE_KINDS: ReadonlySet<ProviderErrorKind> = new Set([
  'rate-limit',
  'server',
  'network',
  'timeout',
])

export interface ProviderErrorOptions {
  providerId: string
  kind: ProviderErrorKind
  status?: number
  /** The provider's machine-readable code, when its error body has one. */
  code?: string
  retryable?: boolean
  cause?: unknown
}

export class ProviderError extends Error {
  override readonly name = 'ProviderError'
  readonly providerId: string
  readonly kind: ProviderErrorKind
  readonly status: number | undefined
  readonly code: string | undefined
  readonly retryable: boolean

  constructor(message: string, options: ProviderErrorOptions) {
    super(message, { cause: options.cause })
    this.providerId = options.providerId
    this.kind = options.kind
    this.status = options.status
    this.code = options.code
    this.retryable = options.retryable ?? RETRYABLE_KINDS.has(options.kind)
  }

  /** Plain data for the job record; safe to store and send to the browser. */
  toJSON(): {
    providerId: string
    kind: ProviderErrorKind
    message: string
    status?: number
    code?: string
    retryable: boolean
  } {
    return {
      providerId: this.providerId,
      kind: this.kind,
      message: this.message,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.code === undefined ? {} : { code: this.code }),
      retryable: this.retryable,
    }
  }
}

export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError
}

/** The error kind an HTTP status maps to. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 408) return 'timeout'
  if (status === 429) return 'rate-limit'
  if (status >= 500) return 'server'
  return 'invalid'
}
