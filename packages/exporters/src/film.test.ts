import {
  buildSampleBoard,
  composePrompt,
  defaultShotSpec,
  isSceneCard,
  type SceneCardShape,
  type Take,
} from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { clipFileName, defaultMediaUrl, filmFromBoard } from './film.js'

const sample = buildSampleBoard()
const cards = sample.records.filter(isSceneCard) as SceneCardShape[]

function take(
  cardId: string,
  id: string,
  createdAt: number,
  status: Take['status'] = 'succeeded',
): Take {
  return {
    id,
    cardId,
    jobId: null,
    status,
    progress: 1,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    seed: 3,
    spec: defaultShotSpec(),
    prompt: '',
    adjustments: [],
    origin: { kind: 'generate' },
    requestedBy: { id: 'u', name: 'U' },
    createdAt,
    finishedAt: createdAt,
    clip: {
      url: `/clips/${id.slice(5)}.mp4`,
      posterUrl: `/clips/${id.slice(5)}.jpg`,
      mime: 'video/mp4',
      kind: 'video',
      width: 1280,
      height: 720,
      fps: 24,
      durationMs: 4000,
      bytes: 1000,
    },
  }
}

describe('filmFromBoard', () => {
  it('lists the cards in sequence order with their durations, specs and prompts', () => {
    const film = filmFromBoard({ ...sample, takes: [] }, { exportedAt: new Date(0) })
    expect(film.title).toBe(sample.title)
    expect(film.fps).toBe(24)
    expect(film.shots.map((shot) => shot.id)).toEqual(sample.sequence)
    expect(film.shots.map((shot) => shot.number)).toEqual(
      sample.sequence.map((_, i) => String(i + 1)),
    )
    const first = cards.find((card) => card.id === sample.sequence[0])!
    expect(film.shots[0]).toMatchObject({
      title: first.props.title,
      durationSeconds: first.props.spec.durationSeconds,
      spec: first.props.spec,
      prompt: composePrompt(first.props.spec),
      take: null,
    })
  })

  it('follows the normalised sequence: duplicates dropped, unlisted cards appended', () => {
    const [a, b, ...rest] = sample.sequence as [string, string, ...string[]]
    const film = filmFromBoard({ ...sample, takes: [], sequence: [b, a, b, 'shape:gone'] })
    expect(film.shots.map((shot) => shot.id)).toEqual([b, a, ...[...rest].sort()])
  })

  it('plays the selected take, else the newest that succeeded, with media resolved to files', () => {
    const [a, b] = sample.sequence as [string, string]
    const takes = [
      take(a, 'take:old', 1),
      take(a, 'take:new', 2),
      take(b, 'take:chosen', 1),
      take(b, 'take:newer', 2),
      take(b, 'take:failed', 3, 'failed'),
    ]
    const records = sample.records.map((record) =>
      record.id === b && isSceneCard(record)
        ? { ...record, props: { ...record.props, selectedTakeId: 'take:chosen' } }
        : record,
    )
    const film = filmFromBoard(
      { ...sample, records, takes },
      { resolveMedia: (url) => (url.endsWith('.mp4') ? `/data${url}` : null) },
    )
    expect(film.shots[0]?.take?.id).toBe('take:new')
    expect(film.shots[1]?.take?.id).toBe('take:chosen')
    expect(film.shots[1]?.take?.clip).toMatchObject({
      path: '/data/clips/chosen.mp4',
      url: '/clips/chosen.mp4',
    })
    expect(film.shots[1]?.take?.posterPath).toBeNull()
    expect(film.shots[2]?.take).toBeNull()
  })

  it('numbers shots by scene when asked', () => {
    const [a, b, c] = sample.sequence as [string, string, string]
    const film = filmFromBoard(
      { ...sample, takes: [] },
      {
        numbering: 'scene-letter',
        scenes: [{ cardIds: [a, b], label: 'Arrival' }, { cardIds: [c] }],
      },
    )
    expect(film.shots.slice(0, 4).map((shot) => shot.number)).toEqual(['1A', '1B', '2A', '3A'])
    expect(film.shots[0]?.sceneLabel).toBe('Arrival')
  })

  it("carries each shot's scene and act, named as the board names them", () => {
    const [a, b, c, d] = sample.sequence as [string, string, string, string]
    const film = filmFromBoard(
      { ...sample, takes: [] },
      {
        scenes: [
          { id: 'shape:storm', cardIds: [a, b], label: 'The storm', act: 'Act one' },
          { id: 'shape:unnamed', cardIds: [d] },
        ],
      },
    )
    const storm = { id: 'shape:storm', label: 'The storm', act: 'Act one' }
    expect(film.shots[0]?.scene).toEqual({ ...storm, name: 'Act one · The storm' })
    expect(film.shots[1]?.scene).toEqual(film.shots[0]?.scene)
    // a card outside every scene has none; an unnamed frame is named by its count in the film
    expect(film.shots.find((shot) => shot.id === c)?.scene).toBeNull()
    expect(film.shots.find((shot) => shot.id === d)?.scene).toEqual({
      id: 'shape:unnamed',
      name: 'Scene 3',
      label: null,
      act: null,
    })
  })
})

describe('clip references', () => {
  it('names a clip by its file and points editors at it', () => {
    const clip = {
      path: '/data/clips/a b.mp4',
      url: '/clips/a%20b.mp4?v=1',
      kind: 'video' as const,
      mime: 'video/mp4',
      width: 1,
      height: 1,
      fps: 24,
      durationMs: 1,
    }
    expect(clipFileName(clip)).toBe('a b.mp4')
    expect(defaultMediaUrl(clip)).toBe('file:///data/clips/a%20b.mp4')
    expect(defaultMediaUrl({ ...clip, path: null })).toBe('/clips/a%20b.mp4?v=1')
    expect(clipFileName({ ...clip, path: null })).toBe('a%20b.mp4')
  })
})
