import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_ID } from './board-init.js'
import { checkBoardRecord } from './board-schema.js'
import { composePrompt } from './prompt.js'
import type { TLFrameShape } from '@tldraw/tlschema'
import { scenesFromFrames } from './board-scenes.js'
import { SAMPLE_BOARD_TITLE, SAMPLE_SCENES, buildSampleBoard } from './sample-board.js'
import { SCENE_CARD_DEFAULT_SIZE, isSceneCard } from './scene-card.js'
import { specCompleteness } from './spec-completeness.js'
import { totalRunningTime } from './timing.js'

const board = buildSampleBoard()
const cards = board.records.filter(isSceneCard)

describe('buildSampleBoard', () => {
  it('is a short film of 6 to 8 scene cards, titled as a sample', () => {
    expect(board.title).toBe(SAMPLE_BOARD_TITLE)
    expect(board.title).toMatch(/^Sample: /)
    expect(cards.length).toBeGreaterThanOrEqual(6)
    expect(cards.length).toBeLessThanOrEqual(8)
  })

  it('passes every record through the board schema', () => {
    for (const record of board.records) {
      expect(checkBoardRecord(record), record.id).toMatchObject({ ok: true })
    }
  })

  it('lists exactly the cards, in story order, as the sequence', () => {
    expect(board.sequence).toEqual(cards.map((card) => card.id))
  })

  it('makes fresh ids on every call', () => {
    const again = buildSampleBoard()
    expect(again.sequence).not.toEqual(board.sequence)
  })

  it('groups the shots into its named scenes, each a frame, in story order', () => {
    const scenes = scenesFromFrames(board.records)
    expect(scenes.map((scene) => scene.label)).toEqual(SAMPLE_SCENES.map((scene) => scene.name))
    expect(scenes.flatMap((scene) => scene.cardIds)).toEqual(board.sequence)
  })

  it('lays the cards out left to right inside their frames, without overlap', () => {
    const { w, h } = SCENE_CARD_DEFAULT_SIZE
    const frames = new Map(
      board.records
        .filter((record): record is TLFrameShape => 'type' in record && record.type === 'frame')
        .map((frame) => [frame.id as string, frame]),
    )
    const onPage = cards.map((card) => {
      const frame = frames.get(card.parentId)!
      expect(frame.parentId).toBe(DEFAULT_PAGE_ID)
      expect(card.x + w).toBeLessThanOrEqual(frame.props.w)
      expect(card.y + h).toBeLessThanOrEqual(frame.props.h)
      return { x: frame.x + card.x, y: frame.y + card.y }
    })
    for (const [i, a] of onPage.entries()) {
      for (const b of onPage.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= w || Math.abs(a.y - b.y) >= h
        expect(apart).toBe(true)
        expect(b.y > a.y || (b.y === a.y && b.x > a.x)).toBe(true)
      }
    }
    const indices = board.records.map((record) => ('index' in record ? record.index : ''))
    expect(new Set(indices).size).toBe(indices.length)
  })

  it('describes every shot completely, with a substantial composed prompt', () => {
    for (const card of cards) {
      expect(card.props.title).not.toBe('')
      expect(specCompleteness(card.props.spec).missing).toEqual([])
      expect(card.props.spec.notes).not.toBe('')
      const prompt = composePrompt(card.props.spec)
      expect(prompt.length).toBeGreaterThan(200)
      expect(prompt).toContain(`${card.props.spec.lens}mm lens`)
    }
  })

  it('varies the camera, the durations (2 to 8 s) and the seeds, all at 16:9', () => {
    const specs = cards.map((card) => card.props.spec)
    expect(new Set(specs.map((s) => s.cameraMovement)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(specs.map((s) => s.seed)).size).toBe(specs.length)
    const durations = specs.map((s) => s.durationSeconds)
    expect(Math.min(...durations)).toBe(2)
    expect(Math.max(...durations)).toBe(8)
    expect(specs.every((s) => s.aspectRatio === '16:9')).toBe(true)
    expect(totalRunningTime(specs.map((s, i) => ({ id: String(i), ...s })))).toBe(37)
  })
})
