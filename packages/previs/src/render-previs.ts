/**
 * renderPrevis: a shot spec in, an H.264 MP4 animatic and a poster JPEG out.
 *
 * Set up the shot (pure), paint the static layers once, then for each frame composite, read the
 * pixels and pipe them to ffmpeg, which encodes while the next frame is drawn. The painting runs
 * on a painting thread (painter-thread.ts), started if need be, and on this thread only when
 * every one is busy. The thread is given the take before ffmpeg is started, so that its set-up
 * runs meanwhile. Frames that come out identical to the previous one (a locked-off shot with
 * nothing moving) are not redrawn.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ShotSpec } from '@sceneboard/shared'
import { FfmpegEncoder } from './ffmpeg-encoder.js'
import { resolveFfmpegPath } from './ffmpeg-path.js'
import { framesOnThisThread, type FrameSource } from './frame-loop.js'
import { outputSize, PREVIS_FPS } from './output-size.js'
import { startPainterThread } from './painter-thread.js'
import { hashString } from './random.js'
import { setUpShot, type ContinueFrom, type PrevisEndState, type Shot } from './shot-setup.js'

export type RenderPrevisOptions = {
  /** Folder for the clip and the poster (created if missing). */
  outDir: string
  slate?: { shotNumber?: string; show: boolean }
  signal?: AbortSignal
  /** Called after each frame with the share done, 0..1. */
  onProgress?: (fraction: number) => void
  /** An ffmpeg binary; else FFMPEG_PATH, else the bundled one. */
  ffmpegPath?: string
  /** Extend a take: start where that take's camera and action ended. */
  continueFrom?: ContinueFrom
  /**
   * The subject texts of the board's other shots: the people this shot names alone are drawn as
   * described there (subject-cast.ts).
   */
  cast?: readonly string[]
  /** x264 preset and quality (defaults: ultrafast, CRF 20). */
  encoder?: { preset?: string; crf?: number; threads?: number }
}

export type PrevisResult = {
  videoPath: string
  posterPath: string
  width: number
  height: number
  fps: 24
  durationMs: number
  frames: number
  mime: 'video/mp4'
  /** Hand this to `continueFrom.endState` to extend the take. */
  endState: PrevisEndState
  /** Where the frames were painted: a painting thread, or this thread when every one was busy. */
  paintedOn: FrameSource['paintedOn']
}

export function abortError(): DOMException {
  return new DOMException('The previs render was aborted', 'AbortError')
}

export async function renderPrevis(
  spec: ShotSpec,
  options: RenderPrevisOptions,
): Promise<PrevisResult> {
  const { signal } = options
  if (signal?.aborted) throw abortError()
  await mkdir(options.outDir, { recursive: true })
  const name = `previs-${outputName(spec, options)}`
  const videoPath = path.join(options.outDir, `${name}.mp4`)
  const posterPath = path.join(options.outDir, `${name}.jpg`)
  const partialPath = path.join(
    options.outDir,
    `.${name}-${randomBytes(4).toString('hex')}.partial.mp4`,
  )
  const { width, height } = outputSize(spec.aspectRatio)
  const ffmpegPath = resolveFfmpegPath(options.ffmpegPath)
  // The painting thread starts on the take before anything else is done here: starting ffmpeg
  // holds this thread for a while (~15 ms), and the thread's set-up is the longest wait.
  const thread = await startPainterThread()
  if (signal?.aborted) throw abortError()
  let source: FrameSource | null = thread
    ? thread.paint(takeFor(spec, options), width * height * 4)
    : null
  let encoder: FfmpegEncoder
  try {
    encoder = new FfmpegEncoder({
      ffmpegPath,
      width,
      height,
      fps: PREVIS_FPS,
      outputPath: partialPath,
      ...options.encoder,
    })
  } catch (error) {
    // ffmpeg could not even be started: the painting thread must not wait on it forever.
    source?.cancel()
    throw error
  }
  const onAbort = () => void encoder.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  let shot: Shot | null = null
  try {
    // The same set-up as the painting thread's, for the frame count and the end state.
    shot = setUpShot(spec, options.continueFrom, options.cast)
    source ??= framesOnThisThread(shot, options.slate)
    let written = 0
    for await (const { pixels, release } of source.frames) {
      if (signal?.aborted) throw abortError()
      await encoder.write(pixels, release)
      written++
      options.onProgress?.(written / shot.frames)
    }
    // The poster is encoded while ffmpeg finishes the clip.
    const [poster] = await Promise.all([source.poster, encoder.finish()])
    if (signal?.aborted) throw abortError()
    await writeFile(posterPath, poster)
    await rename(partialPath, videoPath)
  } catch (error) {
    source?.cancel()
    await encoder.abort()
    await rm(partialPath, { force: true })
    throw signal?.aborted ? abortError() : error
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
  return {
    videoPath,
    posterPath,
    width,
    height,
    fps: 24,
    durationMs: Math.round((shot.frames / shot.fps) * 1000),
    frames: shot.frames,
    mime: 'video/mp4',
    endState: shot.endState,
    paintedOn: source.paintedOn,
  }
}

/** What a painting thread needs to paint the take. */
function takeFor(spec: ShotSpec, options: RenderPrevisOptions) {
  return {
    spec,
    ...(options.continueFrom ? { continueFrom: options.continueFrom } : {}),
    ...(options.slate ? { slate: options.slate } : {}),
    ...(options.cast?.length ? { cast: options.cast } : {}),
  }
}

/** A short stable name from what the render depends on. */
function outputName(spec: ShotSpec, options: RenderPrevisOptions): string {
  const basis = JSON.stringify([
    spec,
    options.slate ?? null,
    options.continueFrom ?? null,
    ...(options.cast?.length ? [options.cast] : []),
  ])
  return hashString(basis).toString(16).padStart(8, '0')
}
