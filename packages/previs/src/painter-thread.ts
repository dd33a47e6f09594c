/**
 * The painting thread: a take's frames are painted on a worker thread while the caller's thread
 * writes them to ffmpeg.
 *
 * Painting and reading back a frame is one synchronous stretch of several milliseconds. On the
 * caller's thread, ffmpeg's pipe sits idle for all of it; here the caller keeps ffmpeg fed while
 * the next frame is drawn, the worker's small heap makes the garbage collections that each
 * frame's read-back brings cheap, and the host's event loop stays free. The frames are the same
 * to the byte either way (same painter, same frame loop).
 *
 * Frames travel through a ring of shared frame buffers, made for each render and dropped after it:
 * the worker copies each frame into a free slot and says which; the caller hands the slot back
 * once ffmpeg has it. One thread serves one render at a time and is kept for the next (starting
 * it costs about half a second, most of it compiling the painter's TypeScript). Renders that run
 * at the same time get a thread each, up to one per core: a render that finds none idle waits
 * for one to start (the first render of a process does), and only a render that finds every
 * thread busy paints on the caller's thread.
 */
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ShotSpec } from '@sceneboard/shared'
import type { FrameSource } from './frame-loop.js'
import type { ContinueFrom } from './shot-setup.js'

export type PainterJob = {
  id: number
  spec: ShotSpec
  continueFrom?: ContinueFrom
  slate?: { shotNumber?: string; show: boolean }
  cast?: readonly string[]
  ring: SharedArrayBuffer
  slots: number
}

export type ToPainter =
  | { type: 'paint'; job: PainterJob }
  | { type: 'free'; id: number; slot: number }
  | { type: 'cancel'; id: number }

type FromPainter =
  | { type: 'ready' }
  | { type: 'frame'; id: number; frame: number; slot: number }
  | { type: 'done'; id: number; poster: Uint8Array | null }
  | { type: 'failed'; id: number; message: string }

const SLOTS = 4

class PainterThread {
  private readonly worker: Worker
  private state: 'starting' | 'idle' | 'busy' | 'gone' = 'starting'
  private nextId = 1
  private onMessage: ((message: FromPainter) => void) | null = null
  private onGone: ((error: Error) => void) | null = null
  readonly ready: Promise<boolean>

  constructor() {
    const extension = path.extname(new URL(import.meta.url).pathname)
    this.worker = new Worker(new URL('./painter-thread-boot.js', import.meta.url), {
      // The boot file registers what the painter needs; the host's flags are not for it.
      execArgv: [],
      workerData: {
        moduleUrl: new URL(`./painter-thread-worker${extension}`, import.meta.url).href,
      },
    })
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (message: FromPainter) => {
        if (message.type === 'ready') {
          this.state = 'idle'
          resolve(true)
        } else this.onMessage?.(message)
      })
      const gone = (error: Error) => {
        this.state = 'gone'
        resolve(false)
        this.onGone?.(error)
      }
      this.worker.on('error', gone)
      this.worker.on('exit', () => gone(new Error('the painting thread stopped')))
    })
    // An idle painting thread does not keep the process alive (unref after the listeners: adding
    // one refs the thread's port again).
    this.worker.unref()
  }

  /** Whether the thread keeps the process alive; only while a render or a caller waits on it. */
  keepAlive(alive: boolean): void {
    if (alive) this.worker.ref()
    else if (this.state !== 'busy') this.worker.unref()
  }

  get idle(): boolean {
    return this.state === 'idle'
  }

  get starting(): boolean {
    return this.state === 'starting'
  }

  get gone(): boolean {
    return this.state === 'gone'
  }

  /** Paint a take; `frameBytes` is the size of one frame of it. */
  paint(
    take: Pick<PainterJob, 'spec' | 'continueFrom' | 'slate' | 'cast'>,
    frameBytes: number,
  ): FrameSource {
    if (this.state !== 'idle') throw new Error('the painting thread is not idle')
    this.state = 'busy'
    this.keepAlive(true) // a render in progress keeps the process alive until its poster is in
    const ring = new SharedArrayBuffer(frameBytes * SLOTS)
    const id = this.nextId++
    const worker = this.worker
    const queued: number[] = []
    let finished = false
    let failure: Error | null = null
    let wake: (() => void) | null = null
    let settlePoster: (poster: Buffer | Error) => void = () => undefined
    const poster = new Promise<Buffer>((resolve, reject) => {
      settlePoster = (result) => (result instanceof Error ? reject(result) : resolve(result))
    })
    poster.catch(() => undefined) // awaited by the render unless it stopped early
    const finish = (result: Buffer | Error) => {
      finished = true
      this.onMessage = null
      this.onGone = null
      if (this.state === 'busy') this.state = 'idle'
      this.keepAlive(false)
      if (result instanceof Error) failure = result
      settlePoster(result)
      wake?.()
    }
    this.onMessage = (message) => {
      if (!('id' in message) || message.id !== id) return
      if (message.type === 'frame') {
        queued.push(message.slot)
        wake?.()
      } else if (message.type === 'done') {
        finish(message.poster ? Buffer.from(message.poster) : new Error('painting was cancelled'))
      } else {
        finish(new Error(`painting failed: ${message.message}`))
      }
    }
    this.onGone = (error) => finish(error)
    worker.postMessage({ type: 'paint', job: { id, ...take, ring, slots: SLOTS } })

    async function* frames() {
      for (;;) {
        while (queued.length === 0 && !finished) {
          await new Promise<void>((resolve) => (wake = resolve))
        }
        if (failure) throw failure
        const slot = queued.shift()
        if (slot === undefined) return
        yield {
          pixels: new Uint8Array(ring, slot * frameBytes, frameBytes),
          release: () => worker.postMessage({ type: 'free', id, slot }),
        }
      }
    }
    return {
      frames: frames(),
      poster,
      cancel: () => worker.postMessage({ type: 'cancel', id }),
      paintedOn: 'painting-thread',
    }
  }
}

const threads: PainterThread[] = []
let unavailable = false

/** More painting threads than cores would only take turns on them. */
function threadLimit(): number {
  return Math.max(1, os.availableParallelism())
}

/** Start one more painting thread, for the renders to come. */
function startThread(): PainterThread {
  const thread = new PainterThread()
  threads.push(thread)
  // A thread that never starts (no TypeScript loader, say) is not tried again.
  void thread.ready.then((started) => (unavailable ||= !started))
  return thread
}

/**
 * An idle painting thread to take a render now; otherwise null, and one more thread starts (if
 * none is starting and there are fewer than cores) so that later renders can use it.
 */
export function idlePainterThread(): PainterThread | null {
  if (unavailable) return null
  for (let i = threads.length - 1; i >= 0; i--) if (threads[i]?.gone) threads.splice(i, 1)
  const idle = threads.find((thread) => thread.idle)
  if (idle) return idle
  if (threads.length < threadLimit() && !threads.some((thread) => thread.starting)) startThread()
  return null
}

/**
 * A painting thread ready to take a render: an idle one, else one starting (or started now, if
 * there are fewer than cores) once it has started; null if every thread is busy or none can start.
 */
export async function startPainterThread(): Promise<PainterThread | null> {
  const idle = idlePainterThread()
  if (idle) return idle
  const thread = threads.find((candidate) => candidate.starting)
  if (!thread) return null
  thread.keepAlive(true) // waiting for it must not let the process end first
  const started = await thread.ready
  thread.keepAlive(false)
  return started && thread.idle ? thread : null
}
