/**
 * Someone or something the action has the subject watch, find or follow ("watches the trawler
 * sail into the harbour", "sweeps across the water and finds the trawler", "follows a man in a
 * red coat"): a subject of its own, further back than the ones named, moving as the words after
 * it say ("sail into the harbour"). Only people, animals, birds, vehicles and boats: "watches the
 * sunset" or "looks at her watch" add nothing, and a subject already named is not named again.
 * Pure.
 */
import type { SubjectKind } from './subject-words.js'
import { readSubjectText, type Entity } from './subject-text.js'

/** Verbs of watching, finding and following, up to the word before what is watched. */
const WATCHING =
  /\b(watch(es|ed|ing)?|sees?|saw|seeing|spots?|spotted|spotting|sights?|sighted|notices?|noticed|noticing|observes?|observed|observing|finds?|found|finding|follows?|followed|following|tracks?|tracked|tracking|(looks?|looking|stares?|staring|gazes?|gazing|glances?|glancing) (at|after|towards?))\b/

const WATCHABLE = new Set<SubjectKind>(['person', 'animal', 'bird', 'vehicle', 'boat'])

/** Clauses of an action: "watches the trawler sail in and raises the mug" is two. */
const CLAUSE_BREAK = /[,;.]|\band\b|\bwhile\b|\bthen\b/

/** What is watched, the words said of it after its noun (what it does), and how far back (m). */
export type Watched = { entity: Entity; words: string; distance: number }

/**
 * How far behind the named subjects each kind is watched from: a boat out on the water, a car
 * down the street, a person or an animal a little way off.
 */
const DISTANCE: Partial<Record<SubjectKind, number>> = { boat: 80, vehicle: 30 }
const NEARBY = 14

/**
 * Subjects the action watches, finds or follows, in the order said, each once, none of them
 * already among `named`; each in the background.
 */
export function watchedSubjects(actionText: string, named: readonly Entity[]): Watched[] {
  const nouns = new Set(named.map((entity) => entity.noun))
  const found: Watched[] = []
  const lower = actionText.toLowerCase()
  for (const match of lower.matchAll(new RegExp(WATCHING.source, 'g'))) {
    const after = lower.slice(match.index + match[0].length)
    // What is watched runs to the end of its clause, with what it does ("the trawler sail in");
    // a clause break right after the verb ("and", a comma) leaves nothing watched.
    const broken = CLAUSE_BREAK.exec(after)
    const words = (broken ? after.slice(0, broken.index) : after).trim()
    if (words === '') continue
    const entity = readSubjectText(words).find((e) => WATCHABLE.has(e.kind))
    if (!entity || nouns.has(entity.noun)) continue
    nouns.add(entity.noun)
    const distance = DISTANCE[entity.kind] ?? NEARBY
    found.push({ entity: { ...entity, relation: 'background' }, words, distance })
  }
  return found
}
