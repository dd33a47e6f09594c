/**
 * Scene headings: which lines are headings and what they say. Every form Fountain knows:
 * INT., EXT., INT./EXT. (INT/EXT, I/E, EXT./INT.), EST., with a dot or a space after, in any
 * case; a forced heading starts with a single "."; a scene number `#12#` may end the line.
 * The time of day is the last " - " part when it reads as one (DAY, NIGHT, MOMENTS LATER,
 * GOLDEN HOUR, ...); otherwise the whole rest is the location.
 */
import type { TimeOfDay } from '@sceneboard/shared'
import type { HeadingSetting, SceneHeading } from './fountain-types.js'

const PREFIX =
  /^(int\.?\s*\/\s*ext|ext\.?\s*\/\s*int|i\s*\/\s*e|e\s*\/\s*i|int|ext|est)(?:\.|\s|$)/i

const SCENE_NUMBER = /\s*#([\w.-]+)#\s*$/

/** Whether a trimmed line is a scene heading by its prefix (not counting a forced "."). */
export function hasHeadingPrefix(line: string): boolean {
  return PREFIX.test(line)
}

/** A forced heading: one leading "." followed by something other than another ".". */
export function isForcedHeading(line: string): boolean {
  return /^\.[^.\s]/.test(line)
}

function settingOf(prefix: string): HeadingSetting {
  const compact = prefix.toLowerCase().replace(/[\s.]/g, '')
  if (compact === 'int') return 'interior'
  if (compact === 'ext') return 'exterior'
  if (compact === 'est') return 'establishing'
  return 'interior-exterior'
}

/** Words a time-of-day part is made of; at least one of TIME_ANCHORS must be among them. */
const TIME_WORDS = new Set(
  `DAY NIGHT DAWN DUSK MORNING EVENING AFTERNOON NOON MIDDAY MIDNIGHT SUNRISE SUNSET TWILIGHT
   GOLDEN MAGIC BLUE HOUR FIRST LIGHT LATE EARLY NEXT THE SAME TIME CONTINUOUS CONT'D LATER
   MOMENTS MOMENT A SIMULTANEOUS`.split(/\s+/),
)
const TIME_ANCHORS =
  /\b(DAY|NIGHT|DAWN|DUSK|MORNING|EVENING|AFTERNOON|NOON|MIDDAY|MIDNIGHT|SUNRISE|SUNSET|TWILIGHT|HOUR|LIGHT|CONTINUOUS|LATER|SAME|SIMULTANEOUS|CONT'D)\b/

function timeWords(part: string): string {
  return part
    .replace(/\([^)]*\)/g, ' ')
    .toUpperCase()
    .replace(/[’]/g, "'")
    .replace(/[^A-Z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function isTimeOfDay(part: string): boolean {
  const words = timeWords(part)
  if (words === '' || !TIME_ANCHORS.test(words)) return false
  return words.split(' ').every((word) => TIME_WORDS.has(word))
}

/** The heading's time in the shared vocabulary; `continue` for CONTINUOUS, LATER, SAME. */
export function timeOfDayOf(time: string): TimeOfDay | '' | 'continue' {
  const words = timeWords(time)
  const rules: [RegExp, TimeOfDay | '' | 'continue'][] = [
    [/\b(DAWN|SUNRISE|FIRST LIGHT)\b/, 'dawn'],
    [/\b(GOLDEN|MAGIC) HOUR\b|\bSUNSET\b/, 'golden-hour'],
    [/\bBLUE HOUR\b/, 'blue-hour'],
    [/\b(DUSK|EVENING|TWILIGHT)\b/, 'dusk'],
    [/\b(MIDNIGHT|NIGHT)\b/, 'night'],
    [/\bAFTERNOON\b/, 'afternoon'],
    [/\bMORNING\b/, 'morning'],
    [/\b(NOON|MIDDAY)\b/, 'midday'],
    [/\b(CONTINUOUS|LATER|SAME|SIMULTANEOUS|CONT'D)\b/, 'continue'],
  ]
  for (const [pattern, value] of rules) if (pattern.test(words)) return value
  return '' // DAY: daytime, no particular hour
}

/** The parts of a heading line (trimmed); null when it is not a heading. */
export function parseSceneHeading(line: string): SceneHeading | null {
  const forced = isForcedHeading(line)
  if (!forced && !hasHeadingPrefix(line)) return null
  let text = forced ? line.slice(1).trim() : line.trim()
  let sceneNumber: string | null = null
  const number = SCENE_NUMBER.exec(text)
  if (number) {
    sceneNumber = number[1] as string
    text = text.slice(0, number.index).trim()
  }
  let setting: HeadingSetting = null
  let rest = text
  const prefix = forced ? null : PREFIX.exec(text)
  if (prefix) {
    setting = settingOf(prefix[1] as string)
    rest = text.slice(prefix[0].length).replace(/^[\s.]+/, '')
  }
  const parts = rest.split(/\s+[-–—]\s+/)
  let time = ''
  if (parts.length > 1 && isTimeOfDay(parts[parts.length - 1] as string)) {
    time = (parts.pop() as string).trim()
  } else if (parts.length === 1 && setting === null && isTimeOfDay(parts[0] as string)) {
    time = (parts.pop() as string).trim()
  }
  return { text, setting, location: parts.join(' - ').trim(), time, sceneNumber, forced }
}
