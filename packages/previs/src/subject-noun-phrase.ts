/**
 * One noun phrase of a subject ("an old typewriter", "the lighthouse keeper", "Maren"): what it
 * names, if anything. The last word the planner knows is the noun ("a lighthouse keeper" is a
 * person, "the lamp mantle" a lamp); failing that, a capitalised word with no article is a
 * name, so a person; failing that, the phrase's last word is an object's noun, but only where a
 * subject can stand. A phrase after a preposition or a verb ("in a yellow oilskin", "holding a
 * lantern") describes what came before it: known people, animals, vehicles and the like still
 * count there, as they always have, but no new object does.
 */
import type { CarriedWord } from './subject-carried.js'
import { isModifierOnly, looksLikeVerb } from './subject-grammar.js'
import { PUSHED_THINGS } from './subject-objects.js'
import { GROUP_WORDS, SUBJECT_WORDS, type SubjectKind } from './subject-words.js'

export type Word = { text: string; capital: boolean }

/**
 * Where a phrase stands: `subject` where a new subject may be named (the start, after a comma,
 * "and" or a relation), `with` after "with" (what someone has, or who is beside them),
 * `attribute` after a preposition or a verb.
 */
export type PhraseRole = 'subject' | 'with' | 'attribute'

export type NounPhrase = {
  /** The phrase's words after its article or count, lower case, with their capitalisation. */
  words: Word[]
  /** An article, possessive or count came first ("a", "the", "her", "two"). */
  determiner: boolean
  /** From a count word ("two", "a group of"), else 0. */
  count: number
  role: PhraseRole
  /** It opens a sentence or follows a relation, so it may name a subject without an article. */
  opening: boolean
  /** Capitals may mark names (not when the whole text is in title case). */
  namesAllowed: boolean
}

export type Mention = {
  kind: SubjectKind
  noun: string
  count: number
  /** The words before the noun ("old", "red"), which colour an object. */
  modifiers: string[]
  /** Named by a proper name rather than a noun. */
  name: boolean
  /** The proper name, lower case ("maren"), when named by one. */
  called?: string
  /** A person's clothes' colour word, the first said of what they wear (subject-clothes.ts). */
  clothes?: string
  /** Phrases about a person's hair, beard or hat said after their noun ("grey braid"). */
  features?: (readonly string[])[]
  /** What a person carries, in the order named (subject-carried.ts). */
  carries?: CarriedWord[]
}

const NOUN_KINDS = new Map<string, SubjectKind>()
for (const [kind, nouns] of Object.entries(SUBJECT_WORDS) as [SubjectKind, readonly string[]][]) {
  for (const word of nouns) NOUN_KINDS.set(word, kind)
}

/** Compound words for people: policeman, watchwoman, firemen. */
const PERSON_ENDINGS = /(man|woman|men|women)$/
// prettier-ignore
const NOT_PEOPLE = new Set([
  'snowman', 'snowmen', 'talisman', 'ottoman', 'caiman', 'walkman', 'doberman', 'ramen', 'abdomen',
  'specimen', 'regimen', 'acumen', 'stamen', 'albumen',
])

const IRREGULAR_PLURALS: Record<string, string> = {
  geese: 'goose',
  mice: 'mouse',
  oxen: 'ox',
  teeth: 'tooth',
  feet: 'foot',
  dice: 'die',
}

/** What a plural word may be the plural of: "wolves" wolf or wolfe, "ponies" pony, "boxes" box. */
function singulars(word: string): string[] {
  const irregular = IRREGULAR_PLURALS[word]
  if (irregular) return [irregular]
  const stems: string[] = []
  if (word.endsWith('ies')) stems.push(`${word.slice(0, -3)}y`)
  if (word.endsWith('ves')) stems.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`)
  if (word.endsWith('es')) stems.push(word.slice(0, -2))
  if (word.endsWith('s')) stems.push(word.slice(0, -1))
  return stems
}

export function nounKind(
  word: string,
): { kind: SubjectKind; noun: string; plural: boolean } | null {
  const exact = NOUN_KINDS.get(word)
  if (exact) return { kind: exact, noun: word, plural: word === 'men' || word === 'women' }
  for (const stem of singulars(word)) {
    const kind = NOUN_KINDS.get(stem)
    if (kind) return { kind, noun: stem, plural: true }
  }
  if (word.length >= 5 && PERSON_ENDINGS.test(word) && !NOT_PEOPLE.has(word)) {
    return { kind: 'person', noun: 'person', plural: word.endsWith('men') }
  }
  return null
}

/** Drop trailing participles and adverbs ("an orb glowing", "a man slowly"), unless that leaves only adjectives. */
function withoutTrailingVerbs(words: Word[]): Word[] {
  let end = words.length
  while (end > 1 && looksLikeVerb((words[end - 1] as Word).text)) end--
  const last = words[end - 1] as Word
  return end < words.length && isModifierOnly(last.text) ? words : words.slice(0, end)
}

/** People named by their hair: only as the last word of a phrase. */
const HAIR_PEOPLE = new Set(['blonde', 'blond', 'brunette', 'redhead'])

/**
 * Words that make a living thing, a vehicle or a boat a toy or a likeness of one: "a teddy bear",
 * "a toy car", "a stuffed owl", "a paper boat", "a toy soldier" are things, not the real ones.
 */
// prettier-ignore
const LIKENESS_WORDS = new Set([
  'teddy', 'toy', 'stuffed', 'plush', 'cuddly', 'rocking', 'paper', 'miniature', 'plastic',
  'clockwork', 'porcelain', 'origami', 'cardboard', 'inflatable',
])

export function readNounPhrase(phrase: NounPhrase): Mention | null {
  const words = withoutTrailingVerbs(phrase.words)
  const canOpen =
    phrase.role === 'subject' && (phrase.opening || phrase.determiner || phrase.count > 0)
  for (let i = words.length - 1; i >= 0; i--) {
    const known = nounKind((words[i] as Word).text)
    if (!known) continue
    // "a blonde" is a person, but "blonde hair" is hair and "a blonde woman" a woman.
    if (HAIR_PEOPLE.has(known.noun) && i !== words.length - 1) continue
    const likeness = words.slice(0, i).some((w) => LIKENESS_WORDS.has(w.text))
    const kind = likeness ? 'object' : known.kind
    // A thing after "with" or a verb is a prop of the one before ("a man with a lantern"), not a
    // subject; a pram is big enough to be one ("a mother pushing a pram").
    if (kind === 'object' && !canOpen && !PUSHED_THINGS.has(known.noun)) return null
    return {
      kind,
      noun: known.noun,
      count: phrase.count || GROUP_WORDS[known.noun] || (known.plural ? 2 : 1),
      modifiers: words.slice(0, i).map((w) => w.text),
      name: false,
    }
  }
  const head = words[words.length - 1]
  if (!head || isModifierOnly(head.text)) return null
  const modifiers = words.slice(0, -1).map((w) => w.text)
  if (head.capital && phrase.namesAllowed && !phrase.determiner && phrase.role !== 'attribute') {
    return { kind: 'person', noun: 'person', count: 1, modifiers, name: true, called: head.text }
  }
  if (!canOpen) return null
  return { kind: 'object', noun: head.text, count: phrase.count || 1, modifiers, name: false }
}
