/**
 * Running ffmpeg for an export: progress read from `-progress pipe:1` (its `frame=` lines), the
 * last lines of stderr kept for the error message, and an AbortSignal that kills the process.
 */
import { spawn } from 'node:child_process'
import { abortedExport, ExportError } from './export-error.js'

export interface FfmpegRunOptions {
  ffmpegPath: string
  signal?: AbortSignal
  /** Frames written so far, as ffmpeg reports them. */
  onFrames?: (frames: number) => void
}

/** Adds the progress reporting arguments; the caller's arguments end with the output file. */
export function withProgressArgs(args: readonly string[]): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-nostats',
    '-progress',
    'pipe:1',
    ...args,
  ]
}

/** Frame counts in a chunk of `-progress` output ("frame=42" lines). */
export function progressFrames(chunk: string): number[] {
  return [...chunk.matchAll(/^frame=\s*(\d+)\s*$/gm)].map((match) => Number(match[1]))
}

export function runFfmpeg(args: readonly string[], options: FfmpegRunOptions): Promise<void> {
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortedExport())
  return new Promise((resolve, reject) => {
    const child = spawn(options.ffmpegPath, withProgressArgs(args), {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    let pending = ''
    let aborted = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const text = pending + chunk
      const end = text.lastIndexOf('\n')
      pending = text.slice(end + 1)
      for (const frames of progressFrames(text.slice(0, end + 1))) options.onFrames?.(frames)
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000)
    })
    const onAbort = () => {
      aborted = true
      child.kill('SIGKILL')
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    child.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort)
      reject(
        new ExportError(
          'ffmpeg-failed',
          `could not start ffmpeg (${options.ffmpegPath}): ${error.message}`,
        ),
      )
    })
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', onAbort)
      if (aborted) reject(abortedExport())
      else if (code === 0) resolve()
      else
        reject(
          new ExportError(
            'ffmpeg-failed',
            `ffmpeg failed (${killedBy ?? `exit ${code}`}): ${stderr.trim()}`,
          ),
        )
    })
  })
}
