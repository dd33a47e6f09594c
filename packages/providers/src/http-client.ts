/**
 * The small HTTP helper every adapter uses: JSON in and out, binary downloads, a timeout per
 * attempt, retries with backoff for transient failures (network errors, timeouts, 408, 429
 * honouring Retry-After, 5xx), none for other 4xx, and every failure as a ProviderError carrying
 * the provider's own message.
 *
 * A request that creates a remote job is sent with `retry: 'unprocessed'`: it is tried again only
 * after an answer that proves the server did not act on it (429, 503 with Retry-After, a refused
 * connection, a name that did not resolve). After a timeout, a reset connection or another 5xx
 * the job may exist, and a second attempt could make a second one, so the error goes to the
 * caller instead (not retryable).
 *
 * The provider's headers (its key) go only to URLs on the API's own origin: asset URLs a provider
 * hands out (signed CDN links) are fetched without them.
 */
import type { MediaFile } from './provider.js'
import { ProviderError, kindForStatus, type ProviderErrorKind } from './provider-error.js'
import {
  DEFAULT_BACKOFF,
  backoffDelay,
  isTransientStatus,
  retryAfterMs,
  systemClock,
  type BackoffOptions,
  type Clock,
} from './retry-policy.js'

/**
 * Reads a provider's documented error body; returns what it can find. `kind` overrides the one
 * the status implies, for APIs that signal, say, a refused key with a 400.
 */
export type ErrorBodyParser = (body: unknown) => {
  message?: string
  code?: string
  kind?: ProviderErrorKind
}

export interface HttpClientOptions {
  providerId: string
  /** e.g. https://api.openai.com/v1 ; request paths are appended to it. */
  baseUrl: string
  /** Sent with every request to the API's origin (authorization, version headers). */
  headers?: Record<string, string>
  parseError: ErrorBodyParser
  /** Per attempt, for API calls. Default 30 s. */
  timeoutMs?: number
  /** Per attempt, for binary downloads. Default 5 min. */
  downloadTimeoutMs?: number
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number
  backoff?: BackoffOptions
  /** Downloads larger than this are refused. Default 1 GiB. */
  maxDownloadBytes?: number
  clock?: Clock
  fetch?: typeof fetch
}

/**
 * Which failures a request is tried again after. `transient` (the default, for reads, deletes
 * and other calls that are safe to repeat): network errors, timeouts, 408, 429 and 5xx.
 * `unprocessed` (for a call that creates a remote job): only failures that prove the server did
 * not act on the request.
 */
export type RetryMode = 'transient' | 'unprocessed'

export interface RequestOptions {
  query?: Record<string, string>
  /** A plain value is sent as JSON; FormData as multipart/form-data. */
  body?: unknown
  signal?: AbortSignal | undefined
  retry?: RetryMode
}

/** Connection failures that happen before a request is sent: nothing reached the server. */
const UNSENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
])

type BodyReader<T> = (response: Response, method: string) => Promise<T>

export class HttpClient {
  readonly #options: Required<Omit<HttpClientOptions, 'headers'>>
  readonly #headers: Record<string, string>
  readonly #origin: string

