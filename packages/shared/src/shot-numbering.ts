/**
 * Shot numbering as a setting, pure over the film order and the scenes:
 *
 *   plain         1, 2, 3, ...
 *   scene-letter  1A, 1B, 2A, ...   (letters run A..Z, then AA, AB, ...)
 *   scene-dot     1.1, 1.2, 2.1, ...
 *
 * Scenes are groups of card ids (a tldraw frame, a sequence panel, a screenplay's scene). A scene
 * is numbered when its first card appears in the order; a scene that is intercut keeps its
 * number and its shots keep counting. A run of consecutive cards outside every scene is a scene
 * of its own. A scene may carry its own number (a screenplay's `#12#`), used as written.
 */

import { z } from 'zod'

export const SHOT_NUMBERING_STYLES = ['plain', 'scene-letter', 'scene-dot'] as const
export type ShotNumberingStyle = (typeof SHOT_NUMBERING_STYLES)[number]
export const shotNumberingStyleSchema = z.enum(SHOT_NUMBERING_STYLES)
export const DEFAULT_SHOT_NUMBERING: ShotNumberingStyle = 'plain'

/** How each style reads, for menus. */
export const SHOT_NUMBERING_EXAMPLES: Record<ShotNumberingStyle, string> = {
  plain: '1, 2, 3',
  'scene-letter': '1A, 1B, 2A',
  'scene-dot': '1.1, 1.2, 2.1',
}

export interface SceneGroup {
  /** What the scene is known by on the board, e.g. its frame's shape id. */
  id?: string
  cardIds: readonly string[]
  /** Shown with the shot, e.g. the frame's name ("Act 1: The storm"). */
  label?: string
  /** The scene's own number as written; otherwise scenes count 1, 2, 3 in order. */
  number?: string
  /** The act the scene sits in, e.g. the name of a frame around the scene's frame. */
  act?: string
}

export interface ShotNumberingSettings {
  style: ShotNumberingStyle
  scenes?: readonly SceneGroup[]
}

export interface ShotNumber {
  number: string
  /** The scene's number, or null in plain numbering. */
  sceneNumber: string | null
  sceneLabel: string | null
  /** The scene's count in film order (1, 2, 3...), in every style; runs of loose cards count too. */
  sceneOrdinal: number
  /** The scene group's id, or null for a run of cards outside every scene. */
  sceneId: string | null
  act: string | null
}

/** "A".."Z", "AA", "AB", ... for 0, 1, 2, ... */
export function shotLetters(index: number): string {
  let n = index
  let letters = ''
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return letters
}

interface SceneState {
  ordinal: number
  number: string
  label: string | null
  id: string | null
  act: string | null
  shots: number
}

/** Shot numbers by card id, for cards in film order. */
export function numberShots(
  order: readonly string[],
  settings: ShotNumberingSettings,
): Map<string, ShotNumber> {
  const groupOf = new Map<string, number>()
  const scenes = settings.scenes ?? []
  scenes.forEach((scene, index) => {
    for (const id of scene.cardIds) if (!groupOf.has(id)) groupOf.set(id, index)
  })
  const result = new Map<string, ShotNumber>()
  const states = new Map<number, SceneState>()
  let sceneCount = 0
  let loose: SceneState | null = null
  order.forEach((id, position) => {
    const group = groupOf.get(id)
    let state: SceneState
    if (group === undefined) {
      if (!loose) {
        sceneCount += 1
        loose = {
          ordinal: sceneCount,
          number: String(sceneCount),
          label: null,
          id: null,
          act: null,
          shots: 0,
        }
      }
      state = loose
    } else {
      loose = null
      const known = states.get(group)
      if (known) {
        state = known
      } else {
        sceneCount += 1
        const scene = scenes[group] as SceneGroup
        state = {
          ordinal: sceneCount,
          number: scene.number ?? String(sceneCount),
          label: scene.label ?? null,
          id: scene.id ?? `scene-${String(group)}`,
          act: scene.act ?? null,
          shots: 0,
        }
        states.set(group, state)
      }
    }
    state.shots += 1
    result.set(id, formatNumber(settings.style, position, state))
  })
  return result
}

function formatNumber(style: ShotNumberingStyle, position: number, scene: SceneState): ShotNumber {
  const about = {
    sceneLabel: scene.label,
    sceneOrdinal: scene.ordinal,
    sceneId: scene.id,
    act: scene.act,
  }
  if (style === 'plain') return { number: String(position + 1), sceneNumber: null, ...about }
  const inScene =
    style === 'scene-letter' ? shotLetters(scene.shots - 1) : `.${String(scene.shots)}`
  return { number: `${scene.number}${inScene}`, sceneNumber: scene.number, ...about }
}

/**
 * How a shot's scene is named wherever it is shown (the strip's bands, the player's slate, the
 * exports): the frame's name, or "Scene <number>" for an unnamed one, after its act when it has
 * one ("Act one · The storm"). Null for a shot outside every scene.
 */
export function sceneName(shot: ShotNumber): string | null {
  if (!shot.sceneId) return null
  const name = shot.sceneLabel ?? `Scene ${shot.sceneNumber ?? String(shot.sceneOrdinal)}`
  return shot.act ? `${shot.act} · ${name}` : name
}

/** A stored numbering setting, or the default when it is missing or not one of the styles. */
export function readShotNumberingStyle(value: unknown): ShotNumberingStyle {
  const parsed = shotNumberingStyleSchema.safeParse(value)
  return parsed.success ? parsed.data : DEFAULT_SHOT_NUMBERING
}
