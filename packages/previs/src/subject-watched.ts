/**
 * Someone or something the action has the subject watch, find or follow ("watches the trawler
 * sail into the harbour", "sweeps across the water and finds the trawler", "follows a man in a
 * red coat"): a subject of its own, further back than the ones named, moving as the words after
 * it say ("sail into the harbour"). Someone or something the subject acts on ("feeds the
 * pigeons", "walks her dog", "hugs her son", "talks to a stranger", "chases a cat"): a subject beside them,
 * moving with them. Only people, animals, birds, vehicles and boats: "watches the sunset" or
 * "looks at her watch" add nothing, and a subject already named is not named again. Pure.
 */
import { PUSHED_THINGS } from './subject-objects.js'
import type { SubjectKind } from './subject-words.js'
import { readSubjectText, type Entity } from './subject-text.js'

/**
 * Verbs of watching, finding and following, up to the word before what is watched; and what goes
 * on meanwhile ("waits as a train speeds past", "while the boats sail out"), which is seen as if
 * watched.
 */
const WATCHING =
  /\b(watch(es|ed|ing)?|sees?|saw|seeing|spots?|spotted|spotting|sights?|sighted|notices?|noticed|noticing|observes?|observed|observing|finds?|found|finding|follows?|followed|following|tracks?|tracked|tracking|(looks?|looking|stares?|staring|gazes?|gazing|glances?|glancing)( up| out| down| back)? (at|after|towards?)|(as|while|whilst|when|until)(?= (a|an|the|his|her|their|its|some|two|three|four)\b))\b/

const WATCHABLE = new Set<SubjectKind>(['person', 'animal', 'bird', 'vehicle', 'boat'])

/** What can be acted on beside someone: the watchable, and a pram pushed along. */
const goesAlong = (entity: Entity) =>
  WATCHABLE.has(entity.kind) || (entity.kind === 'object' && PUSHED_THINGS.has(entity.noun))

/** Clauses of an action: "watches the trawler sail in and raises the mug" is two. */
const CLAUSE_BREAK = /[,;.]|\band\b|\bwhile\b|\bthen\b/

/**
 * Verbs of doing something with someone close by: feeding, petting, brushing, hugging, greeting,
 * saluting, helping, talking to, chasing, letting a dog off its lead, throwing a stick for it.
 * What they act on stands beside the subjects, on their plane.
 */
const WITH =
  /\b(rides?|riding|rode|walk(s|ing|ed)?|leads?|leading|led|guid(es?|ing|ed)|escort(s|ing|ed)?|herd(s|ing|ed)?|shepherd(s|ing|ed)|tend(s|ing|ed)?|groom(s|ing|ed)?|saddl(es?|ing|ed)|milk(s|ing|ed)?|round(s|ing|ed)? up|push(es|ing|ed)?|wheel(s|ing|ed)?|(drives?|drove|driving) (?=(the|his|her|their|a|some) (\w+ )?(cattle|cows?|sheep|herd|flock|goats?|horses?|pigs?|geese|animals)\b)|feed(s|ing)?|fed|pet(s|ting|ted)?|strok(es|ing|ed)|brush(es|ing|ed)?|plough(s|ing|ed)?|plow(s|ing|ed)?|wash(es|ing|ed)?|bath(es|ing|ed)|cuddl(es|ing|ed)|tickl(es|ing|ed)|train(s|ing|ed)?|call(s|ing|ed)?|lets?|letting|throws?|throwing|threw|salut(es|ing|ed)|help(s|ing|ed)?|rescu(es|ing|ed)|scold(s|ing|ed)?|hug(s|ging|ged)?|embrac(es|ing|ed)|kiss(es|ing|ed)?|greet(s|ing|ed)?|meet(s|ing)?|met|comfort(s|ing|ed)?|confront(s|ing|ed)?|chas(es|ing|ed)|pursu(es|ing|ed)|(runs?|running|ran) after|shakes hands with|(talks?|talking|speaks?|speaking|argues?|arguing|dances?|dancing|fights?|fighting|plays?|playing|walks?|walking) with|(talks?|talking|speaks?|speaking|waves?|waving|shouts?|shouting|smiles?|smiling) (at|to))\b/

