/**
 * Why an export could not be made. `code` says whose fault it is, so the server maps it without
 * reading messages: `bad-options` and `too-long` are the caller's (4xx), the rest are ours (5xx)
 * or a cancel.
 */
export type ExportErrorCode = 'bad-options' | 'too-long' | 'ffmpeg-failed' | 'aborted'

export class ExportError extends Error {
  override readonly name = 'ExportError'
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export function abortedExport(): ExportError {
  return new ExportError('aborted', 'The export was canceled')
}
