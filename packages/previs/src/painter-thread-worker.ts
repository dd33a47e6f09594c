/**
 * The painting thread's side (see painter-thread.ts): paints each take it is given, frame after
 * frame, into the shared ring of frame buffers, a slot at a time, and says which slot holds which
 * frame. It waits whenever every slot is still being written to ffmpeg.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { parentPort } from 'node:worker_threads'
import { paintedFrames, posterFrame } from './frame-loop.js'
import { createFramePainter, encodePoster } from './frame-painter.js'
import type { PainterJob, ToPainter } from './painter-thread.js'
import { setUpShot } from './shot-setup.js'

const port = parentPort
if (!port) throw new Error('painter-thread-worker runs as a worker thread')

/**
 * Each frame's read-back is a fresh 3.7 MB buffer that the canvas library allocates outside V8's
 * heap without telling V8 its size, so V8 frees the dead ones only when its own small heap fills,
 * often a hundred frames later. Meanwhile every read-back gets fresh pages that the kernel has to
 * map and zero. A scavenge after each frame (young objects only: well under a millisecond on this
 * thread's small heap) frees the frame before last at once, and the next read-back reuses its
 * pages while they are still in cache. It cut the painting's CPU time by about a fifth.
 */
function youngCollector(): () => void {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as (options: { type: 'minor' }) => void
  v8.setFlagsFromString('--no-expose-gc')
  return () => gc({ type: 'minor' })
}
const collectYoung = youngCollector()

let job: PainterJob | null = null
let freeSlots: number[] = []
let cancelled = false
let wake: (() => void) | null = null

async function nextSlot(): Promise<number | null> {
  while (freeSlots.length === 0 && !cancelled) {
    await new Promise<void>((resolve) => (wake = resolve))
  }
  return cancelled ? null : (freeSlots.shift() as number)
}

async function paint(current: PainterJob): Promise<void> {
  const shot = setUpShot(current.spec, current.continueFrom, current.cast)
  const painter = createFramePainter(shot, current.slate)
  const { width, height } = shot.viewport
  const frameBytes = width * height * 4
  let poster: Promise<Buffer> | null = null
  let frame = 0
  for (const pixels of paintedFrames(shot, painter)) {
    const slot = await nextSlot()
    if (slot === null) break
    // Buffer#fill with a same-sized buffer is one memcpy; TypedArray#set (and Buffer#copy) into
    // shared memory copies word by word, as if other threads could be reading.
    Buffer.from(current.ring, slot * frameBytes, frameBytes).fill(pixels)
    port?.postMessage({ type: 'frame', id: current.id, frame, slot })
    collectYoung()
    if (frame === posterFrame(shot)) poster = encodePoster(pixels, width, height)
    frame++
  }
  port?.postMessage({ type: 'done', id: current.id, poster: cancelled ? null : await poster })
}

port.on('message', (message: ToPainter) => {
  if (message.type === 'paint') {
    job = message.job
    freeSlots = Array.from({ length: job.slots }, (_, slot) => slot)
    cancelled = false
    const current = job
    paint(current).catch((error: unknown) =>
      port.postMessage({
        type: 'failed',
        id: current.id,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    )
  } else if (message.id === job?.id) {
    if (message.type === 'free') freeSlots.push(message.slot)
    else cancelled = true
    wake?.()
  }
})

port.postMessage({ type: 'ready' })
