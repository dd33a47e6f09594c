/**
 * Sitting: whether the words seat the people of a shot ("two detectives sit at a table", "an old
 * man on a park bench", "she waits in an armchair"), and on what. A seated person is drawn on
 * their seat (paint/person.ts) and framed on their seated height (framing.ts). Crawling: whether
 * they are on hands and knees ("a baby crawls across the rug", "on all fours"; paint/crawl.ts).
 * Pure.
 */

/**
 * What a person sits on, drawn under them; a saddle is the horse's (subject-riding.ts), a thwart
 * a boat's (subject-boating.ts), hidden by its hull.
 */
export type Seat = 'chair' | 'bench' | 'stool' | 'sofa' | 'saddle' | 'thwart'

/** How far a person sits lower than they stand: their hips drop from 0.95 m to the seat's 0.5 m. */
export const SEATED_DROP = 0.45

const SEAT_WORDS: Record<string, Seat> = {
  chair: 'chair',
  armchair: 'chair',
  throne: 'chair',
  seat: 'chair',
  wheelchair: 'chair',
  bench: 'bench',
  pew: 'bench',
  sofa: 'sofa',
  couch: 'sofa',
  settee: 'sofa',
  stool: 'stool',
  barstool: 'stool',
}

const SITTING = /\b(sits?|sitting|sat|seated|perched|slumped|loung(es|ing))\b/
/**
 * Doing what people do sitting down: typing, working at a desk or a computer, having a meal,
 * playing the piano. They sit on a chair unless the words seat them elsewhere.
 */
const SEATED_DOING =
  /\b(typ(es|ing|ed)|(works?|working|writes?|writing|studies|studying) at (a|an|the|his|her|their) (\w+ )?(desk|computer|typewriter|table)|at (a|an|the|his|her|their) (\w+ )?(computer|typewriter|sewing machine|keyboard)|(eats?|eating|ate|have|has|having|had) (dinner|breakfast|lunch|supper|a meal)|din(es|ing|ed)|plays? the piano|playing the piano)\b/
const SEAT_NOUN = `(${Object.keys(SEAT_WORDS).join('|')})s?`
/** "on a park bench", "in an old armchair", "at the bar on a stool". */
const ON_A_SEAT = new RegExp(
  `\\b(on|in|onto|into)\\s+(a|an|the|his|her|their|its|one|two)?\\s*([a-z'-]+\\s+){0,2}${SEAT_NOUN}\\b`,
)
/** Words that keep people on their feet whatever else is said. */
const STANDING = /\b(stands?|standing|stood|gets? up|rises from|jumps? (up|off)|leaps? up)\b/

/**
 * The seat the words put the people on, or null if they stand: a seat named with "on" or "in"
 * ("on a park bench", "in an armchair"), else a chair when they only say someone sits or do
 * what is done sitting ("types on a laptop", "has dinner").
 */
export function seatSaid(text: string): Seat | null {
  const lower = text.toLowerCase()
  if (STANDING.test(lower)) return null
  const named = ON_A_SEAT.exec(lower)
  if (named) {
    const noun = (named[named.length - 1] as string | undefined) ?? ''
    return SEAT_WORDS[noun] ?? SEAT_WORDS[noun.replace(/s$/, '')] ?? 'chair'
  }
  return SITTING.test(lower) || SEATED_DOING.test(lower) ? 'chair' : null
}

/** On hands and knees: crawling ("a baby crawls across the rug"), or "on all fours". */
const CRAWLING =
  /\b(crawl(s|ing|ed)?|on (his|her|their|its|my|your|our) hands and knees|on hands and knees|on all fours)\b/
/** Crawling as going somewhere: the verb moves them unless the words say how. */
const CRAWLS = /\bcrawl(s|ing|ed)?\b/

/** How a crawler goes (m/s): a grown-up on hands and knees, and a baby as fast. */
export const CRAWL_SPEED = 0.4
/**
 * A grown-up crawler's length, feet to nose, and how far the feet are behind the shoulders, which
 * paint/crawl.ts draws over the origin (m).
 */
export const CRAWL_LENGTH = 1.4
export const CRAWL_BEHIND = 1.1
/** How much lower than standing the top of a crawler's head is (m): about 0.95 m from the ground. */
export const CRAWL_DROP = 0.85

/** Whether the words put people on hands and knees, and whether that takes them somewhere. */
export function crawlSaid(text: string): { crawling: boolean; moving: boolean } {
  const lower = text.toLowerCase()
  return { crawling: CRAWLING.test(lower), moving: CRAWLS.test(lower) }
}

/**
 * Lying down: "lies on the bed", "a body lying on the floor", "asleep in bed", "sprawled in the
 * grass", "sunbathes on the beach". In or on a bed, on a bed drawn under them; else on the ground.
 */
const LYING =
  /\b(lies|lie|lying|lay|laid out|sprawl(s|ed|ing)?|asleep|sleep(s|ing)?|slept|sunbath(es|e|ing|ed)|(is|was) (dead|unconscious|passed out)|reclin(es|ing|ed))\b/
/** Getting up or lying in wait is not lying down. */
const NOT_LYING = /\b(lies? in wait|lying in wait|lies? to|lying to|lied|gets? up|wakes? up)\b/
const IN_BED =
  /\b(in|on|across) (a|an|the|his|her|their|my|your|our) (\w+ )?(bed|bunk|cot|mattress)\b|\bin bed\b/

/** Whether the words lay people down, and on what: a bed, or the ground. */
export function lyingSaid(text: string): 'bed' | 'ground' | null {
  const lower = text.toLowerCase()
  if (!LYING.test(lower) || NOT_LYING.test(lower)) return null
  return IN_BED.test(lower) ? 'bed' : 'ground'
}

/**
 * How high a bed's mattress is (m), how long a lying grown-up is, head to heels, and how far
 * behind their place the heels are (paint/lying.ts draws the head near it, for close shots).
 */
export const BED_HEIGHT = 0.55
export const LYING_LENGTH = 1.8
export const LYING_HEELS_BEHIND = 1.4
