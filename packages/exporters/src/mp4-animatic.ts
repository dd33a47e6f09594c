/**
 * The MP4 animatic: the whole sequence as one H.264 file (yuv420p, no audio, +faststart) with
 * the real ffmpeg. Each shot lasts exactly its card's frames: a clip is scaled and padded to the
 * target size and rate, trimmed when longer and holding its last frame when shorter; a shot with
 * no clip is a slate. When every clip already matches the target and its shot (see
 * animatic-plan.ts), the clips are joined by stream copy instead, and the result says which path
 * was taken and why.
 *
 * Shots are encoded in chunks (a bounded number of open inputs per ffmpeg process), up to two
 * chunks at once, then joined by stream copy. Progress is reported 0..1 from ffmpeg's
 * `-progress` frame counts; aborting the signal kills ffmpeg and removes the partial file.
 */
import { resolveFfmpegPath } from '@sceneboard/previs'
import { existsSync } from 'node:fs'
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chunkJob, type AnimaticLook, type PlannedShot } from './animatic-graph.js'
import { chunksOf, planSource, probedCopyBlocker, streamCopyBlocker } from './animatic-plan.js'
import { abortedExport, ExportError } from './export-error.js'
import type { Film } from './film.js'
import { fontPath } from './fonts.js'
import { concatListLine } from './filter-escape.js'
import { runFfmpeg } from './ffmpeg-run.js'
import { framedShots } from './frame-timing.js'
import { probeMediaFiles } from './media-probe.js'
import { pool } from './task-pool.js'

export interface Mp4AnimaticOptions {
  outputPath: string
  /** Frame size (default 1280x720); even numbers, as yuv420p needs. */
  width?: number
  height?: number
  burnShotNumbers?: boolean
  burnTimecode?: boolean
  /** Join by stream copy when every clip matches (default true). */
  allowStreamCopy?: boolean
  ffmpegPath?: string
  signal?: AbortSignal
  onProgress?: (fraction: number) => void
  /** Where temporary files go (default the system temp folder). */
  workDir?: string
  /** x264 preset (default ultrafast) and quality (default crf 20). */
  preset?: string
  crf?: number
  /** Chunks encoded at once (default 2) and shots a chunk (default 12). */
  concurrency?: number
  shotsPerChunk?: number
}

export interface Mp4AnimaticResult {
  path: string
  bytes: number
  width: number
  height: number
  fps: number
  frames: number
  durationSeconds: number
  method: 'stream-copy' | 'encode'
  /** Why this method: the first thing that ruled stream copy out, or that everything matched. */
  reason: string
  slates: number
  warnings: string[]
}

export const ANIMATIC_SIZE_MAX = 4096
const PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium'] as const

function checkSize(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 16 || value > ANIMATIC_SIZE_MAX || value % 2 !== 0) {
    throw new ExportError(
      'bad-options',
      `${name} must be an even whole number from 16 to ${ANIMATIC_SIZE_MAX}`,
    )
  }
  return value
}

class Progress {
  private reported = -1
  constructor(private readonly report?: (fraction: number) => void) {}
  set(fraction: number): void {
    const clamped = Math.max(0, Math.min(1, fraction))
    if (clamped <= this.reported) return
    this.reported = clamped
    this.report?.(clamped)
  }
}

