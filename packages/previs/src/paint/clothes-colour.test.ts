/**
 * The colour the words give a person's clothes or a car's paint reaches the painted frame; with
 * no colour word the look is what it always was.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { setUpShot } from '../shot-setup.js'

const frame = (subject: string) => {
  const shot = setUpShot(
    defaultShotSpec({
      subject,
      environment: 'a plain grey studio interior',
      shotSize: 'medium',
      timeOfDay: 'midday',
      durationSeconds: 1,
      seed: 11,
    }),
  )
  const painter = createFramePainter(shot)
  painter.paint(0)
  return Buffer.from(painter.pixels())
}

/** Pixels whose channel `c` (0 red, 1 green, 2 blue) stands well above the other two. */
const dominant = (pixels: Buffer, c: number) => {
  let count = 0
  for (let i = 0; i < pixels.length; i += 4) {
    const v = pixels[i + c] as number
    const others = [0, 1, 2].filter((k) => k !== c).map((k) => pixels[i + k] as number)
    if (others.every((o) => v > o + 50)) count++
  }
  return count
}

describe('colours the words give', () => {
  it('dresses a person in the colour of what they wear', () => {
    const red = frame('a man in a red coat')
    const blue = frame('a man wearing a blue coat')
    expect(dominant(red, 0)).toBeGreaterThan(20_000)
    expect(dominant(blue, 2)).toBeGreaterThan(20_000)
    expect(dominant(red, 2)).toBeLessThan(dominant(blue, 2) / 10)
  })

  it('leaves everything else of the look as it was: the same man, only the coat differs', () => {
    const red = frame('a man in a red coat')
    const plain = frame('a man')
    let differing = 0
    for (let i = 0; i < red.length; i += 4) if (red[i] !== plain[i]) differing++
    // The coat changes; the face, hair, trousers and set do not.
    expect(differing).toBeGreaterThan(0)
    expect(differing).toBeLessThan(red.length / 4 / 4)
  })
})
