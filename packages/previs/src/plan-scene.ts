/**
 * Scene planning: everything the picture needs to know from a spec's words, as plain data.
 * Pure and deterministic: the same spec gives the same plan.
 *
 *   environment words    the set (city street, forest, coast, desert, interior, mountains,
 *                        countryside by default), and snow on the ground
 *   subject and action   the figures, their places relative to each other and their motion
 *   lighting, time       the palette (see palette.ts)
 *   weather              rain, snow, fog, wind, lightning
 *   a coast's shore      rock (rocky, basalt, cliffs, a reef...), sand (a beach, dunes), a
 *                        pier's deck (a pier, a jetty) or a quay's stone (a quay, a stone pier)
 *   a lighthouse's lamp  lit after dark, in a storm or fog, or when the words say so
 *   the sea's swell      how boats on the water rise and pitch (subject-boat.ts)
 *   stairs               a staircase in the set, for subjects to climb (subject-climb.ts)
 *   a room's kind        kitchen, bar, office, bedroom, library, cafe: its furniture
 *   camera angle         an over-the-shoulder foreground figure
 */
import type { ShotSpec, WEATHERS } from '@sceneboard/shared'
import { hex, mix, scale } from './color.js'
import { explosionSaid } from './paint/explosion.js'
import { castFrom } from './subject-cast.js'
import { offWorldPalette, planPalette, type Palette } from './palette.js'
import { createRandom } from './random.js'
import { withoutAmbientLight } from './light-words.js'
import { planSwell } from './subject-boat.js'
import { roomKind, type RoomKind } from './room-kind.js'
import { stairsSaid } from './subject-climb.js'
import { boatingSaid } from './subject-boating.js'
import { SUBJECT_WORDS } from './subject-words.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

export type SetKind =
  | 'city-street'
  | 'forest'
  | 'coast'
  | 'desert'
  | 'interior'
  | 'mountains'
  | 'countryside'
  | 'moon'
  | 'mars'

export const SET_KINDS: readonly SetKind[] = [
  'city-street',
  'forest',
  'coast',
  'desert',
  'interior',
  'mountains',
  'countryside',
  'moon',
  'mars',
]

/**
 * Buildings whose name alone, in the environment, puts the shot inside them ("an old mansion at
 * night", "a hospital"); any word of where one stands outweighs it ("a cabin in the woods", "a
 * church in the village"). In the action they are only where someone goes ("walks home").
 */
// prettier-ignore
const BUILDINGS = ['house', 'farmhouse', 'mansion', 'manor', 'hospital', 'church', 'chapel', 'cathedral', 'temple', 'mosque', 'synagogue', 'school', 'museum', 'gallery', 'castle', 'palace', 'prison', 'jail', 'cottage', 'cabin', 'hotel', 'motel', 'home', 'gym', 'supermarket', 'shop', 'store', 'casino']

/**
 * Furniture that, in the action, puts the shot indoors when nothing else says where it is ("lies
 * on the bed", "sits at his desk", "looks out of the window"); in the environment it is part of
 * something else ("a shop window on a busy street").
 */
// prettier-ignore
const FURNITURE = ['bed', 'sofa', 'couch', 'armchair', 'fireplace', 'desk', 'window', 'stove', 'bathtub']

