/**
 * Reading subject text: the nouns it names (with counts) and the spatial relations between them,
 * as entities in order of mention, each with the relation that places it and what it is relative to.
 */
import { COUNT_WORDS, GROUP_WORDS, SUBJECT_WORDS, type SubjectKind } from './subject-words.js'

export type Relation =
  | 'left-of'
  | 'right-of'
  | 'in-front-of'
  | 'behind'
  | 'beside'
  | 'background'
  | 'foreground'
  | 'at-left'
  | 'at-right'

type Token =
  | { type: 'mention'; kind: SubjectKind; noun: string; count: number }
  | { type: 'relation'; relation: Relation; backReference: boolean }

const RELATION_PHRASES: [string, Relation, boolean][] = [
  ['to the left of', 'left-of', false],
  ['on the left of', 'left-of', false],
  ['left of', 'left-of', false],
  ['to the right of', 'right-of', false],
  ['on the right of', 'right-of', false],
  ['right of', 'right-of', false],
  ['in front of', 'in-front-of', false],
  ['behind', 'behind', false],
  ['beside', 'beside', false],
  ['next to', 'beside', false],
  ['alongside', 'beside', false],
  ['with', 'beside', false],
  ['in the background', 'background', false],
  ['in the distance', 'background', false],
  ['far behind', 'background', false],
  ['in the foreground', 'foreground', false],
  ['up close', 'foreground', false],
  ['on the left', 'at-left', false],
  ['to the left', 'at-left', false],
  ['at left', 'at-left', false],
  ['on the right', 'at-right', false],
  ['to the right', 'at-right', false],
  ['at right', 'at-right', false],
]
for (const pronoun of ['his', 'her', 'their', 'its']) {
  for (const preposition of ['to', 'on', 'at']) {
    RELATION_PHRASES.unshift([`${preposition} ${pronoun} left`, 'left-of', true])
    RELATION_PHRASES.unshift([`${preposition} ${pronoun} right`, 'right-of', true])
  }
  RELATION_PHRASES.unshift([
    `in front of ${pronoun === 'its' ? 'it' : pronoun}`,
    'in-front-of',
    true,
  ])
  RELATION_PHRASES.unshift([`behind ${pronoun === 'its' ? 'it' : pronoun}`, 'behind', true])
}

const NOUN_KINDS = new Map<string, SubjectKind>()
for (const [kind, words] of Object.entries(SUBJECT_WORDS) as [SubjectKind, readonly string[]][]) {
  for (const word of words) NOUN_KINDS.set(word, kind)
}

function nounKind(word: string): { kind: SubjectKind; noun: string; plural: boolean } | null {
  const exact = NOUN_KINDS.get(word)
  if (exact) return { kind: exact, noun: word, plural: word === 'men' || word === 'women' }
  for (const suffix of ['es', 's']) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length)
      const kind = NOUN_KINDS.get(stem)
      if (kind) return { kind, noun: stem, plural: true }
    }
  }
  return null
}

function tokenize(text: string): Token[] {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? []
  const tokens: Token[] = []
  let pendingCount = 0
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(' ')
    const phrase = RELATION_PHRASES.find(([p]) => rest === p || rest.startsWith(`${p} `))
    if (phrase) {
      tokens.push({ type: 'relation', relation: phrase[1], backReference: phrase[2] })
      i += phrase[0].split(' ').length - 1
      continue
    }
    const word = words[i] as string
    const group = GROUP_WORDS[word]
    if (group !== undefined && words[i + 1] === 'of') {
      pendingCount = group
      i++
      continue
    }
    const count = COUNT_WORDS[word]
    if (count !== undefined) {
      pendingCount = count
      continue
    }
    const noun = nounKind(word)
    if (noun) {
      const count = pendingCount || GROUP_WORDS[noun.noun] || (noun.plural ? 2 : 1)
      tokens.push({ type: 'mention', kind: noun.kind, noun: noun.noun, count })
      pendingCount = 0
    }
  }
  return tokens
}

export type Entity = {
  kind: SubjectKind
  noun: string
  count: number
  relation?: Relation
  ref?: number
}

/** Mentions in order, each with the relation that places it (if any) and what it is relative to. */
export function readSubjectText(text: string): Entity[] {
  return resolveRelations(tokenize(text))
}

function resolveRelations(tokens: Token[]): Entity[] {
  const entities: Entity[] = []
  const mentionAt: number[] = [] // token index -> entity index (-1 for relations)
  for (const token of tokens) {
    if (token.type === 'mention') {
      mentionAt.push(entities.length)
      entities.push({ kind: token.kind, noun: token.noun, count: token.count })
    } else mentionAt.push(-1)
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
