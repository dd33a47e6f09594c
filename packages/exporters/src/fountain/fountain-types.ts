/** The parsed screenplay: title page entries and the body as a list of elements in order. */

/** How a scene heading opens: INT., EXT., INT./EXT. (also I/E), EST., or a forced heading. */
export type HeadingSetting = 'interior' | 'exterior' | 'interior-exterior' | 'establishing' | null

export interface SceneHeading {
  /** The heading as written, without its scene number. */
  text: string
  setting: HeadingSetting
  /** The place, as written ("LIGHTHOUSE - LAMP ROOM"). */
  location: string
  /** The time of day as written ("NIGHT", "MOMENTS LATER"), or "" when the heading names none. */
  time: string
  /** `#12#` at the end of the heading, or null. */
  sceneNumber: string | null
  /** Written with a leading "." rather than INT./EXT. */
  forced: boolean
}

export type FountainElement =
  | { type: 'scene-heading'; heading: SceneHeading }
  | { type: 'action'; text: string }
  | { type: 'character'; name: string; extension: string | null; dual: boolean }
  | { type: 'dialogue'; text: string }
  | { type: 'parenthetical'; text: string }
  | { type: 'lyrics'; text: string }
  | { type: 'transition'; text: string }
  | { type: 'centered'; text: string }
  | { type: 'section'; depth: number; text: string }
  | { type: 'synopsis'; text: string }
  | { type: 'note'; text: string }
  | { type: 'page-break' }

export interface TitlePageEntry {
  key: string
  value: string
}

export interface FountainScript {
  titlePage: TitlePageEntry[]
  elements: FountainElement[]
}