/** Word stems that point to each set, with a weight for the strong ones. */
// prettier-ignore
const SET_WORDS: Record<SetKind, readonly (string | [string, number])[]> = {
  'city-street': [['car park', 3], 'city', 'street', 'avenue', 'alley', 'downtown', 'urban', 'town', 'sidewalk', 'crosswalk', 'intersection', 'plaza', 'square', 'market', 'building', 'skyscraper', 'rooftop', 'boulevard', 'traffic', 'parking', 'metropolis', 'block', 'road'],
  forest: ['forest', 'wood', 'jungle', 'trees', 'grove', 'pine', 'rainforest', 'thicket', 'clearing', 'taiga', 'birch'],
  coast: ['sea', 'ocean', 'coast', 'beach', 'shore', 'harbo', 'port', 'pier', 'dock', 'cliff', 'lighthouse', 'bay', 'waves', 'seaside', 'surf', 'island', 'lake', 'marina', 'river', 'water', 'headland', 'reef', 'quay', 'quayside', 'wharf', 'jetty', 'jetties', 'boardwalk', 'pontoon'],
  desert: ['desert', 'dune', 'sand', 'canyon', 'mesa', 'badlands', 'wasteland', 'arid', 'sahara', 'cactus'],
  interior: [['room', 3], ['interior', 3], ['inside', 3], ['indoors', 3], 'kitchen', 'office', 'bedroom', 'bar', 'pub', 'cafe', 'restaurant', 'corridor', 'hallway', 'hall', 'apartment', 'studio', 'classroom', 'library', 'warehouse', 'basement', 'attic', 'garage', 'lobby', 'diner', 'cell', 'lab', 'theatre', 'theater', 'stage', 'auditorium', 'concert', 'opera', 'ballroom', 'backstage',
    // Every room that room-kind.ts furnishes is a room here too.
    'kitchenette', 'galley', 'scullery', 'saloon', 'tavern', 'speakeasy', 'nightclub', 'newsroom', 'cubicle', 'workspace', 'laboratory', 'study', 'dormitory', 'nursery', 'archive', 'bookshop', 'bookstore', 'coffee shop', 'coffeeshop', 'bistro', 'canteen', 'cabaret', 'gig', 'workshop', 'altar', 'pews', 'nave',
    // Rooms named in one word with "room" ("a bathroom"; "room" alone is a whole word).
    ...['bathroom', 'courtroom', 'boardroom', 'showroom', 'storeroom', 'stockroom', 'washroom', 'restroom', 'cloakroom', 'staffroom', 'darkroom', 'playroom', 'schoolroom', 'sickroom', 'backroom', 'throne room'].map((stem): [string, number] => [stem, 3]),
    'ward', 'chamber', 'cellar', 'loft', 'elevator',
    // Stairs are mostly indoors ("climbs the stairs" with nothing else said).
    'staircase', 'stairwell', 'upstairs', 'downstairs', ['stairs', 0.5]],
  mountains: ['mountain', 'peak', 'alpine', 'alps', 'summit', 'ridge', 'glacier', 'valley', 'highland', 'volcano', 'tundra', 'arctic'],
  moon: ['lunar', 'moonscape', ['on the moon', 3], ['surface of the moon', 3], ['moon base', 3], ['moonbase', 3], 'crater', 'asteroid', ['alien planet', 2], ['sea of tranquility', 3]],
  mars: [['mars', 3], ['martian', 3], ['red planet', 3]],
  countryside: ['field', 'meadow', 'farm', 'countryside', 'prairie', 'grassland', 'hill', 'pasture', 'village', ['park', 2], 'garden', 'plain', 'savanna', 'country road', ['country lane', 2]],
}

/** Long stems match as prefixes (harbo: harbour, harbor); short ones as whole words (bar, not barn). */
function stemPattern(stem: string): RegExp {
  // "waves" is the sea's, not someone's who "waves a flag" or "waves goodbye".
  if (stem === 'waves') return WAVES
  return stem.length >= 5 ? new RegExp(`\\b${stem}`) : new RegExp(`\\b${stem}(s|es)?\\b`)
}

const WAVES =
  /\bwaves\b(?!\s+(a|an|the|his|her|their|my|goodbye|hello|at|to|back|him|them|off|from)\b)/

/**
 * What a coast's ground is where the sea meets it: dark rock with a jagged edge and surf bursting
 * against it, or a sandy beach (also a harbour or a pier, and any coast the words say nothing of).
 */
export type Shore = 'rock' | 'sand' | 'pier' | 'quay'

/** Words for a rocky shore and for a sandy one, as patterns over lower-case text. */
// prettier-ignore
const SHORE_WORDS: Record<Shore, readonly RegExp[]> = {
  rock: [/\brock(s|y)?\b/, /\bbasalt/, /\bgranite/, /\bcliffs?\b/, /\bheadlands?\b/, /\bcrags?\b/, /\bcraggy\b/, /\breefs?\b/, /\bjagged\b/, /\bboulders?\b/, /\bstony\b/],
  sand: [/\bbeach(es)?\b/, /\bsand(s|y)?\b/, /\bdunes?\b/, /\bharbou?rs?\b/],
  pier: [/\bpiers?\b/, /\bjett(y|ies)\b/, /\bquays?(side)?\b/, /\bwharf\b/, /\bboardwalk\b/, /\bpontoons?\b/, /\blanding stage\b/],
  quay: [/\bquays?(side)?\b/, /\bwharf\b/, /\bharbou?r wall\b/, /\b(stone|concrete|granite) (pier|jetty)\b/],
}

