/**
 * The colour the words give a person's hair or an animal's coat reaches the painted frame; with
 * no such words the frames are what they always were, to the byte.
 */
import { createHash } from 'node:crypto'
import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { createFramePainter } from '../frame-painter.js'
import { setUpShot } from '../shot-setup.js'

const frame = (subject: string, shotSize: string) => {
  const shot = setUpShot(
    defaultShotSpec({
      subject,
      environment: 'a plain grey studio interior',
      shotSize: shotSize as 'medium',
      timeOfDay: 'midday',
      durationSeconds: 1,
      seed: 11,
    }),
  )
  const painter = createFramePainter(shot)
  painter.paint(0)
  return Buffer.from(painter.pixels())
}

const lightness = (pixels: Buffer, i: number) =>
  ((pixels[i] as number) + (pixels[i + 1] as number) + (pixels[i + 2] as number)) / 3

/** Pixels at least 60 lighter (of 255) in `after` than in `before`. */
const lightened = (before: Buffer, after: Buffer) => {
  let count = 0
  for (let i = 0; i < before.length; i += 4) {
    if (lightness(after, i) > lightness(before, i) + 60) count++
  }
  return count
}

describe('hair and coat colours the words give', () => {
  it("paints grey hair light where a person's hair is dark", () => {
    const plain = frame('a man', 'close-up')
    const grey = frame('a grey-haired man', 'close-up')
    expect(lightened(plain, grey)).toBeGreaterThan(40_000)
    expect(lightened(grey, plain)).toBe(0)
  })

  it('paints a white beard on an old man', () => {
    const plain = frame('a man', 'close-up')
    const bearded = frame('an old man with a white beard', 'close-up')
    // The hair and the beard over the skin of the jaw.
    let jaw = 0
    for (let i = 0; i < plain.length; i += 4) {
      if (lightness(plain, i) >= 60 && lightness(plain, i) < 200 && lightness(bearded, i) > 200)
        jaw++
    }
    expect(lightened(plain, bearded)).toBeGreaterThan(40_000)
    expect(jaw).toBeGreaterThan(15_000)
  })

  it('paints a white horse light where a horse is dark', () => {
    const plain = frame('a horse', 'full')
    const white = frame('a white horse', 'full')
    expect(lightened(plain, white)).toBeGreaterThan(20_000)
    expect(lightened(white, plain)).toBe(0)
  })

  it('paints long hair, a braid, a ponytail and a bun beyond short hair', () => {
    // The same grey, over the back of a dark coat and the wall behind: the more hair, the more
    // pixels change.
    const short = frame('a grey-haired woman in a black coat', 'medium')
    const grown = (hair: string) => {
      const styled = frame(`a woman in a black coat, ${hair}`, 'medium')
      let count = 0
      for (let i = 0; i < short.length; i += 4) {
        if (Math.abs(lightness(short, i) - lightness(styled, i)) > 40) count++
      }
      return count
    }
    const long = grown('long grey hair')
    const braid = grown('a grey braid')
    const ponytail = grown('a grey ponytail')
    const bun = grown('grey hair in a bun')
    expect(long).toBeGreaterThan(8_000)
    expect(braid).toBeGreaterThan(3_000)
    expect(long).toBeGreaterThan(braid)
    expect(ponytail).toBeGreaterThan(1_500)
    expect(bun).toBeGreaterThan(500)
    // Short hair said in other words is the same short hair.
    expect(grown('short grey hair')).toBe(0)
  })

  it('paints frames without hair or coat colour words exactly as before', () => {
    // Hashes of the frames as they were painted before hair and coats took colours from words
    // (the medium shots re-taken when they were given more room above the head, Maren's when a
    // named person's look came from the name, and the full shots when layers were painted only in
    // the rows the take shows, which moved some pixels by one level of rounding).
    const before: [string, string, string][] = [
      ['a man', 'close-up', 'aad8d292fda5db7c'],
      ['a black woman in a yellow dress', 'medium', 'c98e31e5cb17913a'],
      ['Maren with a storm lantern', 'medium', '7d509b890ba1ff8b'],
      ['a man with round glasses', 'close-up', 'aad8d292fda5db7c'],
      ['a horse', 'full', '79babac4053f1955'],
      ['a man, a dog', 'full', 'd3ce548db5b50093'],
      ['a table, a cat on the table', 'full', '86019026652413dc'],
      ['a fox', 'close-up', 'fa9ed6ab16a095cd'],
    ]
    for (const [subject, size, hash] of before) {
      const now = createHash('sha256').update(frame(subject, size)).digest('hex').slice(0, 16)
      expect(`${subject}: ${now}`).toBe(`${subject}: ${hash}`)
    }
  })
})
