import { defaultShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { specRows } from './take-spec-rows.js'

describe('specRows', () => {
  it('lists the filled-in parts with the labels of the inspector', () => {
    const spec = defaultShotSpec({
      subject: 'a keeper',
      shotSize: 'medium',
      cameraMovement: 'dolly-in',
      lens: 35,
      durationSeconds: 5,
      seed: 7,
    })
    expect(specRows(spec).map((row) => [row.label, row.value])).toEqual([
      ['Subject', 'a keeper'],
      ['Shot size', 'Medium (MS)'],
      ['Movement', 'Dolly in'],
      ['Lens', '35 mm'],
      ['Duration', '5s'],
      ['Aspect ratio', '16:9 — widescreen'],
      ['Seed', '7'],
    ])
  })

  it("marks what the card's description has changed since, including parts it cleared", () => {
    const take = defaultShotSpec({ subject: 'a keeper', durationSeconds: 7 })
    const card = { ...take, subject: 'a dog', durationSeconds: 8, weather: 'rain' as const }
    const rows = specRows(take, card)
    expect(rows.filter((row) => row.changed).map((row) => [row.field, row.value])).toEqual([
      ['subject', 'a keeper'],
      ['weather', '—'],
      ['durationSeconds', '7s'],
    ])
  })
})
