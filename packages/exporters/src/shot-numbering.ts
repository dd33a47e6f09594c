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

export const SHOT_NUMBERING_STYLES = ['plain', 'scene-letter', 'scene-dot'] as const
export type ShotNumberingStyle = (typeof SHOT_NUMBERING_STYLES)[number]

export interface SceneGroup {
  cardIds: readonly string[]
  /** Shown with the shot, e.g. the frame's name ("Act 1: The storm"). */
  label?: string
  /** The scene's own number as written; otherwise scenes count 1, 2, 3 in order. */
  number?: string
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
  number: string
  label: string | null
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
        loose = { number: String(sceneCount), label: null, shots: 0 }
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
        state = { number: scene.number ?? String(sceneCount), label: scene.label ?? null, shots: 0 }
        states.set(group, state)
      }
    }
    state.shots += 1
    result.set(id, formatNumber(settings.style, position, state))
  })
  return result
}

function formatNumber(style: ShotNumberingStyle, position: number, scene: SceneState): ShotNumber {
  if (style === 'plain') {
    return { number: String(position + 1), sceneNumber: null, sceneLabel: scene.label }
  }
  const inScene =
    style === 'scene-letter' ? shotLetters(scene.shots - 1) : `.${String(scene.shots)}`
  return { number: `${scene.number}${inScene}`, sceneNumber: scene.number, sceneLabel: scene.label }
}
