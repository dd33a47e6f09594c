/**
 * Uploads of files the server keeps in its clip store: pictures and videos dropped on the canvas
 * (`POST /api/boards/:id/media`) and files dropped on a card to become takes
 * (`POST /api/boards/:id/cards/:cardId/takes?name=...`, who dropped it in `x-requester-*`
 * headers). The body is the raw file; the server
 * checks its type by content and its size, and answers a refusal with its JSON error body.
 * XMLHttpRequest rather than fetch, for upload progress.
 */
import { ApiError, UNREACHABLE_MESSAGE, responseError } from './request'

export interface UploadedMedia {
  url: string
  mime: string
  kind: 'image' | 'video'
  bytes: number
  width: number
  height: number
  durationMs: number | null
}

export interface UploadProgress {
  loaded: number
  total: number
}

export interface UploadOptions {
  onProgress?(progress: UploadProgress): void
  signal?: AbortSignal
  headers?: Record<string, string>
}

export function mediaUploadPath(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/media`
}

export function takeUploadPath(boardId: string, cardId: string, fileName: string): string {
  const name = encodeURIComponent(fileName)
  return `/api/boards/${encodeURIComponent(boardId)}/cards/${encodeURIComponent(cardId)}/takes?name=${name}`
}

/** POSTs `file` as the raw body of `path`; resolves with the parsed JSON answer. */
export function uploadRaw<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('accept', 'application/json')
    xhr.setRequestHeader('content-type', 'application/octet-stream')
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      xhr.setRequestHeader(name, value)
    }
    xhr.responseType = 'text'
    xhr.upload.onprogress = (event) => {
      options.onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      })
    }
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null
      } catch {
        body = null
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(responseError(xhr.status, body))
    }
    xhr.onerror = () => reject(new ApiError(UNREACHABLE_MESSAGE, 0))
    xhr.onabort = () => reject(new DOMException('The upload was canceled.', 'AbortError'))
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(file)
  })
}

export function uploadMedia(
  boardId: string,
  file: Blob,
  options?: UploadOptions,
): Promise<UploadedMedia> {
  return uploadRaw<UploadedMedia>(mediaUploadPath(boardId), file, options)
}

/** Who dropped the file, for the take (header values URI-encoded, as the server reads them). */
export function requesterHeaders(requester: { id: string; name: string }): Record<string, string> {
  return {
    'x-requester-id': encodeURIComponent(requester.id),
    'x-requester-name': encodeURIComponent(requester.name),
  }
}

export function uploadTakeFile(
  boardId: string,
  cardId: string,
  file: File,
  requester: { id: string; name: string },
  options: UploadOptions = {},
): Promise<unknown> {
  return uploadRaw<unknown>(takeUploadPath(boardId, cardId, file.name), file, {
    ...options,
    headers: { ...options.headers, ...requesterHeaders(requester) },
  })
}