export async function mp4Animatic(
  film: Film,
  options: Mp4AnimaticOptions,
): Promise<Mp4AnimaticResult> {
  const { signal } = options
  if (signal?.aborted) throw abortedExport()
  if (film.shots.length === 0)
    throw new ExportError('bad-options', 'the sequence has no shots to export')
  const preset = options.preset ?? 'ultrafast'
  if (!(PRESETS as readonly string[]).includes(preset))
    throw new ExportError('bad-options', `unknown preset ${preset}`)
  const look: AnimaticLook = {
    width: checkSize(options.width ?? 1280, 'width'),
    height: checkSize(options.height ?? 720, 'height'),
    fps: film.fps,
    burnShotNumbers: options.burnShotNumbers ?? false,
    burnTimecode: options.burnTimecode ?? false,
    fonts: { mono: fontPath('mono'), monoBold: fontPath('monoBold') },
  }
  const ffmpegPath = resolveFfmpegPath(options.ffmpegPath)
  // One controller stops every ffmpeg: the caller's cancel, or a failed chunk stopping the rest.
  const stop = new AbortController()
  const onCallerAbort = () => stop.abort()
  signal?.addEventListener('abort', onCallerAbort, { once: true })
  const warnings: string[] = []
  // a shot shorter than half a frame has no frames to show
  const framed = framedShots(film).filter((shot) => shot.frames > 0)
  if (framed.length === 0)
    throw new ExportError('bad-options', 'the sequence has no frames to export')
  const shots: PlannedShot[] = framed.map((shot) => {
    const source = planSource(shot, (clip) => clip.path !== null && existsSync(clip.path))
    if (source.kind === 'slate' && shot.shot.take) {
      warnings.push(`shot ${shot.shot.number}: clip file not found, a slate was rendered`)
    }
    return { ...shot, source }
  })
  const totalFrames = shots.reduce((sum, shot) => sum + shot.frames, 0)
  const progress = new Progress(options.onProgress)
  progress.set(0)

  const workDir = await mkdtemp(path.join(options.workDir ?? os.tmpdir(), 'animatic-'))
  const partial = path.join(
    path.dirname(options.outputPath),
    `.${path.basename(options.outputPath)}.partial.mp4`,
  )
  try {
    let reason =
      options.allowStreamCopy === false
        ? 'stream copy was not allowed'
        : streamCopyBlocker(shots, look)
    const files = shots.map((shot) => (shot.source.kind === 'video' ? shot.source.path : ''))
    if (reason === null) {
      const facts = await probeMediaFiles(ffmpegPath, files)
      if (signal?.aborted) throw abortedExport()
      reason = probedCopyBlocker(shots, facts, look)
    }
    const method = reason === null ? 'stream-copy' : 'encode'
    if (reason === null) {
      await concatCopy(files, workDir, partial, {
        ffmpegPath,
        signal: stop.signal,
        totalFrames,
        progress,
        from: 0,
        to: 1,
      })
    } else {
      await encode(
        shots,
        look,
        { ...options, preset },
        { ffmpegPath, workDir, partial, totalFrames, progress, stop },
      )
    }
    await rename(partial, options.outputPath)
    progress.set(1)
    const { size } = await stat(options.outputPath)
    return {
      path: options.outputPath,
      bytes: size,
      width: look.width,
      height: look.height,
      fps: look.fps,
      frames: totalFrames,
      durationSeconds: totalFrames / look.fps,
      method,
      reason:
        reason ??
        `every clip is H.264 ${look.width}x${look.height} ${look.fps} fps yuv420p and as long as its shot`,
      slates: shots.filter((shot) => shot.source.kind === 'slate').length,
      warnings,
    }
  } catch (error) {
    await rm(partial, { force: true })
    throw signal?.aborted ? abortedExport() : error
  } finally {
    signal?.removeEventListener('abort', onCallerAbort)
    await rm(workDir, { recursive: true, force: true })
  }
}

interface CopyRun {
  ffmpegPath: string
  signal?: AbortSignal
  totalFrames: number
  progress: Progress
  /** The share of overall progress this step covers. */
  from: number
  to: number
}

async function concatCopy(files: readonly string[], workDir: string, output: string, run: CopyRun) {
  const list = path.join(workDir, 'concat.txt')
  await writeFile(list, `${files.map(concatListLine).join('\n')}\n`)
  // prettier-ignore
  const args = ['-f', 'concat', '-safe', '0', '-i', list, '-map', '0:v:0', '-an', '-c', 'copy', '-movflags', '+faststart', '-y', output]
  await runFfmpeg(args, {
    ffmpegPath: run.ffmpegPath,
    signal: run.signal,
    onFrames: (frames) =>
      run.progress.set(run.from + ((run.to - run.from) * frames) / run.totalFrames),
  })
}

interface EncodeRun {
  ffmpegPath: string
  workDir: string
  partial: string
  totalFrames: number
  progress: Progress
  stop: AbortController
}

async function encode(
  shots: PlannedShot[],
  look: AnimaticLook,
  options: Mp4AnimaticOptions & { preset: string },
  run: EncodeRun,
) {
  const chunks = chunksOf(shots, Math.max(1, options.shotsPerChunk ?? 12))
  const single = chunks.length === 1
  const encodeShare = single ? 1 : 0.97
  const done = new Array<number>(chunks.length).fill(0)
  const report = () =>
    run.progress.set((encodeShare * done.reduce((a, b) => a + b, 0)) / run.totalFrames)
  const encoder = { preset: options.preset, crf: options.crf ?? 20, threads: single ? 0 : 1 }
  const segments = await pool(
    chunks,
    options.concurrency ?? Math.min(2, os.availableParallelism()),
    async (chunk, i) => {
      const segment = single ? run.partial : path.join(run.workDir, `segment-${i}.mp4`)
      const job = chunkJob(chunk, look, encoder, {
        scriptPath: path.join(run.workDir, `graph-${i}.txt`),
        textPrefix: path.join(run.workDir, `text-${i}`),
        outputPath: segment,
      })
      await Promise.all(job.textFiles.map((file) => writeFile(file.path, file.content)))
      await writeFile(path.join(run.workDir, `graph-${i}.txt`), job.filterScript)
      await runFfmpeg(job.args, {
        ffmpegPath: run.ffmpegPath,
        signal: run.stop.signal,
        onFrames: (frames) => {
          done[i] = Math.min(frames, job.frames)
          report()
        },
      })
      done[i] = job.frames
      report()
      return segment
    },
    () => run.stop.abort(),
  )
  if (!single) {
    await concatCopy(segments, run.workDir, run.partial, {
      ffmpegPath: run.ffmpegPath,
      signal: run.stop.signal,
      totalFrames: run.totalFrames,
      progress: run.progress,
      from: encodeShare,
      to: 1,
    })
  }
}
