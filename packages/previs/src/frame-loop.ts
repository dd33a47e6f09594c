/**
 * The frames of a take in order, exactly as `renderPrevis` encodes them, wherever they are
 * painted (on a painting thread or on the caller's): each frame is painted and read back, except
 * that a frame identical to the one before (a locked-off shot with nothing moving) is not redrawn
 * and the same pixels come again.
 */
import { createFramePainter, encodePoster, type FramePainter } from './frame-painter.js'
import type { Shot } from './shot-setup.js'

/** Frames a render encodes, wherever they are painted. */
export type FrameSource = {
  /** In order; `release` once the pixels are no longer needed (ffmpeg has them). */
  frames:
    | AsyncIterable<{ pixels: Uint8Array; release: () => void }>
    | Iterable<{ pixels: Uint8Array; release: () => void }>
  /** A JPEG of the poster frame; settles once every frame is painted. */
  poster: Promise<Buffer>
  /** Stop painting (after an abort or an ffmpeg failure). */
  cancel(): void
  /** Where the frames are painted: on a painting thread, or on the thread that renders. */
  paintedOn: 'painting-thread' | 'render-thread'
}

/** Everything a frame's pixels depend on; equal keys mean identical frames. */
function frameKey(shot: Shot, frame: number, animated: boolean): string {
  const seconds = frame / shot.fps
  if (animated) return `frame:${frame}`
  const poses = shot.subjects.map((s) => s.track(seconds))
  return JSON.stringify([shot.camera(seconds), poses])
}

/** RGBA pixels of every frame of the take, first to last. */
export function* paintedFrames(
  shot: Shot,
  painter: FramePainter & { animated: boolean },
): Generator<Buffer> {
  let previousKey = ''
  let previous: Buffer | null = null
  for (let frame = 0; frame < shot.frames; frame++) {
    const key = frameKey(shot, frame, painter.animated)
    if (key !== previousKey || !previous) {
      painter.paint(frame)
      previous = painter.pixels()
      previousKey = key
    }
    yield previous
  }
}

/** The frame the poster shows: the middle one. */
export function posterFrame(shot: Shot): number {
  return Math.floor(shot.frames / 2)
}

/** The take's frames painted on this thread, as they are asked for. */
export function framesOnThisThread(
  shot: Shot,
  slate?: { shotNumber?: string; show: boolean },
): FrameSource {
  const painter = createFramePainter(shot, slate)
  const { width, height } = shot.viewport
  let settlePoster: (poster: Promise<Buffer>) => void = () => undefined
  const poster = new Promise<Buffer>((resolve) => (settlePoster = resolve))
  poster.catch(() => undefined) // awaited by the render unless it stopped early
  function* frames() {
    let frame = 0
    for (const pixels of paintedFrames(shot, painter)) {
      if (frame === posterFrame(shot)) settlePoster(encodePoster(pixels, width, height))
      frame++
      yield { pixels, release: () => undefined }
    }
  }
  return { frames: frames(), poster, cancel: () => undefined, paintedOn: 'render-thread' }
}
