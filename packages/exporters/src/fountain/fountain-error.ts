/**
 * Why a screenplay could not be imported. Every code is the sender's problem, so each carries
 * the HTTP status a server answers with.
 */
export type FountainErrorCode = 'empty' | 'binary' | 'too-large' | 'no-scenes'

const STATUS: Record<FountainErrorCode, number> = {
  empty: 400,
  binary: 415,
  'too-large': 413,
  'no-scenes': 422,
}

export class FountainImportError extends Error {
  override readonly name = 'FountainImportError'
  readonly status: number
  constructor(
    readonly code: FountainErrorCode,
    message: string,
  ) {
    super(message)
    this.status = STATUS[code]
  }
}
