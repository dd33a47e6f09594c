/**
 * The film: what every exporter takes. A board's cards in sequence order, each with its shot
 * number, duration, spec, composed prompt and the take it plays (null when it has no clip yet).
 *
 * `filmFromBoard` builds it from the board's records, stored sequence and takes, so the server
 * only gathers those and says where clip files live on disk.
 */
import {
  numberShots,
  sceneName,
  composePrompt,
  displayedTake,
  isSceneCard,
  normalizeSequence,
  takesOfCard,
  type BoardRecordLike,
  type SceneCardShape,
  type SceneGroup,
  type ShotNumber,
  type ShotNumberingStyle,
  type ShotSpec,
  type Take,
} from '@sceneboard/shared'
import { pathToFileURL } from 'node:url'

export const DEFAULT_FILM_FPS = 24

export interface FilmClip {
  /** A local file the exporters read (the MP4 animatic needs it); null when only a URL is known. */
  path: string | null
  /** Where the clip is served, e.g. `/clips/<sha256>.mp4`; null when only a path is known. */
  url: string | null
  /** `video` plays; `image` is a still shown for the shot's duration. */
  kind: 'video' | 'image'
  mime: string
  width: number
  height: number
  fps: number | null
  durationMs: number | null
}

export interface FilmTake {
  id: string
  provider: string
  model: string
  seed: number | null
  clip: FilmClip
  /** Where the poster frame is served, or null. */
  posterUrl: string | null
  /** A JPEG or PNG poster frame on disk, for the PDF storyboard. */
  posterPath: string | null
}

/** The scene a shot belongs to: a tldraw frame around its card. */
export interface FilmScene {
  /** The scene group's id (the frame's shape id). */
  id: string
  /**
   * The scene as the board names it: "The storm", "Act one · The storm" when a frame around it
   * names the act, "Scene 2" for an unnamed frame (its number in the film).
   */
  name: string
  /** The frame's own name, or null when it has none. */
  label: string | null
  /** The act: the name of the frame around the scene's frame, or null. */
  act: string | null
}

export interface FilmShot {
  /** The scene-card shape id. */
  id: string
  /** The displayed shot number: "1", "1A" or "12.3" (see numberShots in @sceneboard/shared). */
  number: string
  title: string
  durationSeconds: number
  spec: ShotSpec
  prompt: string
  take: FilmTake | null
  /** The scene or act the card belongs to, e.g. a frame's name; null when ungrouped. */
  sceneLabel: string | null
  /** The card's scene with its name and act; null (or left out) outside every scene. */
  scene?: FilmScene | null
}

export interface Film {
  title: string
  exportedAt: Date
  /** Whole frames a second; every timeline format counts in it (24 unless told). */
  fps: number
  shots: FilmShot[]
}

export type { BoardRecordLike }

export interface BoardSnapshot {
  title: string
  records: Iterable<BoardRecordLike>
  /** The stored sequence (scene-card ids), as found in the document. */
  sequence: readonly string[]
  takes: readonly Take[]
}

export interface FilmFromBoardOptions {
  fps?: number
  exportedAt?: Date
  numbering?: ShotNumberingStyle
  /** Scenes as groups of card ids; see `scenesFromFrames` for tldraw frames. */
  scenes?: readonly SceneGroup[]
  /**
   * A clip or poster URL as a local file path, or null when it is not on this machine. For a
   * lookup that is asynchronous, leave this out and use `withMediaPaths` on the film.
   */
  resolveMedia?: (url: string) => string | null
}

/** The board as a film: cards in sequence order, numbered, with their displayed takes. */
export function filmFromBoard(board: BoardSnapshot, options: FilmFromBoardOptions = {}): Film {
  const cards = new Map<string, SceneCardShape>()
  for (const record of board.records) {
    if (isSceneCard(record)) cards.set(record.id, record as SceneCardShape)
  }
  const order = normalizeSequence(board.sequence, cards.keys())
  const scenes = options.scenes ?? []
  const numbers = numberShots(order, { style: options.numbering ?? 'plain', scenes })
  const resolve = options.resolveMedia ?? (() => null)
  const shots = order.map((id): FilmShot => {
    const card = cards.get(id) as SceneCardShape
    const take = displayedTake(takesOfCard(board.takes, id), card.props.selectedTakeId)
    const numbered = numbers.get(id)
    return {
      id,
      number: numbered?.number ?? '',
      title: card.props.title,
      durationSeconds: card.props.spec.durationSeconds,
      spec: card.props.spec,
      prompt: composePrompt(card.props.spec),
      take: take ? filmTake(take, resolve) : null,
      sceneLabel: numbered?.sceneLabel ?? null,
      scene: numbered ? filmScene(numbered) : null,
    }
  })
  return {
    title: board.title,
    exportedAt: options.exportedAt ?? new Date(),
    fps: options.fps ?? DEFAULT_FILM_FPS,
    shots,
  }
}

/** The scene of a numbered shot, named as the board's sequence strip names it. */
export function filmScene(numbered: ShotNumber): FilmScene | null {
  const name = sceneName(numbered)
  if (!numbered.sceneId || name === null) return null
  return { id: numbered.sceneId, name, label: numbered.sceneLabel, act: numbered.act }
}

function filmTake(take: Take, resolve: (url: string) => string | null): FilmTake | null {
  const clip = take.clip
  if (!clip) return null
  return {
    id: take.id,
    provider: take.provider,
    model: take.model,
    seed: take.seed,
    clip: {
      path: resolve(clip.url),
      url: clip.url,
      kind: clip.kind,
      mime: clip.mime,
      width: clip.width,
      height: clip.height,
      fps: clip.fps,
      durationMs: clip.durationMs,
    },
    posterUrl: clip.posterUrl,
    posterPath: clip.posterUrl ? resolve(clip.posterUrl) : null,
  }
}

/** The file name a clip is known by: the last part of its path or URL. */
export function clipFileName(clip: FilmClip): string {
  const source = clip.path ?? clip.url ?? ''
  const withoutQuery = source.split(/[?#]/)[0] ?? ''
  return withoutQuery.split(/[\\/]/).pop() ?? ''
}

/** Where a timeline points an editor for a clip: its file as a file:// URL, else its URL. */
export function defaultMediaUrl(clip: FilmClip): string {
  if (clip.path) return pathToFileURL(clip.path).href
  return clip.url ?? ''
}
