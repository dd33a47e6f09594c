/**
 * The sky and the far ground are continuous: no layer leaves a rectangle, a band or a line in
 * them. Looking down from a lighthouse (the sample's first and sixth shots), everything above
 * the subjects' ground is sky and sea painted by the backdrop and the far layers; a ridge filled
 * down to the bottom of its bitmap, or a ground shaded by its bitmap's extent, shows there as a
 * hard edge.
 */
import { buildSampleBoard, defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { applyAffine, projectPlane } from '../projection.js'
import { setUpShot, type Shot } from '../shot-setup.js'
import { paintBareSet } from '../test-support/bare-set.js'

function sampleSpec(index: number, overrides: Partial<ShotSpec> = {}): ShotSpec {
  const cards = buildSampleBoard().records.filter(
    (record) => record.typeName === 'shape' && record.type === 'scene-card',
  )
  const card = cards[index] as { props: { spec: ShotSpec } } | undefined
  if (!card) throw new Error(`the sample board has no shot ${index + 1}`)
  return defaultShotSpec({ ...card.props.spec, ...overrides })
}

/** The set alone at a frame, with the frame's size. */
function paintSet(shot: Shot, frame: number): { pixels: Buffer; width: number; height: number } {
  return { pixels: paintBareSet(shot, frame), ...shot.viewport }
}

/** The screen row of a layer's ground line (the horizon for the backdrop) at a frame. */
function groundLine(shot: Shot, name: 'far' | 'stage' | 'backdrop', frame: number): number {
  const layer = shot.layers.find((candidate) => candidate.name === name)
  const depth = name === 'backdrop' ? 'backdrop' : layer?.depth
  if (depth === undefined) throw new Error(`the set has no ${name} layer`)
  const m = projectPlane(shot.camera(frame / shot.fps), depth, shot.viewport).matrix
  return applyAffine(m, 0, 0).y
}

/** Largest difference of any channel between two pixels. */
function difference(pixels: Buffer, a: number, b: number): number {
  return Math.max(
    Math.abs((pixels[a] as number) - (pixels[b] as number)),
    Math.abs((pixels[a + 1] as number) - (pixels[b + 1] as number)),
    Math.abs((pixels[a + 2] as number) - (pixels[b + 2] as number)),
  )
}

/** A step: more than this between pixels two apart, where a smooth sky changes by 1 or 2. */
const STEP = 3

/**
 * Edges running through rows [0, bottom): columns where the picture steps from one column to the
 * next all the way down a run of more than `tall` rows (a rectangle's side, a band's edge), and
 * rows (but those `skip` says are no seams) where it steps from one row to the next in more than
 * half the columns (a rectangle's bottom, a line across the frame). A whitecap, a star, a reef
 * or a burst of spray is too small, or too ragged, to count.
 */
function seams(
  image: { pixels: Buffer; width: number },
  bottom: number,
  skip: (row: number) => boolean,
  tall = 60,
) {
  const { pixels, width } = image
  const at = (x: number, y: number) => (y * width + x) * 4
  const columns: number[] = []
  for (let x = 0; x + 2 < width; x++) {
    let run = 0
    let longest = 0
    for (let y = 0; y < bottom; y++) {
      run = difference(pixels, at(x, y), at(x + 2, y)) > STEP ? run + 1 : 0
      longest = Math.max(longest, run)
    }
    if (longest > tall) columns.push(x)
  }
  const rows: number[] = []
  for (let y = 0; y + 2 < bottom; y++) {
    if (skip(y)) continue
    let stepping = 0
    for (let x = 0; x < width; x++) {
      if (difference(pixels, at(x, y), at(x, y + 2)) > STEP) stepping++
    }
    if (stepping > width / 2) rows.push(y)
  }
  return { columns, rows }
}

describe('the sky and the sea seen from above', () => {
  const cases: { name: string; spec: ShotSpec }[] = [
    { name: 'shot 6: the beam (night, storm, pan right)', spec: sampleSpec(5) },
    { name: 'shot 1: the rock (dusk, wind, crane down)', spec: sampleSpec(0) },
    {
      name: 'shot 6 at midday, clear',
      spec: sampleSpec(5, { timeOfDay: 'midday', weather: 'clear' }),
    },
    {
      name: 'shot 6 at golden hour, fog',
      spec: sampleSpec(5, { timeOfDay: 'golden-hour', weather: 'fog' }),
    },
    {
      name: 'shot 6 at dawn, overcast, tilting',
      spec: sampleSpec(5, { timeOfDay: 'dawn', weather: 'overcast', cameraMovement: 'tilt-up' }),
    },
    {
      name: 'shot 1 at night, storm, handheld',
      spec: sampleSpec(0, { timeOfDay: 'night', weather: 'storm', cameraMovement: 'handheld' }),
    },
  ]
  for (const { name, spec } of cases) {
    it(`${name} has no edge above the subjects' ground`, () => {
      const shot = setUpShot(spec)
      for (const frame of [0, Math.floor(shot.frames / 2), shot.frames - 1]) {
        const image = paintSet(shot, frame)
        const bottom = Math.min(image.height, Math.floor(groundLine(shot, 'stage', frame)) - 6)
        expect(bottom, 'the test needs sky to look at').toBeGreaterThan(100)
        // The horizon, and the far shore where the sea comes out of the haze, are edges.
        const horizon = groundLine(shot, 'backdrop', frame)
        const shore = groundLine(shot, 'far', frame)
        const skip = (row: number) =>
          Math.abs(row - horizon) < 4 || (row > shore - 4 && row < shore + 12)
        expect({ frame, ...seams(image, bottom, skip) }).toEqual({
          frame,
          columns: [],
          rows: [],
        })
      }
    })
  }
})
