/**
 * An H.264 encoder fed raw RGBA frames through ffmpeg's stdin.
 *
 * Frames are written as they are drawn; while ffmpeg works on one, the next is drawn (two cores:
 * one draws, one encodes). At most `maxQueuedFrames` frames wait in the pipe: past that, `write`
 * waits for ffmpeg to drain it. `abort` kills ffmpeg and the pending write rejects.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'

export type EncoderOptions = {
  ffmpegPath: string
  width: number
  height: number
  fps: number
  outputPath: string
  /** x264 preset; ultrafast trades file size for speed. */
  preset?: string
  crf?: number
  /** Encoder threads (0 lets x264 choose). */
  threads?: number
  maxQueuedFrames?: number
}

/** The ffmpeg arguments for raw RGBA on stdin to a faststart H.264 MP4 (yuv420p, Chromium plays it). */
export function encoderArgs(options: EncoderOptions): string[] {
  // prettier-ignore
  return [
    '-hide_banner',
    '-loglevel', 'error',
    '-f', 'rawvideo',
    '-pix_fmt', 'rgba',
    '-s', `${options.width}x${options.height}`,
    '-r', String(options.fps),
    '-i', 'pipe:0',
    '-an',
    '-c:v', 'libx264',
    '-preset', options.preset ?? 'ultrafast',
    '-crf', String(options.crf ?? 20),
    '-threads', String(options.threads ?? 0),
    '-pix_fmt', 'yuv420p',
    '-movflags', '+faststart',
    '-y', options.outputPath,
  ]
}

export class FfmpegEncoder {
  private readonly child: ChildProcessByStdio<Writable, null, Readable>
  private readonly exited: Promise<void>
  private readonly frameBytes: number
  private readonly maxQueuedFrames: number
  private readonly queued: Promise<void>[] = []
  private stderr = ''
  private failure: Error | null = null

  constructor(options: EncoderOptions) {
    this.frameBytes = options.width * options.height * 4
    this.maxQueuedFrames = options.maxQueuedFrames ?? 2
    this.child = spawn(options.ffmpegPath, encoderArgs(options), {
      stdio: ['pipe', 'ignore', 'pipe'],
    })
    this.child.stderr.setEncoding('utf8')
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000)
    })
    // A write after ffmpeg died fails with EPIPE; the exit code says why.
    this.child.stdin.on('error', (error) => {
      this.failure ??= error
    })
    this.exited = new Promise((resolve, reject) => {
      this.child.on('error', (error) => {
        this.failure ??= error
        reject(new Error(`could not start ffmpeg (${options.ffmpegPath}): ${error.message}`))
      })
      this.child.on('close', (code, signal) => {
        if (code === 0) resolve()
        else reject(new Error(`ffmpeg failed (${signal ?? `exit ${code}`}): ${this.stderr.trim()}`))
      })
    })
    this.exited.catch(() => undefined) // observed through finish() or write()
  }

  /**
   * Queue one frame; resolves when no more than `maxQueuedFrames` wait in the pipe. The bytes are
   * read until `whenWritten` is called: only then may they change.
   */
  async write(rgba: Uint8Array, whenWritten?: () => void): Promise<void> {
    if (rgba.byteLength !== this.frameBytes) {
      throw new Error(`frame is ${rgba.byteLength} bytes, expected ${this.frameBytes}`)
    }
    if (this.failure) await this.exited
    const flushed = new Promise<void>((resolve, reject) => {
      this.child.stdin.write(rgba, (error) => {
        whenWritten?.()
        if (error) reject(error)
        else resolve()
      })
    })
    flushed.catch(() => undefined)
    this.queued.push(flushed)
    while (this.queued.length > this.maxQueuedFrames) {
      try {
        await this.queued.shift()
      } catch {
        await this.exited // the exit code says more than EPIPE
        throw new Error('ffmpeg stopped reading frames')
      }
    }
  }

  /** Close the input and wait for the file to be written. */
  async finish(): Promise<void> {
    this.child.stdin.end()
    await this.exited
  }

  /** Stop now: kill ffmpeg and wait for it to be gone. */
  async abort(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
    this.child.stdin.destroy()
    await this.exited.catch(() => undefined)
  }
}
