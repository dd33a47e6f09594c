/**
 * What each object, and each animal or bird that can sit on furniture, stands on. Most stand on
 * the ground; a small object the words put on a table or a stand ("a vase on a table") is drawn on
 * one of its own; one the words put on another object the text names ("a table, a vase on the
 * table", "a desk, a lamp on it", "a table, a cat on the table") stands on that object: at its
 * place and depth, raised by its height, side by side with anything else standing there, and with
 * no support of its own drawn. A horse "on the table" stays on the ground.
 */
import {
  objectFootprint,
  objectLook,
  objectSupport,
  surfaceHeight,
  type ObjectLook,
} from './subject-objects.js'
import type { Entity } from './subject-text.js'
import { subjectWidth } from './subject-words.js'

/** Metres between things standing side by side on the same subject. */
const SIDE_BY_SIDE = 0.1

export type Footing = {
  /** For an object: its look, with a support of its own only when it stands on no subject. */
  look?: ObjectLook
  /** The entity it stands on (its index), if it stands on one. */
  on?: number
  /** Metres above the ground it stands at (0 on the ground or on a support of its own). */
  height: number
  /** Metres from the centre of what it stands on to the centre of its row of `count` things. */
  offset: number
  /** Metres between the centres of the things of its count standing in a row. */
  pitch: number
}

/** Animals small enough to sit on a table or a chair; birds can perch on one too. */
const SMALL_ANIMALS = new Set(['cat', 'dog', 'puppy', 'fox'])

/** Whether an entity can stand on another thing: an object, a small animal or a bird. */
function canStandOnThings(entity: Entity): boolean {
  return (
    entity.kind === 'object' ||
    entity.kind === 'bird' ||
    (entity.kind === 'animal' && SMALL_ANIMALS.has(entity.noun))
  )
}

/** Each entity's footing, in the order of `entities`. */
export function readFootings(entities: readonly Entity[], text: string): Footing[] {
  // Only objects hold things up.
  const objects = entities.flatMap((e, i) => (e.kind === 'object' ? [i] : []))
  const mentions = entities.map((entity, i) =>
    canStandOnThings(entity)
      ? objectSupport(
          text,
          entity.noun,
          objects.filter((j) => j !== i).map((j) => (entities[j] as Entity).noun),
        )
      : null,
  )
  const on = mentions.map((mention, i): number | undefined => {
    if (!mention) return undefined
    const found =
      mention.word === 'it'
        ? Math.max(-1, ...objects.filter((j) => j < i)) // the object named just before
        : objects.find((j) => j !== i && entities[j]?.noun === mention.word)
    return found === undefined || found < 0 ? undefined : found
  })
  // "A vase on the box, a box on the vase": a ring stands nothing on anything.
  on.forEach((_, i) => {
    let at = on[i]
    for (let steps = 0; at !== undefined && steps <= entities.length; steps++) {
      if (at === i) {
        on[i] = undefined
        return
      }
      at = on[at]
    }
  })
  const looks = entities.map((entity, i) =>
    entity.kind === 'object'
      ? objectLook(
          entity.noun,
          entity.modifiers,
          on[i] === undefined ? (mentions[i]?.support ?? null) : null,
          on[i] !== undefined,
        )
      : undefined,
  )
  const heights: number[] = []
  const heightOf = (i: number): number => {
    const cached = heights[i]
    if (cached !== undefined) return cached
    const support = on[i]
    const look = support === undefined ? undefined : looks[support]
    const height = support === undefined || !look ? 0 : surfaceHeight(look, heightOf(support))
    heights[i] = height
    return height
  }
  const pitches = entities.map((entity, i) => {
    const look = looks[i]
    const perched = on[i] !== undefined
    return (
      (look ? objectFootprint(look) : subjectWidth(entity.kind, entity.noun, { perched })) +
      SIDE_BY_SIDE
    )
  })
  // Things sharing a subject stand in a row across it, centred on it, in the order named.
  const offsets = entities.map(() => 0)
  for (const support of new Set(on)) {
    if (support === undefined) continue
    const row = entities.flatMap((_, i) => (on[i] === support ? [i] : []))
    const span = (i: number) => (entities[i] as Entity).count * (pitches[i] as number)
    let left = -row.reduce((sum, i) => sum + span(i), 0) / 2
    for (const i of row) {
      offsets[i] = left + span(i) / 2
      left += span(i)
    }
  }
  return entities.map((_, i) => {
    const look = looks[i]
    const support = on[i]
    return {
      ...(look ? { look } : {}),
      ...(support === undefined ? {} : { on: support }),
      height: heightOf(i),
      offset: offsets[i] as number,
      pitch: pitches[i] as number,
    }
  })
}
