/**
 * Subject text as a sequence of tokens: mentions (noun phrases that name something, read by
 * subject-noun-phrase.ts) and relation phrases ("left of", "in the background"), in order. Each
 * run of words between articles, prepositions, conjunctions, pronouns, verbs and punctuation is
 * one noun phrase, read with the role it stands in.
 */
import {
  CLAUSE_CONJUNCTIONS,
  DETERMINERS,
  FILLERS,
  isFunctionWord,
  isModifierOnly,
  LIST_CONJUNCTIONS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  TITLE_ABBREVIATIONS,
  VERB_FORMS,
} from './subject-grammar.js'
import {
  nounKind,
  readNounPhrase,
  type Mention,
  type PhraseRole,
  type Word,
} from './subject-noun-phrase.js'
import { cladColour, dress, saysWorn, wornKind } from './subject-clothes.js'
import {
  carriedThing,
  carryingVerb,
  headIndex,
  MEASURE_WORDS,
  ofWhat,
  type CarriedPose,
  type CarriedWord,
} from './subject-carried.js'
import { COLLECTIVE_WORDS, COUNT_WORDS, GROUP_WORDS } from './subject-words.js'

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

export type Token =
  | ({ type: 'mention'; commaBefore: boolean; definite: boolean } & Mention)
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

type Lexeme = { word: string; capital: boolean; sentenceStart: boolean } | { mark: string }

