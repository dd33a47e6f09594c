/**
 * Boats ride the swell and show their lights: drawn on a bare canvas, a boat on a swell is
 * painted differently from moment to moment and never below the waterline, a boat on still water
 * is painted the same; its side light shows only when lit. In a rendered take, a locked-off shot
 * of a boat on a rough sea changes from frame to frame, and a named green running light glows
 * green at night.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createCanvas } from '../canvas.js'
import { css } from '../color.js'
import { paintedFrames } from '../frame-loop.js'
import { createFramePainter } from '../frame-painter.js'
import { createRandom } from '../random.js'
import { setUpShot } from '../shot-setup.js'
import { boatPose } from './boat.js'
import { drawFigure, figureStyle } from './figures.js'

const PX = 50
const SPAN = { left: -7, right: 7, bottom: -2, top: 7 }

/** RGBA of a boat drawn at `seconds` into the action, ground (the waterline) at y = 0. */
function drawn(noun: string, options: { swell?: number; sideLight?: string | null }, seconds = 0) {
  const width = (SPAN.right - SPAN.left) * PX
  const height = (SPAN.top - SPAN.bottom) * PX
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  const style = figureStyle(createRandom(3), 'boat', (material) => css(material), {
    backlit: false,
    lampsLit: false,
    ...options,
  })
  ctx.setTransform(PX, 0, 0, -PX, -SPAN.left * PX, SPAN.top * PX)
  drawFigure(
    ctx,
    { kind: 'boat', noun, motion: { kind: 'still', speed: 0, towardCamera: 0 } },
    style,
    0,
    seconds,
  )
  return { pixels: ctx.getImageData(0, 0, width, height).data, width, height }
}

/** Canvas rows at or below the waterline that hold paint (other than the foam on it). */
function paintedBelowWater({ pixels, width, height }: ReturnType<typeof drawn>): number {
  const waterRow = Math.round(SPAN.top * PX)
  let count = 0
  for (let y = waterRow + 4; y < height; y++) {
    for (let x = 0; x < width; x++) if ((pixels[(y * width + x) * 4 + 3] as number) > 0) count++
  }
  return count
}

const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
  let count = 0
  for (let i = 0; i < a.length; i += 4) if (a[i + 3] !== b[i + 3]) count++
  return count
}

/** Pixels that read as a green lamp: bright, and far greener than red. */
function greenLamp(pixels: Uint8Array | Uint8ClampedArray): number {
  let count = 0
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g] = [pixels[i] as number, pixels[i + 1] as number]
    if (g > 180 && g > r + 70) count++
  }
  return count
}

describe('a boat on the water', () => {
  it('rises, falls and pitches on a swell, and holds still on flat water', () => {
    for (const noun of ['trawler', 'sailboat']) {
      const still = [0, 1.4, 2.8].map((s) => drawn(noun, { swell: 0 }, s).pixels)
      expect(differing(still[0]!, still[1]!)).toBe(0)
      expect(differing(still[0]!, still[2]!)).toBe(0)
      const riding = [0, 1.4, 2.8].map((s) => drawn(noun, { swell: 1 }, s).pixels)
      expect(differing(riding[0]!, riding[1]!)).toBeGreaterThan(2000)
      expect(differing(riding[1]!, riding[2]!)).toBeGreaterThan(2000)
    }
    const style = { swell: 1, swellPhase: 0 }
    const pitches = Array.from({ length: 12 }, (_, i) => boatPose(style, i * 0.5).pitch)
    expect(Math.max(...pitches)).toBeGreaterThan(0.1)
    expect(Math.min(...pitches)).toBeLessThan(-0.1)
  })

  it('never shows its keel: nothing of the hull is painted below the waterline', () => {
    for (const seconds of [0, 0.7, 1.4, 2.1, 2.8, 3.5, 4.2]) {
      expect(paintedBelowWater(drawn('trawler', { swell: 1 }, seconds))).toBe(0)
    }
  })

  it('shows its side light only when its lights are on', () => {
    expect(greenLamp(drawn('trawler', { sideLight: '#56f08a' }).pixels)).toBeGreaterThan(20)
    expect(greenLamp(drawn('trawler', { sideLight: null }).pixels)).toBe(0)
    expect(greenLamp(drawn('sailboat', { sideLight: '#56f08a' }).pixels)).toBeGreaterThan(20)
  })
})

describe('boats in a take', () => {
  const take = (overrides: Partial<ShotSpec>) =>
    defaultShotSpec({
      subject: 'a fishing boat',
      environment: 'the open sea',
      shotSize: 'wide',
      cameraMovement: 'static',
      weather: 'clear',
      timeOfDay: 'midday',
      durationSeconds: 2,
      seed: 5,
      ...overrides,
    })
  const frames = (spec: ShotSpec) => {
    const shot = setUpShot(spec)
    return [...paintedFrames(shot, createFramePainter(shot))].map((f) => Buffer.from(f))
  }

  it('moves a locked-off shot of a boat at rest, on a rough sea far more than on a calm one', () => {
    const rough = frames(take({ action: 'rides out the heavy swells' }))
    expect(rough[0]?.equals(rough[24] as Buffer)).toBe(false)
    const calm = frames(take({ action: 'rests on a calm, glassy sea' }))
    expect(calm[0]?.equals(calm[24] as Buffer)).toBe(false)
    // A gentle rise and fall even on calm water, but nothing like a gale's.
    const changed = (a: Buffer, b: Buffer) => {
      let count = 0
      for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i]) count++
      return count
    }
    expect(changed(calm[0] as Buffer, calm[24] as Buffer)).toBeLessThan(
      changed(rough[0] as Buffer, rough[24] as Buffer) / 3,
    )
  })

  it('glows with the green running light the words give it, at night', () => {
    const subject = 'a small red fishing trawler with one green running light'
    const [night] = frames(take({ subject, timeOfDay: 'night', durationSeconds: 1 }))
    expect(greenLamp(night as Buffer)).toBeGreaterThan(6)
    const [unlit] = frames(take({ timeOfDay: 'midday', durationSeconds: 1 }))
    expect(greenLamp(unlit as Buffer)).toBe(0)
  })
})
