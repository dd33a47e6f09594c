/**
 * The painting thread's side (see painter-thread.ts): paints each take it is given, frame after
 * frame, into the shared ring of frame buffers, a slot at a time, and says which slot holds which
 * frame. It waits whenever every slot is still being written to ffmpeg.
 */
import { parentPort } from 'node:worker_threads'
import { paintedFrames, posterFrame } from './frame-loop.js'
import { createFramePainter, encodePoster } from './frame-painter.js'
import type { PainterJob, ToPainter } from './painter-thread.js'
import { setUpShot } from './shot-setup.js'

const port = parentPort
if (!port) throw new Error('painter-thread-worker runs as a worker thread')

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
  const shot = setUpShot(current.spec, current.continueFrom)
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
