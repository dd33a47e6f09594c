/**
 * The scene bands over the sequence strip: consecutive shots in the same scene share a band,
 * labelled on its first shot; and the name a new scene gets. Pure over the film order, the
 * scenes and the shot numbers.
 */
import {
  gatherInSequence,
  numberShots,
  sceneName,
  type SceneGroup,
  type ShotNumber,
} from '@sceneboard/shared'

export const SCENE_TONES = 6

export interface SceneBand {
  sceneId: string
  /** "The storm", or "Act one · The storm"; unnamed scenes are "Scene <number>". */
  label: string
  /** Colour index, 0..SCENE_TONES-1, by the scene's count in the film. */
  tone: number
  /** First and last shot of this run of the scene. */
  start: boolean
  end: boolean
}

/** The band each shot sits under, or null for shots outside every scene. */
export function sceneBands(
  order: readonly string[],
  shots: ReadonlyMap<string, ShotNumber>,
): (SceneBand | null)[] {
  const sceneOf = (index: number) => {
    const id = order[index]
    return id === undefined ? null : (shots.get(id)?.sceneId ?? null)
  }
  return order.map((id, index) => {
    const shot = shots.get(id)
    const label = shot ? sceneName(shot) : null
    if (!shot?.sceneId || label === null) return null
    return {
      sceneId: shot.sceneId,
      label,
      tone: (shot.sceneOrdinal - 1) % SCENE_TONES,
      start: sceneOf(index - 1) !== shot.sceneId,
      end: sceneOf(index + 1) !== shot.sceneId,
    }
  })
}

/**
 * The new scene's name: "Scene N" with the number it gets in the film once its cards are
 * gathered (runs of loose cards count as scenes, as in the shot numbers), so a new scene's name
 * and its shots' numbers agree.
 */
export function newSceneName(
  order: readonly string[],
  cardIds: readonly string[],
  scenes: readonly SceneGroup[],
): string {
  const grouped = new Set(cardIds)
  const others = scenes.map((scene) => ({
    ...scene,
    cardIds: scene.cardIds.filter((id) => !grouped.has(id)),
  }))
  const gathered = gatherInSequence(order, cardIds)
  const numbers = numberShots(gathered, {
    style: 'scene-dot',
    scenes: [...others, { id: 'new', cardIds }],
  })
  const first = gathered.find((id) => grouped.has(id))
  const ordinal = first ? numbers.get(first)?.sceneOrdinal : undefined
  return `Scene ${String(ordinal ?? scenes.length + 1)}`
}