  constructor(options: HttpClientOptions) {
    this.#headers = options.headers ?? {}
    this.#origin = new URL(options.baseUrl).origin
    this.#options = {
      timeoutMs: 30_000,
      downloadTimeoutMs: 300_000,
      maxAttempts: 4,
      backoff: DEFAULT_BACKOFF,
      maxDownloadBytes: 1024 ** 3,
      clock: systemClock,
      fetch: (...args) => globalThis.fetch(...args),
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    }
  }

  /** A JSON call; resolves to the parsed body, or undefined for an empty one (204). */
  json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return this.#send(method, path, options, this.#options.timeoutMs, (response, m) =>
      this.#readJson<T>(response, m),
    )
  }

  /** Downloads a file from an API path or an absolute asset URL. */
  bytes(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<MediaFile> {
    return this.#send(method, pathOrUrl, options, this.#options.downloadTimeoutMs, (response) =>
      this.#readBytes(response),
    )
  }

  async #send<T>(
    method: string,
    pathOrUrl: string,
    options: RequestOptions,
    timeoutMs: number,
    read: BodyReader<T>,
  ): Promise<T> {
    const { clock, maxAttempts, backoff } = this.#options
    const url = this.#url(pathOrUrl, options.query)
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(timeoutMs)
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
      let wait: number | undefined
      let error: ProviderError
      let unprocessed: boolean
      try {
        const response = await this.#options.fetch(url, this.#init(method, url, options, signal))
        if (response.ok) return await read(response, method)
        error = this.#errorFromResponse(response.status, await response.text())
        wait = retryAfterMs(response.headers, clock.now())
        unprocessed = response.status === 429 || (response.status === 503 && wait !== undefined)
      } catch (thrown) {
        error = this.#errorFromThrown(thrown, url, timeoutMs, options.signal, timeout)
        unprocessed = error.kind === 'network' && UNSENT_CODES.has(causeCode(thrown) ?? '')
      }
      if (options.retry === 'unprocessed' && error.retryable && !unprocessed) {
        throw this.#mayHaveActed(error)
      }
      if (!error.retryable || attempt >= maxAttempts) throw error
      const delay = Math.min(
        wait ?? backoffDelay(attempt, clock.random(), backoff),
        backoff.maxDelayMs,
      )
      try {
        await clock.sleep(delay, options.signal)
      } catch (thrown) {
        throw this.#aborted(thrown)
      }
    }
  }

  /** A failed create that may still have made the job: said so, and not to be repeated blindly. */
  #mayHaveActed(error: ProviderError): ProviderError {
    return new ProviderError(`${error.message} (the job may have been created; not sent again)`, {
      providerId: error.providerId,
      kind: error.kind,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.code === undefined ? {} : { code: error.code }),
      retryable: false,
      cause: error,
    })
  }

  #url(pathOrUrl: string, query?: Record<string, string>): URL {
    const absolute = /^https?:\/\//i.test(pathOrUrl)
    const url = new URL(absolute ? pathOrUrl : `${this.#options.baseUrl}${pathOrUrl}`)
    for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value)
    return url
  }

  #init(method: string, url: URL, options: RequestOptions, signal: AbortSignal): RequestInit {
    const headers: Record<string, string> = url.origin === this.#origin ? { ...this.#headers } : {}
    let body: RequestInit['body']
    if (options.body instanceof FormData) body = options.body
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers['content-type'] = 'application/json'
    }
    return { method, headers, body, signal }
  }

  async #readJson<T>(response: Response, method: string): Promise<T> {
    const text = await response.text()
    if (text.trim() === '') return undefined as T
    try {
      return JSON.parse(text) as T
    } catch (cause) {
      // A GET can safely be asked again; a POST that created a job must not create a second one.
      throw new ProviderError(`unreadable answer (HTTP ${response.status}): ${snippet(text)}`, {
        providerId: this.#options.providerId,
        kind: 'protocol',
        status: response.status,
        retryable: method === 'GET',
        cause,
      })
    }
  }

  async #readBytes(response: Response): Promise<MediaFile> {
    const limit = this.#options.maxDownloadBytes
    const declared = Number(response.headers.get('content-length') ?? 0)
    const tooLarge = () =>
      new ProviderError(`download larger than ${limit} bytes`, {
        providerId: this.#options.providerId,
        kind: 'protocol',
        status: response.status,
      })
    if (declared > limit) throw tooLarge()
    const chunks: Uint8Array[] = []
    let size = 0
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength
      if (size > limit) throw tooLarge()
      chunks.push(chunk)
    }
    const bytes = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
    const mime = response.headers.get('content-type')?.split(';')[0]?.trim()
    return { bytes, mime: mime || 'application/octet-stream' }
  }

  #errorFromResponse(status: number, text: string): ProviderError {
    let parsed: ReturnType<ErrorBodyParser> = {}
    try {
      parsed = this.#options.parseError(JSON.parse(text))
    } catch {
      // Not JSON (a proxy's HTML page, an empty body): fall back to the status line.
    }
    const message =
      parsed.message?.trim() || `HTTP ${status}${text.trim() ? `: ${snippet(text)}` : ''}`
    return new ProviderError(message, {
      providerId: this.#options.providerId,
      kind: parsed.kind ?? kindForStatus(status),
      status,
      ...(parsed.code === undefined ? {} : { code: parsed.code }),
      retryable: isTransientStatus(status),
    })
  }

  #errorFromThrown(
    thrown: unknown,
    url: URL,
    timeoutMs: number,
    callerSignal: AbortSignal | undefined,
    timeout: AbortSignal,
  ): ProviderError {
    if (thrown instanceof ProviderError) return thrown
    if (callerSignal?.aborted) return this.#aborted(thrown)
    const providerId = this.#options.providerId
    if (timeout.aborted) {
      return new ProviderError(`no answer from ${url.host} within ${timeoutMs / 1000} s`, {
        providerId,
        kind: 'timeout',
        cause: thrown,
      })
    }
    const cause = (thrown as { cause?: { message?: string } }).cause
    const reason = causeCode(thrown) ?? cause?.message ?? (thrown as Error).message
    return new ProviderError(`could not reach ${url.host} (${reason})`, {
      providerId,
      kind: 'network',
      cause: thrown,
    })
  }

  #aborted(cause: unknown): ProviderError {
    return new ProviderError('the call was aborted', {
      providerId: this.#options.providerId,
      kind: 'aborted',
      cause,
    })
  }
}

/** The system error code under a failed fetch (ECONNREFUSED ...), when there is one. */
function causeCode(thrown: unknown): string | undefined {
  const cause = (thrown as { cause?: { code?: unknown } } | null)?.cause
  return typeof cause?.code === 'string' ? cause.code : undefined
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat
}

/** The knobs an adapter passes through to its client: timeouts, retries, and test doubles. */
export type HttpTuning = Partial<
  Pick<
    HttpClientOptions,
    | 'timeoutMs'
    | 'downloadTimeoutMs'
    | 'maxAttempts'
    | 'backoff'
    | 'maxDownloadBytes'
    | 'clock'
    | 'fetch'
  >
>
