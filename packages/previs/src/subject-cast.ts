/**
 * The board's cast: how the people named in its other shots are described there ("Maren, a
 * weathered keeper in her sixties, yellow oilskin coat, grey braid"), so that a shot naming one of
 * them alone ("Maren with a storm lantern") draws them as described: their noun (a keeper, not
 * anyone), the words before it, their clothes' colour, their hair, their hat; and a shot that says
 * "the keeper" draws her too. What the shot's own words say of them wins. Pure.
 */
import { readSubjectText, type Entity } from './subject-text.js'

/**
 * People by their name (lower case), as first described on the board; and by their noun
 * (`noun:keeper`) when it says who they are ("the keeper" is Maren, a keeper), not only what.
 */
export type Cast = ReadonlyMap<string, Entity>

/** Nouns that say only what someone is, never who: "a man" is not the man of another shot. */
// prettier-ignore
const ANYONE = new Set([
  'person', 'man', 'woman', 'boy', 'girl', 'child', 'kid', 'baby', 'figure', 'guy', 'lady',
  'gentleman', 'friend', 'stranger', 'people', 'adult', 'teenager', 'teen', 'human', 'someone',
])

/** Whether an entity says anything of how its person looks. */
const describes = (entity: Entity) =>
  entity.noun !== 'person' ||
  entity.modifiers.length > 0 ||
  entity.clothes !== undefined ||
  (entity.features?.length ?? 0) > 0

/** Whether an entity says anything of its person's looks beyond its noun. */
const describesLooks = (entity: Entity) =>
  entity.modifiers.length > 0 || entity.clothes !== undefined || (entity.features?.length ?? 0) > 0

/** The named people of the board's shots (their subject texts), each as first described. */
export function castFrom(subjectTexts: readonly string[]): Cast {
  const cast = new Map<string, Entity>()
  for (const text of subjectTexts) {
    for (const entity of readSubjectText(text)) {
      if (entity.kind !== 'person' || !entity.called || cast.has(entity.called)) continue
      if (!describes(entity)) continue
      cast.set(entity.called, entity)
      const byNoun = `noun:${entity.noun}`
      if (!ANYONE.has(entity.noun) && !cast.has(byNoun)) cast.set(byNoun, entity)
    }
  }
  return cast
}

/** Fill in, in place, what a shot leaves unsaid of the people it names from their description. */
export function dressFromCast(entities: readonly Entity[], cast: Cast): void {
  for (const entity of entities) {
    // Named, or one person said by a noun that says who they are, with nothing said of them.
    const byNoun =
      !entity.called && entity.count === 1 && !describesLooks(entity)
        ? cast.get(`noun:${entity.noun}`)
        : undefined
    const described = entity.called ? cast.get(entity.called) : byNoun
    if (!described || entity.kind !== 'person') continue
    if (entity.noun === 'person') entity.noun = described.noun
    if (entity.modifiers.length === 0) entity.modifiers = [...described.modifiers]
    entity.clothes ??= described.clothes
    if (!entity.features?.length && described.features) entity.features = [...described.features]
  }
}