/** Words (apostrophe endings dropped: "the keeper's lamp") and the punctuation between them. */
function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = []
  let sentenceStart = true
  for (const [raw] of text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?|[,;:.!?&]/gu)) {
    if (/^[,;:.!?&]$/.test(raw)) {
      const previous = lexemes[lexemes.length - 1]
      if (raw === '.' && previous && 'word' in previous && TITLE_ABBREVIATIONS.has(previous.word))
        continue
      lexemes.push({ mark: raw })
      sentenceStart = /[.!?:]/.test(raw)
      continue
    }
    const word = raw.replace(/['’].*$/, '')
    const capital = word[0] !== word[0]?.toLowerCase()
    lexemes.push({ word: word.toLowerCase(), capital, sentenceStart })
    sentenceStart = false
  }
  return lexemes
}

/** Title case or capitals throughout ("Red Umbrella On A Bench"): capitals say nothing about names. */
function isTitleCase(text: string, lexemes: Lexeme[]): boolean {
  const shouted = text.match(/\p{L}{2,}/gu)?.some((w) => w === w.toUpperCase()) ?? false
  return (
    shouted ||
    lexemes.some((l) => 'word' in l && l.capital && !l.sentenceStart && isFunctionWord(l.word))
  )
}

/** The relation phrase that starts at lexeme i, if any (never across punctuation). */
function relationAt(lexemes: Lexeme[], i: number): [string, Relation, boolean] | undefined {
  const rest: string[] = []
  for (let j = i; j < lexemes.length && j < i + 5; j++) {
    const lexeme = lexemes[j] as Lexeme
    if (!('word' in lexeme)) break
    rest.push(lexeme.word)
  }
  const joined = rest.join(' ')
  return RELATION_PHRASES.find(([p]) => joined === p || joined.startsWith(`${p} `))
}

/** Articles that point at something already named: "a dog right of the boy". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])

export type Reading = { tokens: Token[]; personPronoun: boolean; anyWord: boolean }

/** Mentions and relations in order, and whether the text has a person's pronoun or any word at all. */
export function tokenize(text: string): Reading {
  const lexemes = lex(text)
  const namesAllowed = !isTitleCase(text, lexemes)
  const tokens: Token[] = []
  let role: PhraseRole = 'subject'
  let lastRole: PhraseRole = 'subject'
  let opening = true
  let determiner = false
  let definite = false
  let count = 0
  let commaBefore = false
  let withAt = -1 // the token index of a "with" relation waiting for its phrase
  // After "wearing": the phrase is what the one before has on; after "in", if it says so.
  let dressing: 'in' | 'wearing' | null = null
  let lastDressing: 'in' | 'wearing' | null = null
  let personPronoun = false
  let run: Word[] = []
  let anyWord = false
  // Whose hands the phrases after "with", a carrying verb or "under" put things in, and how.
  let carry: Carrying | null = null
  // The thing carried just before "of" ("a box of matches"), or a handful ("a bunch of").
  let carried: Held = null
  let ofCarried: Held = null
  // Hands a list of carried things goes on into after a comma ("with a lantern, a map").
  let listCarry: Carrying | null = null
  const flush = () => {
    if (run.length === 0) return
    anyWord = true
    const phrase = run.map((w) => w.text)
    const withPending = role === 'with' && withAt === tokens.length - 1
    const of = ofCarried
    ofCarried = carried = null
    if (of && carry) {
      // "a box of matches", "a mug of tea", "a bunch of flowers": what the thing is, no more.
      if (of === 'handful') carried = give(carry, phrase)
      else refine(carry.by, of, ofWhat(of, phrase))
      endPhrase()
      return
    }
    // "a woman, red scarf", "a man with a black hat": what a person has on, not a subject.
    const appended = (role === 'subject' && !opening) || role === 'with'
    const wearer = personAt(tokens, tokens.length - (withPending ? 2 : 1))
    // "a man in a cowboy hat": the hat is what he has on, not a cowboy.
    const worn =
      (appended || dressing !== null) && wearer !== undefined && wornKind(phrase) !== null
    const listed = listCarry
    listCarry = null
    if (!worn && listed && role === 'subject' && commaBefore) {
      // "a man with a lantern, a map": the map is in his hand too; "a man with a lantern, a dog"
      // is a man and a dog.
      const thing = give(listed, phrase)
      if (thing) {
        carried = thing
        carry = listed
        endPhrase()
        return
      }
    }
    const mention = worn
      ? null
      : readNounPhrase({ words: run, determiner, count, role, opening, namesAllowed })
    if (!mention && run.every((w) => isModifierOnly(w.text))) {
      if (dressing) dressLast(tokens, phrase) // "a man in red"
      run = [] // "an old and rusty typewriter": the phrase goes on
      return
    }
    if (mention) tokens.push({ type: 'mention', ...clothed(mention), commaBefore, definite })
    else if (worn) {
      if (withPending) tokens.pop()
      dress(wearer, phrase)
    } else if (carry && (carried = give(carry, phrase))) {
      if (withPending) tokens.pop() // "a man with a lantern": in his hand
    } else if (withPending)
      tokens.pop() // "a man with a crate"
    else if (dressing === 'wearing' || (dressing === 'in' && saysWorn(phrase)))
      dressLast(tokens, phrase)
    endPhrase()
  }
  const endPhrase = () => {
    lastDressing = dressing
    dressing = null
    lastRole = role
    role = 'attribute'
    opening = determiner = definite = commaBefore = false
    count = 0
    run = []
  }
  for (let i = 0; i < lexemes.length; i++) {
    const lexeme = lexemes[i] as Lexeme
    if ('mark' in lexeme) {
      flush()
      if (lexeme.mark === '&') {
        role = lastRole
        // "in a trench coat and fedora": what follows "and" is worn as well.
        dressing = lastDressing
      } else {
        listCarry = lexeme.mark === ',' && carry && carried ? carry : null
        carry = null
        role = 'subject'
        opening = lexeme.mark !== ','
        commaBefore = lexeme.mark === ','
      }
      continue
    }
    const phrase = relationAt(lexemes, i)
    if (phrase) {
      flush()
      const by = phrase[0] === 'with' ? lastPerson(tokens) : undefined
      carry = by ? { by } : null
      tokens.push({ type: 'relation', relation: phrase[1], backReference: phrase[2] })
      withAt = phrase[0] === 'with' ? tokens.length - 1 : -1
      role = phrase[0] === 'with' ? 'with' : 'subject'
      opening = true
      i += phrase[0].split(' ').length - 1
      continue
    }
    const { word } = lexeme
    const pose = carryingVerb(word)
    if (pose) {
      // "a woman holding an umbrella", "a man, clutching a lantern": what follows is in the hand
      // of the person named last.
      flush()
      const by = lastPerson(tokens)
      if (by) {
        carry = { by, pose }
        role = 'attribute'
        opening = false
        dressing = null
        continue
      }
    }
    const next = lexemes[i + 1]
    const ofNext = next !== undefined && 'word' in next && next.word === 'of'
    const group = GROUP_WORDS[word] ?? COLLECTIVE_WORDS[word]
    const countWord = COUNT_WORDS[word]
    const numbered = ofNext && group !== undefined ? groupOfNumber(lexemes, i + 2) : undefined
    if (numbered !== undefined && GROUP_WORDS[word] !== undefined) {
      // "a family of four", "a band of three": that many of the group's own kind.
      flush()
      count = numbered
      determiner = true
      run.push({ text: word, capital: lexeme.capital })
      i += 2
    } else if ((group !== undefined && ofNext) || countWord !== undefined) {
      flush()
      count = countWord ?? (group as number)
      determiner = true
      if (ofNext) i++
    } else if (DETERMINERS.has(word)) {
      flush()
      determiner = true
      definite = DEFINITE.has(word)
    } else if (PREPOSITIONS.has(word)) {
      flush()
      role = 'attribute'
      opening = false
      dressing = word === 'in' ? 'in' : null
      if (word === 'of' && carried) ofCarried = carried
      else if (SHELTER.has(word)) {
        // "a man under an umbrella": held up over his head.
        const by = lastPerson(tokens)
        carry = by ? { by, pose: 'overhead', shelter: true } : null
      } else carry = null
    } else if (LIST_CONJUNCTIONS.has(word)) {
      flush()
      role = lastRole
      // "in a trench coat and fedora": what follows "and" is worn as well.
      dressing = lastDressing
    } else if (CLAUSE_CONJUNCTIONS.has(word)) {
      flush()
      carry = null
      role = 'subject'
      opening = true
    } else if (PERSON_PRONOUNS.has(word) || OTHER_PRONOUNS.has(word)) {
      flush()
      carry = null
      personPronoun ||= PERSON_PRONOUNS.has(word)
      // "She, in a red coat, waits": with no one named before it, the pronoun is the person what
      // follows dresses and puts things in the hands of.
      if (SOMEONE.has(word) && !tokens.some((token) => token.type === 'mention')) {
        const person = { kind: 'person' as const, noun: 'person', count: 1, modifiers: [] }
        tokens.push({
          type: 'mention',
          ...person,
          name: false,
          commaBefore: false,
          definite: false,
        })
      }
      role = 'attribute' // what follows a pronoun is its verb and that verb's object
      opening = false
    } else if (FILLERS.has(word)) {
      flush()
    } else if (VERB_FORMS.has(word) && run.length > 0 && !isModifierOnly(lastText(run))) {
      flush() // "a dog sleeps", "a man wearing a hat"
      carry = null
      dressing = WEARING.has(word) ? 'wearing' : null
    } else {
      run.push({ text: word, capital: lexeme.capital })
    }
  }
  flush()
  return { tokens: withoutAppositions(tokens), personPronoun, anyWord }
}

/**
 * The number in "of four" when nothing the planner knows follows it ("a family of four walks"),
 * so the group itself is counted; undefined when a noun follows ("a group of three friends").
 */
function groupOfNumber(lexemes: Lexeme[], at: number): number | undefined {
  const countLexeme = lexemes[at]
  if (!countLexeme || !('word' in countLexeme)) return undefined
  const count = COUNT_WORDS[countLexeme.word]
  if (count === undefined) return undefined
  const after = lexemes[at + 1]
  return after && 'word' in after && nounKind(after.word) ? undefined : count
}

/** Pronouns for one person, who may be the subject before anyone is named. */
const SOMEONE = new Set(['he', 'she', 'someone', 'somebody'])

const lastText = (run: Word[]) => (run[run.length - 1] as Word).text

type MentionToken = Token & { type: 'mention' }

/** Whose hands a phrase puts things in, how ("raising a glass"), and whether only an umbrella. */
type Carrying = { by: MentionToken; pose?: CarriedPose; shelter?: boolean }

/** A thing just put in a hand, or a handful of something yet to be named ("a bunch of"). */
type Held = CarriedWord | 'handful' | null

/** Prepositions that put a person under an umbrella. */
const SHELTER = new Set(['under', 'beneath', 'underneath'])

/** The person named last, if the last thing named is one. */
function lastPerson(tokens: Token[]): MentionToken | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]?.type === 'mention') return personAt(tokens, i)
  }
  return undefined
}

