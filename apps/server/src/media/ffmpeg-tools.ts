/**
 * What the server asks of ffmpeg (the binary packages/previs resolves: FFMPEG_PATH, else the one
 * shipped in its npm package): a video's size, frame rate and duration, read from the stream
 * banner `ffmpeg -i` prints, and single frames as JPEG (a poster, or the last frame of a take).
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { resolveFfmpegPath } from '@sceneboard/previs'

export interface VideoFacts {
  codec: string
  width: number
  height: number
  /** Frames per second, when the stream says. */
  fps: number | null
  durationMs: number | null
}

/** Codecs a browser plays in the containers the server takes (MP4, MOV, WebM). */
export const PLAYABLE_VIDEO_CODECS: ReadonlySet<string> = new Set(['h264', 'vp8', 'vp9', 'av1'])

const PROBE_TIMEOUT_MS = 30_000
const FRAME_TIMEOUT_MS = 60_000

function run(args: string[], timeout: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      resolveFfmpegPath(),
      args,
      { timeout, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' },
      (error, _stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`ffmpeg could not run: ${error.message}`))
          return
        }
        resolve({ code: error ? (error.code as number) : 0, stderr })
      },
    )
  })
}

/** Reads the first video stream of `ffmpeg -i` output; null when there is none. */
export function parseVideoFacts(stderr: string): VideoFacts | null {
  const line = stderr.split('\n').find((text) => /Stream #\d+:\d+.*: Video: /.test(text))
  if (!line) return null
  const codec = /: Video: ([a-z0-9_]+)/.exec(line)?.[1] ?? 'unknown'
  const size = /[\s,](\d{1,5})x(\d{1,5})[\s,[]/.exec(line)
  if (!size) return null
  let width = Number(size[1])
  let height = Number(size[2])
  if (width === 0 || height === 0) return null
  // Phone videos are often stored sideways with a rotation to apply on display.
  const rotation = /rotate\s*:\s*(-?\d+)|rotation of (-?[\d.]+) degrees/.exec(stderr)
  const degrees = Math.abs(Number(rotation?.[1] ?? rotation?.[2] ?? 0)) % 180
  if (degrees === 90) [width, height] = [height, width]
  const fps = /, ([\d.]+) fps/.exec(line) ?? /, ([\d.]+) tbr/.exec(line)
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr)
  return {
    codec,
    width,
    height,
    fps: fps ? Number(fps[1]) : null,
    durationMs: duration
      ? Math.round(
          (Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])) * 1000,
        )
      : null,
  }
}

/** The facts of a video file, or null when ffmpeg finds no video stream in it. */
export async function probeVideo(file: string): Promise<VideoFacts | null> {
  // Without an output file ffmpeg exits 1 after printing the banner; that is expected.
  const { stderr } = await run(['-hide_banner', '-nostdin', '-i', file], PROBE_TIMEOUT_MS)
  return parseVideoFacts(stderr)
}

async function nonEmpty(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.size > 0,
    () => false,
  )
}

async function writeFrame(args: string[], out: string): Promise<boolean> {
  const { code, stderr } = await run(
    ['-hide_banner', '-nostdin', '-v', 'error', ...args, '-q:v', '3', '-y', out],
    FRAME_TIMEOUT_MS,
  )
  if (code !== 0 && !(await nonEmpty(out))) {
    throw new Error(`ffmpeg could not extract a frame: ${stderr.trim().slice(-300)}`)
  }
  return nonEmpty(out)
}

/** Writes the frame at `seconds` (or the first, if the video is shorter) to `out` as JPEG. */
export async function extractPoster(video: string, out: string, seconds: number): Promise<void> {
  const at = Math.max(0, seconds).toFixed(3)
  if (await writeFrame(['-ss', at, '-i', video, '-frames:v', '1', '-f', 'image2'], out)) return
  if (await writeFrame(['-i', video, '-frames:v', '1', '-f', 'image2'], out)) return
  throw new Error('ffmpeg found no frame to use as a poster')
}

/** Writes the last frame of `video` to `out` as JPEG (for continuing a take). */
export async function extractLastFrame(video: string, out: string): Promise<void> {
  const lastFrames = ['-sseof', '-0.5', '-i', video, '-update', '1', '-f', 'image2']
  if (await writeFrame(lastFrames, out)) return
  if (await writeFrame(['-i', video, '-update', '1', '-f', 'image2'], out)) return
  throw new Error('ffmpeg found no last frame in the clip')
}

/** Where a poster is taken from: a second in, or the middle of a shorter clip. */
export function posterSeconds(durationMs: number | null): number {
  if (durationMs === null) return 0
  return Math.min(1, durationMs / 2000)
}
