/**
 * Stairs and climbing them: whether the words put a staircase in the set ("the spiral iron
 * staircase", "a stairwell"), and whether the subjects go up or down it ("climbs", "runs down
 * the stairs"). A climber rises along the flight as they walk (subject-motion.ts), the flight is
 * drawn under their feet (paint/built-sets.ts), and the camera is raised to frame them halfway
 * up (shot-setup.ts). Pure.
 */

/** Rise over run of a flight of stairs (an 18 cm riser on a 28 cm tread). */
export const STAIR_SLOPE = 0.65

/** A flight of stairs on the subjects' plane: its foot, and the way it rises (1 right, -1 left). */
export type StairFlight = { footX: number; rises: 1 | -1 }

const STAIRS = /\b(stairs?|staircases?|stairways?|stairwells?|upstairs|downstairs)\b/

/** Whether the words of the environment, the subject or the action put a staircase in the set. */
export function stairsSaid(text: string): boolean {
  return STAIRS.test(text.toLowerCase())
}

const GOING =
  '(go(es|ing)?|went|run(s|ning)?|ran|walk(s|ing|ed)?|hurr(y|ies|ying|ied)|creep(s|ing)?|crept|race(s|d)?|racing|bound(s|ing|ed)?|come(s)?|coming|came|stumbl(e|es|ing|ed)|hobbl(e|es|ing|ed)|trudg(e|es|ing|ed)|limp(s|ing|ed)?)'
const UP = new RegExp(`\\b(climb\\w*|ascend\\w*|${GOING} up(stairs)?|upstairs)\\b`)
const DOWN = new RegExp(`\\b(descend\\w*|${GOING} down(stairs)?|downstairs)\\b`)

/** Up (1) or down (-1) the stairs, as the words say; 0 if they say neither. */
export function readClimb(text: string): 1 | -1 | 0 {
  const lower = text.toLowerCase()
  const up = UP.exec(lower)
  const down = DOWN.exec(lower)
  if (up && (!down || up.index <= down.index)) return 1
  return down ? -1 : 0
}

/**
 * How high above the floor a climber is after `travelled` metres of their walk along a flight
 * whose whole walk in the first take is `walk` metres: going up, from the floor at the start;
 * going down, reaching the floor at the end of the first take and staying there after.
 */
export function climbHeight(climb: 1 | -1, travelled: number, walk: number): number {
  const along = climb === 1 ? travelled : walk - travelled
  return Math.max(0, along) * STAIR_SLOPE
}
