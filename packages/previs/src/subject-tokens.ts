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
import { readNounPhrase, type Mention, type PhraseRole, type Word } from './subject-noun-phrase.js'
import { COLOUR_WORDS } from './subject-objects.js'
import { COUNT_WORDS, GROUP_WORDS } from './subject-words.js'

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
  let dressing = false // after "in" or "wearing": the phrase is what the one before has on
  let personPronoun = false
  let run: Word[] = []
  let anyWord = false
  const flush = () => {
    if (run.length === 0) return
    anyWord = true
    const mention = readNounPhrase({ words: run, determiner, count, role, opening, namesAllowed })
    if (!mention && run.every((w) => isModifierOnly(w.text))) {
      if (dressing) dressPerson(tokens, run) // "a man in red"
      run = [] // "an old and rusty typewriter": the phrase goes on
      return
    }
    if (mention) tokens.push({ type: 'mention', ...mention, commaBefore, definite })
    else if (role === 'with' && withAt === tokens.length - 1)
      tokens.pop() // "a man with a lantern"
    else if (dressing) dressPerson(tokens, run)
    dressing = false
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
      if (lexeme.mark === '&') role = lastRole
      else {
        role = 'subject'
        opening = lexeme.mark !== ','
        commaBefore = lexeme.mark === ','
      }
      continue
    }
    const phrase = relationAt(lexemes, i)
    if (phrase) {
      flush()
      tokens.push({ type: 'relation', relation: phrase[1], backReference: phrase[2] })
      withAt = phrase[0] === 'with' ? tokens.length - 1 : -1
      role = phrase[0] === 'with' ? 'with' : 'subject'
      opening = true
      i += phrase[0].split(' ').length - 1
      continue
    }
    const { word } = lexeme
    const next = lexemes[i + 1]
    const ofNext = next !== undefined && 'word' in next && next.word === 'of'
    const group = GROUP_WORDS[word]
    const countWord = COUNT_WORDS[word]
    if ((group !== undefined && ofNext) || countWord !== undefined) {
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
      dressing = word === 'in'
    } else if (LIST_CONJUNCTIONS.has(word)) {
      flush()
      role = lastRole
    } else if (CLAUSE_CONJUNCTIONS.has(word)) {
      flush()
      role = 'subject'
      opening = true
    } else if (PERSON_PRONOUNS.has(word) || OTHER_PRONOUNS.has(word)) {
      flush()
      personPronoun ||= PERSON_PRONOUNS.has(word)
      role = 'attribute' // what follows a pronoun is its verb and that verb's object
      opening = false
    } else if (FILLERS.has(word)) {
      flush()
    } else if (VERB_FORMS.has(word) && run.length > 0 && !isModifierOnly(lastText(run))) {
      flush() // "a dog sleeps", "a man holding a lantern"
      dressing = WEARING.has(word)
    } else {
      run.push({ text: word, capital: lexeme.capital })
    }
  }
  flush()
  return { tokens: withoutAppositions(tokens), personPronoun, anyWord }
}

const lastText = (run: Word[]) => (run[run.length - 1] as Word).text

const WEARING = new Set(['wearing', 'wears', 'wore', 'dressed'])

/**
 * "a keeper in a yellow oilskin", "a man wearing a red coat": the colour of what a person has on
 * becomes theirs (the clothes are not a subject of their own).
 */
function dressPerson(tokens: Token[], run: Word[]): void {
  const wearer = tokens[tokens.length - 1]
  if (wearer?.type !== 'mention' || wearer.kind !== 'person') return
  const colours = run.map((w) => w.text).filter((word) => COLOUR_WORDS[word] !== undefined)
  wearer.modifiers = [...wearer.modifiers, ...colours]
}

/** "Maren, a keeper" and "a keeper, Maren" are one person: drop the name beside its description. */
function withoutAppositions(tokens: Token[]): Token[] {
  const describedPerson = (t: Token | undefined) =>
    t?.type === 'mention' && t.kind === 'person' && !t.name
  return tokens.filter((token, i) => {
    if (token.type !== 'mention' || !token.name) return true
    const next = tokens[i + 1]
    const nextDescribes = describedPerson(next) && next?.type === 'mention' && next.commaBefore
    const previousDescribes = describedPerson(tokens[i - 1]) && token.commaBefore
    return !(nextDescribes || previousDescribes)
  })
}
