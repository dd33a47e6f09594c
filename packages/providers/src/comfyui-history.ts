/**
 * Reading a ComfyUI history entry: how the prompt ended, and which of its output files is the
 * video. Output nodes list files as {filename, subfolder, type} under `images` (core SaveVideo,
 * flagged `animated`), `gifs` (VideoHelperSuite's Video Combine) or `videos`; the video is told by
 * its extension, a saved file (`output`) preferred to a preview (`temp`), and MP4 to the others.
 */
import type { PollResult } from './provider.js'
import type { JsonObject } from './response-checks.js'

export interface OutputFile {
  filename: string
  subfolder: string
  type: string
}

const VIDEO_EXTENSIONS: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  mkv: 'video/x-matroska',
}

/** What a finished prompt's entry says: canceled, failed (with the error raised), or done. */
export function historyResult(entry: JsonObject): PollResult {
  const status = (entry.status ?? {}) as { status_str?: unknown; messages?: unknown }
  const messages = Array.isArray(status.messages) ? (status.messages as unknown[]) : []
  const event = (name: string) =>
    messages.find((m): m is [string, JsonObject] => Array.isArray(m) && m[0] === name)?.[1]
  if (event('execution_interrupted')) return { status: 'canceled' }
  if (status.status_str === 'error') {
    const failure = event('execution_error')
    return { status: 'failed', error: failure ? executionError(failure) : 'the workflow failed' }
  }
  if (videoOutput(entry.outputs)) return { status: 'succeeded', progress: 1 }
  const files = outputFiles(entry.outputs).map((f) => f.filename)
  return {
    status: 'failed',
    error: `the workflow finished without a video output${files.length ? ` (made ${files.join(', ')})` : ''}`,
  }
}

export function outputFiles(outputs: unknown): OutputFile[] {
  if (typeof outputs !== 'object' || outputs === null) return []
  const files: OutputFile[] = []
  for (const node of Object.values(outputs as Record<string, unknown>)) {
    if (typeof node !== 'object' || node === null) continue
    // Core SaveVideo lists its file under `images` (with `animated`); VideoHelperSuite under `gifs`.
    for (const key of ['videos', 'gifs', 'images']) {
      const list = (node as Record<string, unknown>)[key]
      if (!Array.isArray(list)) continue
      for (const item of list as Partial<OutputFile>[]) {
        if (typeof item?.filename !== 'string') continue
        files.push({
          filename: item.filename,
          subfolder: typeof item.subfolder === 'string' ? item.subfolder : '',
          type: typeof item.type === 'string' ? item.type : 'output',
        })
      }
    }
  }
  return files
}

/** The type of a video file by its extension; undefined for anything else. */
export function mimeOf(file: OutputFile): string | undefined {
  return VIDEO_EXTENSIONS[file.filename.split('.').pop()?.toLowerCase() ?? '']
}

/** The video among the outputs: saved (not a preview) before temporary, MP4 before others. */
export function videoOutput(outputs: unknown): OutputFile | undefined {
  const videos = outputFiles(outputs).filter((file) => mimeOf(file) !== undefined)
  const rank = (file: OutputFile) =>
    (file.type === 'output' ? 0 : 2) + (mimeOf(file) === 'video/mp4' ? 0 : 1)
  return videos.sort((a, b) => rank(a) - rank(b))[0]
}

/** "KSampler (node 8): CUDA out of memory" from an execution_error message. */
function executionError(data: JsonObject): string {
  const message = typeof data.exception_message === 'string' ? data.exception_message.trim() : ''
  const node =
    typeof data.node_type === 'string' ? `${data.node_type} (node ${String(data.node_id)})` : ''
  return [node, message || 'the workflow failed'].filter(Boolean).join(': ')
}
