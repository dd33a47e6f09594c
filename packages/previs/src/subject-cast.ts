/**
 * The board's cast: how the people named in its other shots are described there ("Maren, a
 * weathered keeper in her sixties, yellow oilskin coat, grey braid"), so that a shot naming one of
 * them alone ("Maren with a storm lantern") draws them as described: their noun (a keeper, not
 * anyone), the words before it, their clothes' colour, their hair, their hat. What the shot's own
 * words say of them wins. Pure.
 */
import { readSubjectText, type Entity } from './subject-text.js'

/** People by their name (lower case), as first described on the board. */
export type Cast = ReadonlyMap<string, Entity>

/** Whether an entity says anything of how its person looks. */
const describes = (entity: Entity) =>
  entity.noun !== 'person' ||
  entity.modifiers.length > 0 ||
  entity.clothes !== undefined ||
  (entity.features?.length ?? 0) > 0

/** The named people of the board's shots (their subject texts), each as first described. */
export function castFrom(subjectTexts: readonly string[]): Cast {
  const cast = new Map<string, Entity>()
  for (const text of subjectTexts) {
    for (const entity of readSubjectText(text)) {
      if (entity.kind !== 'person' || !entity.called || cast.has(entity.called)) continue
      if (describes(entity)) cast.set(entity.called, entity)
    }
  }
  return cast
}

/** Fill in, in place, what a shot leaves unsaid of the people it names from their description. */
export function dressFromCast(entities: readonly Entity[], cast: Cast): void {
  for (const entity of entities) {
    const described = entity.called ? cast.get(entity.called) : undefined
    if (!described || entity.kind !== 'person') continue
    if (entity.noun === 'person') entity.noun = described.noun
    if (entity.modifiers.length === 0) entity.modifiers = [...described.modifiers]
    entity.clothes ??= described.clothes
    if (!entity.features?.length && described.features) entity.features = [...described.features]
  }
}
