/** Board exports and screenplay import on the server. */
import type { JobView } from '@sceneboard/shared'
import { ApiError, requestJson, responseError, UNREACHABLE_MESSAGE } from '../api/request'

export const EXPORT_CHOICES = [
  { format: 'mp4', label: 'MP4 animatic' },
  { format: 'pdf', label: 'PDF storyboard' },
  { format: 'csv', label: 'Shot list (CSV)' },
  { format: 'otio', label: 'OpenTimelineIO' },
  { format: 'edl', label: 'EDL' },
  { format: 'fcpxml', label: 'FCPXML' },
] as const
export type ExportChoice = (typeof EXPORT_CHOICES)[number]['format']

/** What `options` may hold (the server checks it against the exporters' schema). */
export interface ExportOptions {
  panelsPerPage?: number
  paper?: string
  width?: number
  height?: number
  burnShotNumbers?: boolean
  burnTimecode?: boolean
  /** Timelines (OTIO, EDL, FCPXML): a ZIP of the timeline and the clips it uses. */
  package?: boolean
}

/** `POST /api/boards/:id/exports` -> 202 `{id}` (the job to poll). */
export async function startExport(
  boardId: string,
  format: ExportChoice,
  options?: ExportOptions,
): Promise<string> {
  const body = await requestJson<{ id?: unknown }>(
    `/api/boards/${encodeURIComponent(boardId)}/exports`,
    { method: 'POST', body: JSON.stringify(options ? { format, options } : { format }) },
  )
  if (typeof body.id !== 'string') throw new ApiError('The server did not start the export.', 500)
  return body.id
}

export function getExportJob(jobId: string, signal?: AbortSignal): Promise<JobView> {
  return requestJson<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`, { signal })
}

/** `POST /api/boards/:id/import` with the script as text/plain -> `{added}`. */
export async function importScreenplay(boardId: string, text: string): Promise<number> {
  let response: Response
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/import`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    })
  } catch {
    throw new ApiError(UNREACHABLE_MESSAGE, 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw responseError(response.status, body)
  const added = (body as { added?: unknown } | null)?.added
  return typeof added === 'number' ? added : 0
}

/** Saves a finished file through a temporary download link. */
export function triggerDownload(url: string, name: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
}

export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.'
}
