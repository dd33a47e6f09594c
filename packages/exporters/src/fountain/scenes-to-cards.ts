/**
 * Screenplay scenes as scene-card drafts: each scene heading with the action below it becomes
 * one card, in order.
 *
 *   title        the heading as written ("INT. LIGHTHOUSE LAMP ROOM - NIGHT")
 *   environment  "interior, a lighthouse lamp room": INT./EXT./INT.-EXT. and the location
 *   timeOfDay    DAWN -> dawn, MORNING -> morning, NOON -> midday, AFTERNOON -> afternoon,
 *                GOLDEN HOUR/SUNSET -> golden-hour, DUSK/EVENING -> dusk, BLUE HOUR -> blue-hour,
 *                NIGHT -> night; DAY leaves it empty; CONTINUOUS, LATER, SAME keep the scene before's
 *   shotSize     EST. (establishing) -> extreme-wide
 *   subject      the first characters seen speaking (voice-over and off-screen cues left out)
 *   action       the action lines, joined, cut at the spec's limit
 *   notes        the dialogue as "NAME: line", then notes and synopses
 *   duration     4 s, longer for a scene with much dialogue (2.5 words a second, at most 60 s)
 */
import {
  DURATION_SECONDS_MAX,
  FREE_TEXT_MAX,
  SCENE_CARD_TITLE_MAX,
  defaultShotSpec,
  shotSpecSchema,
  type ShotSpec,
  type TimeOfDay,
} from '@sceneboard/shared'
import type { FountainElement, FountainScript, SceneHeading } from './fountain-types.js'
import { timeOfDayOf } from './scene-heading.js'

export interface CardDraft {
  title: string
  spec: ShotSpec
  /** The scene number written in the heading (`#12#`), or null. */
  sceneNumber: string | null
  heading: SceneHeading
}

const DEFAULT_DURATION = 4
const WORDS_PER_SECOND = 2.5
const OFF_SCREEN = /^(V\.?\s*O\.?|O\.?\s*S\.?|O\.?\s*C\.?)$/i

/** Text cut to `max` characters at a word boundary, ending in "…" when cut. */
export function capText(text: string, max: number = FREE_TEXT_MAX): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** "MAREN" -> "Maren", "DR. VOSS" -> "Dr. Voss", "MCKAY'S" -> "Mckay's". */
function nameCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[\s.-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    )
}

function locationPhrase(
  location: string,
  names: ReadonlySet<string>,
  withArticle: boolean,
): string {
  const words = location
    .split(/\s+-\s+/)
    .join(', ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => {
      const bare = word
        .toUpperCase()
        .replace(/['’]S$/, '')
        .replace(/[^\p{L}]/gu, '')
      return names.has(bare) ? nameCase(word) : word.toLowerCase()
    })
  if (words.length === 0) return ''
  const first = words[0] as string
  const determined =
    /^(the|a|an|his|her|their|our|my|your|its)$/.test(first) ||
    /['’]s,?$/.test(first) ||
    first !== first.toLowerCase()
  const phrase = words.join(' ')
  if (!withArticle || determined) return phrase
  return `${/^[aeiou]/.test(first) ? 'an' : 'a'} ${phrase}`
}

const SETTING_WORDS: Record<string, string> = {
  interior: 'interior',
  exterior: 'exterior',
  'interior-exterior': 'interior and exterior',
  establishing: 'exterior',
}

function environmentOf(heading: SceneHeading, names: ReadonlySet<string>): string {
  const place = locationPhrase(heading.location, names, heading.setting !== null)
  const setting = heading.setting ? SETTING_WORDS[heading.setting] : ''
  return capText([setting, place].filter((part) => part !== '').join(', '))
}

function subjectOf(body: readonly FountainElement[]): string {
  const seen: string[] = []
  for (const element of body) {
    if (element.type !== 'character' || OFF_SCREEN.test(element.extension ?? '')) continue
    const name = nameCase(element.name)
    if (!seen.includes(name)) seen.push(name)
  }
  const named = seen.slice(0, 3)
  if (named.length <= 1) return named[0] ?? ''
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
}

function notesOf(body: readonly FountainElement[]): { notes: string; dialogueWords: number } {
  const lines: string[] = []
  let speaker = ''
  let dialogueWords = 0
  for (const element of body) {
    if (element.type === 'character') speaker = element.name
    else if (
      element.type === 'dialogue' ||
      element.type === 'lyrics' ||
      element.type === 'parenthetical'
    ) {
      if (element.text === '') continue
      if (element.type !== 'parenthetical') dialogueWords += element.text.split(/\s+/).length
      const previous = lines[lines.length - 1]
      if (previous !== undefined && speaker === '')
        lines[lines.length - 1] = `${previous} ${element.text}`
      else lines.push(`${speaker}: ${element.text}`)
      speaker = ''
    } else if (element.type === 'note') lines.push(`Note: ${element.text}`)
    else if (element.type === 'synopsis') lines.push(`Synopsis: ${element.text}`)
  }
  return { notes: capText(lines.join('\n')), dialogueWords }
}

/** FNV-1a: a stable 32-bit seed from a scene's heading and place, so scenes differ. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** Every scene of the script as a card draft, in order; each spec passes shotSpecSchema. */
export function scenesToCards(script: FountainScript): CardDraft[] {
  const names = new Set(
    script.elements.flatMap((element) =>
      element.type === 'character' ? [element.name.toUpperCase()] : [],
    ),
  )
  const scenes: { heading: SceneHeading; body: FountainElement[] }[] = []
  for (const element of script.elements) {
    if (element.type === 'scene-heading') scenes.push({ heading: element.heading, body: [] })
    else scenes[scenes.length - 1]?.body.push(element)
  }
  let previousTime: TimeOfDay | '' = ''
  return scenes.map(({ heading, body }, index) => {
    const mapped = timeOfDayOf(heading.time)
    const timeOfDay = mapped === 'continue' ? previousTime : mapped
    previousTime = timeOfDay
    const action = body
      .flatMap((element) =>
        element.type === 'action' ? [element.text.replace(/\s+/g, ' ').trim()] : [],
      )
      .filter((text) => text !== '')
      .join(' ')
    const { notes, dialogueWords } = notesOf(body)
    const spoken = Math.ceil(dialogueWords / WORDS_PER_SECOND)
    const spec = shotSpecSchema.parse(
      defaultShotSpec({
        subject: capText(subjectOf(body)),
        action: capText(action),
        environment: environmentOf(heading, names),
        shotSize: heading.setting === 'establishing' ? 'extreme-wide' : '',
        timeOfDay,
        notes,
        durationSeconds: Math.min(DURATION_SECONDS_MAX, Math.max(DEFAULT_DURATION, spoken)),
        seed: seedOf(`${index}:${heading.text}`),
      }),
    )
    const title = capText(heading.text || `Scene ${index + 1}`, SCENE_CARD_TITLE_MAX)
    return { title, spec, sceneNumber: heading.sceneNumber, heading }
  })
}