/** Put the thing a phrase names in a person's hand, if it is one a person can carry. */
function give(carry: Carrying, phrase: readonly string[]): Held {
  if (MEASURE_WORDS.has(phrase[headIndex(phrase)] ?? '') && !carry.shelter) return 'handful'
  const thing = carriedThing(phrase, carry.pose)
  if (!thing || (carry.shelter && thing.shape !== 'umbrella')) return null
  carry.by.carries = [...(carry.by.carries ?? []), thing]
  return thing
}

/** Put `now` in place of `was` in a person's hands ("a box" that is "of matches"). */
function refine(by: MentionToken, was: CarriedWord, now: CarriedWord): void {
  by.carries = by.carries?.map((thing) => (thing === was ? now : thing))
}

const WEARING = new Set(['wearing', 'wears', 'wore', 'dressed'])

/** The person mention at token index `i`, if it is one. */
function personAt(tokens: Token[], i: number): MentionToken | undefined {
  const token = tokens[i]
  return token?.type === 'mention' && token.kind === 'person' ? token : undefined
}

/** A mention with the colour of a person's clothes its own words give ("a yellow-clad keeper"). */
function clothed(mention: Mention): Mention {
  const clothes = mention.kind === 'person' ? cladColour(mention.modifiers) : undefined
  return clothes ? { ...mention, clothes } : mention
}