/**
 * A coast's shore from the words of the environment, the subject and the action ("a lighthouse
 * on a black basalt headland", "waves exploding against the rocks"): a quay's stone when a quay, a
 * wharf or a stone pier is said, a pier's wooden deck when a pier or a jetty is; else rock when more rocky words are said than sandy ones (a harbour
 * counts as sandy), the earlier said winning a tie ("a rocky beach" is rock); sand when none are.
 */
export function planShore(spec: Pick<ShotSpec, 'environment' | 'subject' | 'action'>): Shore {
  const text = `${spec.environment} ${spec.subject} ${spec.action}`.toLowerCase()
  const said = (shore: Shore) => {
    let count = 0
    let first = Number.POSITIVE_INFINITY
    for (const pattern of SHORE_WORDS[shore]) {
      for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
        count++
        first = Math.min(first, match.index)
      }
    }
    return { count, first }
  }
  // Standing on a pier or a jetty, the shore is somewhere else.
  if (said('quay').count > 0) return 'quay'
  if (said('pier').count > 0) return 'pier'
  const rock = said('rock')
  const sand = said('sand')
  if (rock.count === 0) return 'sand'
  return rock.count > sand.count || (rock.count === sand.count && rock.first < sand.first)
    ? 'rock'
    : 'sand'
}

export type WeatherPlan = {
  rain: number
  snow: number
  fog: number
  wind: number
  lightning: boolean
  /** Snow lies on the ground and rooftops. */
  snowCover: boolean
}

export type ScenePlan = {
  set: SetKind
  palette: Palette
  weather: WeatherPlan
  subjects: SubjectPlan[]
  /** A dark shoulder and head in the foreground, for an over-the-shoulder shot. */
  overTheShoulder: boolean
  /**
   * The ground under the subjects is water: a boat, or someone in one, as the subject, on the
   * coast or on inland water (not in a street or a room).
   */
  subjectsOnWater: boolean
  /** A coast's shore: rock or sand (see `planShore`); sand on the other sets, unused there. */
  shore: Shore
  /** How strongly a lighthouse's lamp and its sweeping beam show, 0..1 (0: unlit). */
  beacon: number
  /** How much boats on the water rise, fall and pitch, 0..1 (0: on land; see `planSwell`). */
  swell: number
  /** The words put a staircase in the set, for subjects to climb (subject-climb.ts). */
  stairs: boolean
  /** What kind of room an interior is, for its furniture (room-kind.ts). */
  room: RoomKind
  /** A street of the old West rather than a city's (paint/western-town.ts). */
  western: boolean
  /** Whether an explosion goes off behind the subjects (paint/explosion.ts). */
  explosion: boolean
}

const OUTDOORS = /\b(outdoors?|open[- ]air|al fresco)\b/
/** "outside the hospital", "the front of the house": out of doors when said before the building. */
const OUTSIDE = /\b(outside|exterior|in front of|front of|facade|fa\u00e7ade|the steps of)\b/
/** Sets that put a boat on water: the sea, or inland a lake or a river (paint/inland-water.ts). */
const WATERSIDE = new Set<SetKind>(['coast', 'forest', 'countryside', 'mountains', 'desert'])
/** A boat named, or someone in one: with no other word of a set, they are on the water. */
const BOATS = new RegExp(`\\b(${SUBJECT_WORDS.boat.join('|')})s?\\b`)

/**
 * The set the words point to most; the earliest mention breaks a tie. The environment's words
 * decide; without any, the subject's and the action's ("rows across the lake", "walks into the
 * bar"); without those either, a boat or someone rowing or paddling puts the shot on the coast,
 * and anything else in the countryside.
 */