/**
 * Verbs of going somewhere with someone: who is led, guided or escorted follows behind; what is
 * herded or driven goes on ahead.
 */
const LEADING =
  /\b(?:(leads?|leading|led|guid(?:es?|ing|ed)|escort(?:s|ing|ed)?)|(herd(?:s|ing|ed)?|shepherd(?:s|ing|ed)|round(?:s|ing|ed)? up|push(?:es|ing|ed)?|wheel(?:s|ing|ed)?|drives? (?:the|his|her|their) (?:cattle|cows|sheep|herd|flock|goats)))\b/g

/**
 * Who the words have someone lead (they walk behind) or herd (they go ahead), by noun: "leads
 * his horse to the barn", "herds the sheep down the hill".
 */
export function ledNouns(text: string): Map<string, 'behind' | 'ahead'> {
  const lower = text.toLowerCase()
  const led = new Map<string, 'behind' | 'ahead'>()
  for (const match of lower.matchAll(LEADING)) {
    const herded = match[2] !== undefined
    // "drives the cattle": the animals are in the match itself.
    const after = herded && match[0].startsWith('driv') ? match[0] : ''
    const rest = after || lower.slice(match.index + match[0].length)
    const broken = CLAUSE_BREAK.exec(rest)
    const words = (broken ? rest.slice(0, broken.index) : rest).trim()
    const entity = readSubjectText(words).find(goesAlong)
    if (entity && !led.has(entity.noun)) led.set(entity.noun, herded ? 'ahead' : 'behind')
  }
  return led
}

/**
 * What is watched or acted on, and the words said of it after its noun (what it does). A watched
 * one stands `distance` metres back and moves as its words say; one acted on (`distance`
 * undefined) stands beside the subjects and moves with them.
 */
export type Watched = { entity: Entity; words: string; distance?: number }

/**
 * How far behind the named subjects each kind is watched from: a boat out on the water, a car
 * down the street, a person or an animal a little way off.
 */
const DISTANCE: Partial<Record<SubjectKind, number>> = { boat: 80, vehicle: 30 }
const NEARBY = 14

/**
 * Subjects the action watches, finds or follows (in the background) or acts on (beside), in the
 * order said, each once, none of them already among `named`.
 */
export function watchedSubjects(actionText: string, named: readonly Entity[]): Watched[] {
  const nouns = new Set(named.map((entity) => entity.noun))
  const found: Watched[] = []
  const lower = actionText.toLowerCase()
  const said = [
    ...[...lower.matchAll(new RegExp(WATCHING.source, 'g'))].map((m) => ({ m, near: false })),
    ...[...lower.matchAll(new RegExp(WITH.source, 'g'))].map((m) => ({ m, near: true })),
  ].sort((a, b) => a.m.index - b.m.index)
  for (const { m: match, near } of said) {
    const after = lower.slice(match.index + match[0].length)
    // What is watched runs to the end of its clause, with what it does ("the trawler sail in");
    // a clause break right after the verb ("and", a comma) leaves nothing watched.
    const broken = CLAUSE_BREAK.exec(after)
    const words = (broken ? after.slice(0, broken.index) : after).trim()
    if (words === '') continue
    const entity = readSubjectText(words).find(near ? goesAlong : (e) => WATCHABLE.has(e.kind))
    if (!entity || nouns.has(entity.noun)) continue
    nouns.add(entity.noun)
    if (near) {
      found.push({ entity, words })
      continue
    }
    const distance = DISTANCE[entity.kind] ?? NEARBY
    found.push({ entity: { ...entity, relation: 'background' }, words, distance })
  }
  return found
}
