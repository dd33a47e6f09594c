import { describe, expect, it } from 'vitest'
import { checkBoardRecord } from './board-schema.js'
import { buildSampleBoard } from './sample-board.js'
import { isSceneCard } from './scene-card.js'

describe('buildSampleBoard', () => {
  it('is a short film of 6 to 8 valid scene cards in sequence', () => {
    const board = buildSampleBoard()
    const cards = board.records.filter(isSceneCard)
    expect(cards.length).toBeGreaterThanOrEqual(6)
    expect(cards.length).toBeLessThanOrEqual(8)
    expect(board.sequence).toEqual(cards.map((card) => card.id))
    for (const record of board.records) expect(checkBoardRecord(record)).toMatchObject({ ok: true })
  })
})