/**
 * "a keeper in a yellow oilskin", "a man wearing a red coat": the colour of what a person has on
 * becomes theirs (the clothes are not a subject of their own).
 */
function dressLast(tokens: Token[], phrase: readonly string[]): void {
  const wearer = personAt(tokens, tokens.length - 1)
  if (wearer) dress(wearer, phrase)
}

/**
 * "Maren, a keeper" and "a keeper, Maren" are one person: drop the name beside its description,
 * which takes what the name wears if the name was said first or it has nothing of its own
 * ("Maren in yellow, a keeper", "a keeper, Maren, yellow oilskin"), and what the name carries.
 */
function withoutAppositions(tokens: Token[]): Token[] {
  const description = (i: number) => {
    const person = personAt(tokens, i)
    return person && !person.name ? person : undefined
  }
  return tokens.filter((token, i) => {
    if (token.type !== 'mention' || !token.name) return true
    const next = description(i + 1)
    const previous = description(i - 1)
    const clothes = token.clothes
    const kept = next?.commaBefore ? next : previous && token.commaBefore ? previous : undefined
    if (!kept) return true
    if (kept === next && clothes) kept.clothes = clothes
    else if (clothes) kept.clothes ??= clothes
    // "Maren, a keeper": the keeper is Maren.
    if (token.called) kept.called ??= token.called
    // "Maren with grey hair, a keeper": the keeper's hair.
    if (token.features) kept.features = [...token.features, ...(kept.features ?? [])]
    // "Maren with a lantern, a keeper": the keeper carries it.
    if (token.carries) kept.carries = [...token.carries, ...(kept.carries ?? [])]
    return false
  })
}
