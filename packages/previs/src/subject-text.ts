/**
 * Reading subject text: what it names (with counts) and the spatial relations between them, as
 * entities in order of mention, each with the relation that places it and what it is relative to.
 * People, vehicles, animals, birds, boats and landmarks are known by their nouns, a person also
 * by a name; any other noun where a subject can stand is an object (subject-noun-phrase.ts).
 */
import type { CarriedWord } from './subject-carried.js'
import type { SubjectKind } from './subject-words.js'
import { tokenize, type Relation, type Token } from './subject-tokens.js'

export type Entity = {
  kind: SubjectKind
  noun: string
  count: number
  /** The words before the noun ("old", "red"). */
  modifiers: string[]
  /** A person's clothes' colour word ("yellow" for "a keeper in a yellow oilskin"). */
  clothes?: string
  /** Phrases about a person's hair, beard or hat said after their noun ("grey braid"). */
  features?: (readonly string[])[]
  /** What a person carries ("a man with a lantern"; subject-carried.ts). */
  carries?: CarriedWord[]
  /** A person's proper name, lower case ("maren"). */
  called?: string
  relation?: Relation
  ref?: number
}

/**
 * Mentions in order, each with the relation that places it (if any) and what it is relative to.
 * Text that names nothing the reader can place is still someone if it has a person's pronoun
 * ("she", "someone"), else something; text of only small words ("in the distance") is nobody.
 */
export function readSubjectText(text: string): Entity[] {
  const { tokens, personPronoun, anyWord } = tokenize(text)
  const entities = resolveRelations(tokens)
  if (entities.length > 0) return entities
  if (personPronoun) return [{ kind: 'person', noun: 'person', count: 1, modifiers: [] }]
  if (anyWord) return [{ kind: 'object', noun: 'thing', count: 1, modifiers: [] }]
  return []
}

function resolveRelations(tokens: Token[]): Entity[] {
  const entities: Entity[] = []
  const mentionAt: number[] = [] // token index -> entity index (-1 for relations)
  for (const token of tokens) {
    if (token.type !== 'mention') {
      mentionAt.push(-1)
      continue
    }
    const { kind, noun, count, modifiers, clothes, features, carries, called } = token
    // "a chair left of a table, a bench right of the table": the second table is the first.
    const named = token.definite && !token.name
    const earlier = named ? entities.findIndex((e) => e.kind === kind && e.noun === noun) : -1
    mentionAt.push(earlier >= 0 ? earlier : entities.length)
    if (earlier < 0) {
      entities.push({
        kind,
        noun,
        count,
        modifiers,
        ...(clothes ? { clothes } : {}),
        ...(features ? { features } : {}),
        ...(carries ? { carries } : {}),
        ...(called ? { called } : {}),
      })
      continue
    }
    // "a man, a woman, the man in grey": what the earlier mention wears, if nothing yet, and
    // what it carries.
    const entity = entities[earlier] as Entity
    if (clothes) entity.clothes ??= clothes
    if (features) entity.features = [...(entity.features ?? []), ...features]
    if (carries) entity.carries = [...(entity.carries ?? []), ...carries]
  }
  const before = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if ((mentionAt[j] ?? -1) >= 0) return mentionAt[j] as number
    return -1
  }
  const after = (i: number) => {
    for (let j = i + 1; j < tokens.length; j++)
      if ((mentionAt[j] ?? -1) >= 0) return mentionAt[j] as number
    return -1
  }
  tokens.forEach((token, i) => {
    if (token.type !== 'relation') return
    const { relation } = token
    const absolute = ['background', 'foreground', 'at-left', 'at-right'].includes(relation)
    let subject = before(i)
    let ref = -1
    if (absolute) {
      if (subject < 0) subject = after(i)
    } else if (token.backReference) {
      ref = subject >= 0 ? before(tokens.findIndex((_, j) => mentionAt[j] === subject)) : -1
    } else if (subject >= 0) {
      ref = after(i)
      // "a man with a dog to his left": a trailing relation without a following noun refers back.
      if (ref < 0) ref = before(tokens.findIndex((_, j) => mentionAt[j] === subject))
    } else {
      // "Behind the car, a dog waits": the reference comes first, the subject after it.
      ref = after(i)
      subject = ref >= 0 ? after(tokens.findIndex((_, j) => mentionAt[j] === ref)) : -1
    }
    const entity = entities[subject]
    if (!entity || subject === ref) return
    if (relation === 'beside' && entity.relation) return // a weaker cue never overrides
    entity.relation = relation
    if (ref >= 0) entity.ref = ref
  })
  return entities
}