export function pickSet(environment: string, subject = '', action = ''): SetKind {
  const score = (text: string, where: 'environment' | 'action') => {
    const lower = text.toLowerCase()
    const result = new Map<SetKind, { points: number; first: number }>()
    for (const set of SET_KINDS) {
      const words: readonly (string | [string, number])[] =
        set !== 'interior'
          ? SET_WORDS[set]
          : where === 'environment'
            ? [...SET_WORDS[set], ...BUILDINGS.map((stem): [string, number] => [stem, 0.5])]
            : [...SET_WORDS[set], ...FURNITURE]
      for (const entry of words) {
        const [stem, points] = typeof entry === 'string' ? [entry, 1] : entry
        const match = stemPattern(stem).exec(lower)
        if (!match) continue
        const current = result.get(set) ?? { points: 0, first: Number.POSITIVE_INFINITY }
        result.set(set, {
          points: current.points + points,
          first: Math.min(current.first, match.index),
        })
      }
    }
    return result
  }
  const fromEnvironment = score(environment, 'environment')
  // "an outdoor concert", "an open-air theatre": not a room, whatever else the words say.
  const lower = environment.toLowerCase()
  if (OUTDOORS.test(lower)) fromEnvironment.delete('interior')
  const outside = OUTSIDE.exec(lower)
  const inside = fromEnvironment.get('interior')
  // "A bedroom with the rain outside" stays a room.
  if (outside && inside && outside.index < inside.first) fromEnvironment.delete('interior')
  const said = `${subject} ${action}`
  const ranked = (fromEnvironment.size > 0 ? fromEnvironment : score(said, 'action')).entries()
  const afloat = BOATS.test(said.toLowerCase()) || boatingSaid(said)
  let best: SetKind = afloat ? 'coast' : 'countryside'
  let bestScore = { points: 0, first: Number.POSITIVE_INFINITY }
  for (const [set, s] of ranked) {
    if (
      s.points > bestScore.points ||
      (s.points === bestScore.points && s.first < bestScore.first)
    ) {
      best = set
      bestScore = s
    }
  }
  return best
}

/**
 * Weather the words give when the spec leaves it unset: "a rainy street", "dance in the rain",
 * "a thunderstorm", "it is snowing", "a foggy harbour" ("a storm lantern" is only a lantern).
 */
const WEATHER_WORDS: [RegExp, (typeof WEATHERS)[number]][] = [
  [/\b(thunderstorms?|thunder|storm(s|y)?(?! lanterns?))\b/, 'storm'],
  [/\b(rain|rains|raining|rainy|rainfall|downpours?|drizzl(e|es|ing)|rain-soaked)\b/, 'rain'],
  [/\b(snowing|snowfall|snowstorm|blizzard|snowflakes|falling snow)\b/, 'snow'],
  [/\b(fog|foggy)\b/, 'fog'],
]

/** The weather the spec sets, else the first the words of the shot give, else none. */
function weatherOf(
  spec: Pick<ShotSpec, 'weather' | 'environment' | 'lighting'> &
    Partial<Pick<ShotSpec, 'subject' | 'action'>>,
): ShotSpec['weather'] {
  if (spec.weather !== '') return spec.weather
  const words = [spec.subject, spec.action, spec.environment, spec.lighting].join(' ').toLowerCase()
  return WEATHER_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? ''
}

export function planWeather(
  spec: Pick<ShotSpec, 'weather' | 'environment' | 'lighting'> &
    Partial<Pick<ShotSpec, 'subject' | 'action'>>,
): WeatherPlan {
  const words = `${spec.environment} ${spec.lighting}`.toLowerCase()
  const weather = weatherOf(spec)
  const plan: WeatherPlan = {
    rain: 0,
    snow: 0,
    fog: 0,
    wind: 0,
    lightning: false,
    snowCover: false,
  }
  if (weather === 'rain') plan.rain = 0.6
  if (weather === 'storm') Object.assign(plan, { rain: 1, wind: 0.7, lightning: true })
  if (weather === 'snow') Object.assign(plan, { snow: 0.7, snowCover: true })
  if (weather === 'fog') plan.fog = 0.75
  if (weather === 'wind') plan.wind = 0.8
  if (/\b(mist|misty|haze|hazy|smoke|smoky)\b/.test(words)) plan.fog = Math.max(plan.fog, 0.35)
  if (/\b(snowy|snow-covered|winter|arctic|glacier|tundra)\b/.test(words)) plan.snowCover = true
  return plan
}

const WESTERN_WORDS =
  /\b(western|wild west|old west|frontier|ghost town|cow ?town|one-horse town)\b/
const WESTERN_PEOPLE =
  /\b(cowboys?|cowgirls?|gunslingers?|sheriffs?|deputy|deputies|outlaws?|ranchers?|wranglers?)\b/
const DIRT = /\b(dusty|dirt|dust)\b/

/**
 * Whether a street is of the old West: the words say so ("a western town", "the old west", "a
 * frontier town", "a ghost town"), or its people are cowboys, gunslingers or a sheriff on a dusty
 * or dirt street ("two gunslingers face each other on a dusty street").
 */
