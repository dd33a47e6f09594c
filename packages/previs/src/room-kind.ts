/**
 * What kind of room an interior is, from the environment's words, for its furniture
 * (paint/room-furniture.ts): a kitchen has counters, a bar its bar and bottles, an office desks,
 * a bedroom a bed, a library shelves, a cafe small tables, a stage its curtains and lights, a
 * church its pews and candles; any other room tables and shelves.
 * Pure.
 */

export type RoomKind =
  'kitchen' | 'bar' | 'office' | 'bedroom' | 'library' | 'cafe' | 'stage' | 'church' | 'room'

/** Words for each kind, as patterns over lower-case text; the earliest said wins. */
// prettier-ignore
const ROOM_WORDS: [Exclude<RoomKind, 'room'>, RegExp][] = [
  ['kitchen', /\b(kitchens?|kitchenette|galley|scullery)\b/],
  ['bar', /\b(bars?|pubs?|saloons?|taverns?|speakeasy|nightclub|cocktail lounge)\b/],
  ['office', /\b(offices?|newsroom|cubicles?|workspace|labs?|laboratory|control room|study|classrooms?)\b/],
  ['bedroom', /\b(bedrooms?|bedside|dormitory|hotel room|motel room|nursery|bunk ?room)\b/],
  ['library', /\b(librar(y|ies)|archives?|bookshop|bookstore|reading room)\b/],
  ['cafe', /\b(cafes?|coffee ?shops?|restaurants?|diners?|bistro|canteen|tea ?room)\b|\bcaf\u00e9/],
  ['church', /\b(church(es)?|chapels?|cathedrals?|abbey|basilica|altar|pews?|nave)\b/],
  ['stage', /\b(stages?|theat(re|er)s?|concert (hall|venue)s?|auditorium|opera( house)?|music hall|ballroom|cabaret|gig|concerts?|backstage)\b/],
]

/**
 * The kind of room the words name first; a plain room when they name none. Of two room words side
 * by side, the second is the room ("a restaurant kitchen" is a kitchen, "a hotel bar" a bar).
 */
export function roomKind(environment: string): RoomKind {
  const text = environment.toLowerCase()
  const found = ROOM_WORDS.flatMap(([kind, pattern]) => {
    const match = pattern.exec(text)
    return match ? [{ kind, at: match.index, end: match.index + match[0].length }] : []
  }).sort((a, b) => a.at - b.at)
  let best = found[0]
  for (const next of found.slice(1)) {
    if (best && next.at === best.end + 1) best = next
  }
  return best?.kind ?? 'room'
}
