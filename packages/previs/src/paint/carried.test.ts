/**
 * A carried thing is drawn in the hand: a lit lantern at night brightens the dark beside the
 * body at the height of the hand, and while the person walks it swings with the arm.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { applyAffine, projectPlane } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'
import { personScale } from '../subject-words.js'

const night = (subject: string, action = '') =>
  defaultShotSpec({
    subject,
    action,
    environment: 'open fields',
    timeOfDay: 'night',
    weather: 'clear',
    shotSize: 'full',
    cameraMovement: 'static',
    aspectRatio: '16:9',
    durationSeconds: 2,
  })

/** A frame's RGBA pixels, with the shot. */
function paint(spec: ShotSpec, frame: number): { shot: Shot; pixels: Buffer } {
  const shot = setUpShot(spec)
  const painter = createFramePainter(shot)
  painter.paint(frame)
  return { shot, pixels: painter.pixels() }
}

/** Screen rectangle of a box (m) about the subject at `seconds`: across from its feet, and up. */
function screenBox(shot: Shot, seconds: number, x0: number, x1: number, y0: number, y1: number) {
  const subject = shot.subjects[0]
  if (!subject) throw new Error('no subject')
  const pose = subject.track(seconds)
  const m = projectPlane(shot.camera(seconds), pose.depth, shot.viewport).matrix
  const facing = subject.plan.facing
  const a = applyAffine(m, pose.x + facing * x0, y0)
  const b = applyAffine(m, pose.x + facing * x1, y1)
  return {
    left: Math.round(Math.max(0, Math.min(a.x, b.x))),
    right: Math.round(Math.min(shot.viewport.width, Math.max(a.x, b.x))),
    top: Math.round(Math.max(0, Math.min(a.y, b.y))),
    bottom: Math.round(Math.min(shot.viewport.height, Math.max(a.y, b.y))),
    pxPerMetre: Math.abs(b.x - a.x) / Math.abs(x1 - x0),
  }
}

type Box = ReturnType<typeof screenBox>

function meanBrightness(pixels: Buffer, width: number, box: Box): number {
  let sum = 0
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const p = (y * width + x) * 4
      sum += ((pixels[p] as number) + (pixels[p + 1] as number) + (pixels[p + 2] as number)) / 3
    }
  }
  return sum / Math.max(1, (box.right - box.left) * (box.bottom - box.top))
}

/** The middle of the near-white pixels (a flame behind glass) in a box, in screen x. */
function brightCentreX(pixels: Buffer, width: number, box: Box): number | null {
  let sum = 0
  let count = 0
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const p = (y * width + x) * 4
      if (Math.min(pixels[p] as number, pixels[p + 1] as number, pixels[p + 2] as number) < 235)
        continue
      sum += x
      count++
    }
  }
  return count === 0 ? null : sum / count
}

describe('a carried lantern', () => {
  it('lights the dark beside the body at the height of the hand', () => {
    const lit = paint(night('a man with a lantern'), 0)
    const bare = paint(night('a man'), 0)
    const width = lit.shot.viewport.width
    expect(lit.shot.subjects[0]?.plan.carries).toMatchObject([{ shape: 'lantern' }])
    // Beside the body, ahead of it and behind it, from knee to waist height.
    for (const [x0, x1] of [
      [0.3, 0.6],
      [-0.5, -0.2],
    ] as const) {
      const box = screenBox(lit.shot, 0, x0, x1, 0.45, 0.95)
      expect(box.right - box.left).toBeGreaterThan(20)
      const withLantern = meanBrightness(lit.pixels, width, box)
      const without = meanBrightness(bare.pixels, width, box)
      expect(withLantern).toBeGreaterThan(without + 15)
    }
    // The flame itself, at the hand, is near white; nothing there is without the lantern.
    const hand = screenBox(lit.shot, 0, -0.3, 0.4, 0.35, 0.95)
    expect(brightCentreX(lit.pixels, width, hand)).not.toBeNull()
    expect(brightCentreX(bare.pixels, width, hand)).toBeNull()
  })

  it('swings with the arm as the person walks', () => {
    const spec = night('a man with a lantern', 'walks slowly along the field')
    const shot = setUpShot(spec)
    expect(shot.subjects[0]?.plan.motion.kind).toBe('walk')
    const painter = createFramePainter(shot)
    const width = shot.viewport.width
    // A quarter and three quarters of a stride: the near arm swung back, then forward.
    const offsets = [7, 20].map((frame) => {
      const seconds = frame / shot.fps
      painter.paint(frame)
      const box = screenBox(shot, seconds, -0.8, 0.8, 0.3, 1.1)
      const flame = brightCentreX(painter.pixels(), width, box)
      if (flame === null) throw new Error(`no lantern in frame ${frame}`)
      const body = (box.left + box.right) / 2
      return (flame - body) / box.pxPerMetre
    })
    const [back, forward] = offsets as [number, number]
    expect(forward - back).toBeGreaterThan(0.2)
  })
})

/** A full shot of the subject alone in a plain grey room by day. */
const day = (subject: string) =>
  defaultShotSpec({
    subject,
    environment: 'a plain grey studio interior',
    timeOfDay: 'midday',
    weather: 'clear',
    shotSize: 'full',
    cameraMovement: 'static',
    durationSeconds: 1,
    seed: 4,
  })

/** Share of the pixels in `box` more than 20 levels apart between two frames of the same shot. */
function changedShare(a: Buffer, b: Buffer, box: Box, width: number): number {
  let changed = 0
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const p = (y * width + x) * 4
      if (Math.abs((a[p] as number) - (b[p] as number)) > 20) changed++
    }
  }
  return changed / ((box.right - box.left) * (box.bottom - box.top))
}

describe('a carried soft toy', () => {
  it('hangs from the hand below it: a teddy bear changes the picture below the hand', () => {
    const alone = paint(day('a little girl'), 0)
    const withToy = paint(day('a little girl with a teddy bear'), 0)
    // From the hand (about 0.8 m up on a grown-up, a girl 0.7 of one) down 0.35 m, in front.
    const k = personScale('girl')
    const below = screenBox(alone.shot, 0, 0, 0.35 * k, 0.45 * k, 0.8 * k)
    const share = changedShare(alone.pixels, withToy.pixels, below, alone.shot.viewport.width)
    expect(share).toBeGreaterThan(1 / 8)
  })
})

describe('an instrument played', () => {
  it('is drawn across the body: a guitar changes the picture from hip to shoulder', () => {
    const alone = paint(day('a man'), 0)
    const playing = paint(day('a guitarist'), 0)
    // In front of the body, from the hip (0.85 m) to the shoulder (1.45 m).
    const front = screenBox(alone.shot, 0, 0, 0.45, 0.85, 1.45)
    const share = changedShare(alone.pixels, playing.pixels, front, alone.shot.viewport.width)
    expect(share).toBeGreaterThan(1 / 6)
  })
})