export function westernSaid(spec: Pick<ShotSpec, 'environment' | 'subject' | 'action'>): boolean {
  const words = `${spec.environment} ${spec.subject} ${spec.action}`.toLowerCase()
  if (WESTERN_WORDS.test(words)) return true
  return WESTERN_PEOPLE.test(`${spec.subject} ${spec.action}`.toLowerCase()) && DIRT.test(words)
}

/** The weather where the set is: none on the Moon, only wind and its dust on Mars. */
function offWorld(set: SetKind, weather: WeatherPlan): WeatherPlan {
  if (set !== 'moon' && set !== 'mars') return weather
  const still = { rain: 0, snow: 0, fog: 0, wind: 0, lightning: false, snowCover: false }
  return set === 'mars' ? { ...still, wind: weather.wind } : still
}

/**
 * Whether a lighthouse's lamp burns, and how strongly its beam shows: at dusk, in the blue hour
 * and at night, in a storm or fog, or when the words give it a beam, a lamp or a light ("turning
 * its beam", "the relit lighthouse"); stronger the darker it is. Words that put it out ("unlit",
 * "goes dark") win. In daylight with none of these, it is unlit.
 */
export function planBeacon(
  spec: Pick<ShotSpec, 'subject' | 'action' | 'environment' | 'lighting' | 'weather'>,
  palette: Pick<Palette, 'timeOfDay'>,
): number {
  const own = withoutAmbientLight(`${spec.subject} ${spec.action}`.toLowerCase())
  const around = `${spec.environment} ${spec.lighting}`.toLowerCase()
  if (/\b(unlit|extinguished|(goes|went|gone|is|stays) dark)\b/.test(own)) return 0
  const dark = { night: 1, 'blue-hour': 0.85, dusk: 0.75 }[palette.timeOfDay as string] ?? 0
  const weather = spec.weather === 'storm' || spec.weather === 'fog' ? 0.6 : 0
  const said =
    /\b(beams?|lamps?|lanterns?|lights?|lit|relit|alight|shin(e|es|ing)|flash(es|ing)?)\b/.test(
      own,
    ) || /\b(beams?|lamp|lantern)\b/.test(around)
  return Math.max(dark, weather, said ? 0.5 : 0)
}

/**
 * `cast`: the subject texts of the board's other shots, where the people this one names may be
 * described (subject-cast.ts).
 */
export function planScene(shotSpec: ShotSpec, cast: readonly string[] = []): ScenePlan {
  // Weather the words give stands for the spec's when it is unset: in the palette too.
  const spec = { ...shotSpec, weather: weatherOf(shotSpec) }
  const set = pickSet(spec.environment, spec.subject, spec.action)
  // No weather on the Moon; on Mars only its dust blows.
  const weather = offWorld(set, planWeather(spec))
  const stairs = stairsSaid(`${spec.environment} ${spec.subject} ${spec.action}`)
  const subjects = planSubjects(
    spec.subject,
    spec.action,
    createRandom(spec.seed).fork('subjects'),
    {
      raining: weather.rain > 0 && set !== 'interior',
      stairs,
      ...(cast.length > 0 ? { cast: castFrom(cast) } : {}),
    },
  )
  const main = subjects[0]
  const onWater = WATERSIDE.has(set) && (main?.kind === 'boat' || main?.aboard !== undefined)
  const world = set === 'moon' || set === 'mars' ? set : null
  const palette = world ? offWorldPalette(world, planPalette(spec)) : planPalette(spec)
  if (set === 'interior' && palette.lampsLit) {
    // After dark a room is lit by its lamps: warm, and brighter than the night outside.
    palette.light = mix(palette.light, scale(hex('#ffcf96'), 0.8), 0.6)
  }
  return {
    set,
    palette,
    weather,
    subjects,
    overTheShoulder: spec.cameraAngle === 'over-the-shoulder',
    subjectsOnWater: onWater,
    shore: set === 'coast' ? planShore(spec) : 'sand',
    beacon: planBeacon(spec, palette),
    swell: planSwell(spec, weather, set === 'coast' || onWater),
    stairs,
    room: roomKind(spec.environment),
    western: set === 'city-street' && westernSaid(spec),
    explosion: explosionSaid(`${spec.environment} ${spec.subject} ${spec.action}`),
  }
}
