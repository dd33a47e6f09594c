/**
 * Framing: shot size and lens set how far the camera stands from the subject and how wide it
 * sees; the camera angle sets the camera's height, its pitch (and so the horizon) and its roll.
 *
 * The model is a pinhole camera: a focal length in pixels F = shortSide x lens / 24 (a full-frame
 * lens on the frame's short side), so a longer lens is a narrower view. The shot size fixes how
 * much of the frame height the main subject fills, so the camera distance follows from the lens:
 * a longer lens stands further back, which flattens depth (the background keeps its size while
 * the subject stays the same), as on a real set.
 *
 * Shot sizes are defined on the human figure: a full shot shows a person head to toe, a medium
 * shot from the waist, a close-up the face. A shot of things without a person (objects, animals,
 * vehicles) is sized on the things instead: a close-up fills the frame with them, a full shot
 * shows them whole with a little room, and a wide shows them small in their set, never narrower
 * than a wide of a person.
 */
import type { CameraAngle, ShotSize, ShotSpec } from '@sceneboard/shared'
import { CRAWL_DROP, SEATED_DROP } from './subject-posture.js'

/** A person's height (m), on which the shot sizes are defined. */
const PERSON_HEIGHT = 1.8

/** A standing person's eye height (m), for a point of view. */
const EYE_HEIGHT = 1.65

/** Height (m) of the eyes of the person drawn (paint/person.ts), which a push in keeps in frame. */
const DRAWN_EYE_HEIGHT = 1.67

/** Heights (m) above the ground of the bottom and top of what is framed, and its width. */
export type Band = { bottom: number; top: number; width: number }

/**
 * What a shot size is set on: a person, or things, as the band they take up (`whole`) and the
 * part of it a close-up frames (`detail`: for most things the whole of it; a lamp's glass).
 */
export type FramedPerson = {
  kind: 'person'
  /** Sitting (subject-posture.ts), and lifted that far off the ground (in a saddle). */
  seated?: true
  /** On hands and knees (subject-posture.ts): the head about 0.95 m off the ground. */
  crawling?: true
  lift?: number
  /** How far their hat rises above their hair (m; subject-hats.ts). */
  hatRise?: number
  /** The reach of everyone and everything on the framed plane, both ways from the centre (m). */
  groupWidth?: number
}

export type FramedSubject = FramedPerson | { kind: 'thing'; whole: Band; detail: Band }

export const FRAMED_PERSON: FramedPerson = { kind: 'person' }
/** Shot sizes that show a person whole: they keep everyone beside them in the frame. */
const WHOLE_SHOTS = new Set<ShotSize>(['extreme-wide', 'wide', 'full', 'medium-wide'])

/** Whether a shot size shows a person whole (and so everything beside them). */
export function showsWhole(shotSize: ShotSize): boolean {
  return WHOLE_SHOTS.has(shotSize)
}

/**
 * Over the shoulder, the subject is framed right of centre, facing the foreground figure: moved
 * right by this share of the frame width at its plane.
 */
export const OVER_SHOULDER_SHIFT = 0.14

/** Share of the frame height a person fills, and where on them the camera aims (0 feet, 1 head). */
const SHOT_SIZE_FRAMING: Record<ShotSize, { fill: number; aim: number; lens: number }> = {
  'extreme-wide': { fill: 0.07, aim: 0.5, lens: 18 },
  wide: { fill: 0.22, aim: 0.5, lens: 24 },
  full: { fill: 0.82, aim: 0.5, lens: 32 },
  'medium-wide': { fill: 1.25, aim: 0.64, lens: 35 },
  medium: { fill: 1.9, aim: 0.785, lens: 50 },
  'medium-close-up': { fill: 2.8, aim: 0.845, lens: 65 },
  'close-up': { fill: 5, aim: 0.9, lens: 85 },
  'extreme-close-up': { fill: 11, aim: 0.92, lens: 100 },
  insert: { fill: 6, aim: 0.55, lens: 100 },
}

/**
 * Things by shot size: the part framed, the share of the frame it fills (of the height, or of the
 * width where it is wider than the frame's shape) and where on it the camera aims (0 bottom, 1 top).
 *   setting  a thing smaller than a person is framed as a person would be: small in its set
 *   whole    the thing whole, with less room at each step in
 *   detail   the part a close-up looks at (most things: all of it), filling most of the frame,
 *            and more than the frame in an extreme close-up or an insert
 */
const THING_FRAMING: Record<
  ShotSize,
  { part: 'setting' | 'whole' | 'detail'; fill: number; aim: number }
> = {
  'extreme-wide': { part: 'setting', fill: 0.07, aim: 0.5 },
  wide: { part: 'setting', fill: 0.22, aim: 0.5 },
  full: { part: 'whole', fill: 0.55, aim: 0.5 },
  'medium-wide': { part: 'whole', fill: 0.6, aim: 0.5 },
  medium: { part: 'whole', fill: 0.66, aim: 0.5 },
  'medium-close-up': { part: 'whole', fill: 0.75, aim: 0.5 },
  'close-up': { part: 'detail', fill: 0.85, aim: 0.5 },
  'extreme-close-up': { part: 'detail', fill: 1.8, aim: 0.6 },
  insert: { part: 'detail', fill: 1.25, aim: 0.5 },
}

export type Framing = {
  shotSize: ShotSize
  lensMm: number
  /** Focal length in output pixels at zoom 1. */
  focalPx: number
  /** Metres from the camera to the subject plane. */
  subjectDistance: number
  /** World height (m) the camera aims at. */
  aimHeight: number
  /**
   * World height (m) a dolly or zoom keeps where it is in the frame: a person's eyes (an insert:
   * its aim point), the aim point of things.
   */
  holdHeight: number
  /** Share of the frame height the main subject fills. */
  subjectFill: number
  /** What the shot size was set on, which the camera angle follows. */
  framedKind: FramedSubject['kind']
}

export type AngleSetup = {
  /** Camera height above the ground (m). */
  height: number
  /** Radians; positive looks up, which puts the horizon low. */
  pitch: number
  /** Radians; a dutch angle rolls the frame. */
  roll: number
  /** Vertical foreshortening of upright things seen from above (1 = none). */
  squash: number
}

/** Shot size when the spec leaves it open: a wide establishing shot without a subject, else medium-wide. */
export function effectiveShotSize(spec: Pick<ShotSpec, 'shotSize' | 'subject'>): ShotSize {
  if (spec.shotSize !== '') return spec.shotSize
  return spec.subject.trim() === '' ? 'wide' : 'medium-wide'
}

export function planFraming(
  spec: Pick<ShotSpec, 'shotSize' | 'subject' | 'lens'> & Partial<Pick<ShotSpec, 'cameraAngle'>>,
  viewport: { width: number; height: number },
  subject: FramedSubject = FRAMED_PERSON,
): Framing {
  const shotSize = effectiveShotSize(spec)
  const table = SHOT_SIZE_FRAMING[shotSize]
  const lensMm = spec.lens ?? table.lens
  const focalPx = (Math.min(viewport.width, viewport.height) * lensMm) / 24
  if (subject.kind === 'thing') {
    const shift = spec.cameraAngle === 'over-the-shoulder' ? OVER_SHOULDER_SHIFT : 0
    return { shotSize, lensMm, focalPx, ...frameThing(shotSize, subject, viewport, focalPx, shift) }
  }
  // Seated, a person is shorter by the drop of their hips, and their eyes as much lower; on hands
  // and knees, lower still; lifted (in a saddle), everything from the ground up is framed with them.
  const drop =
    (subject.seated ? SEATED_DROP : 0) + (subject.crawling ? CRAWL_DROP : 0) - (subject.lift ?? 0)
  // Shown whole, the hat counts in their height; in a medium shot the frame rises to take it in;
  // closer, the frame is on the face and a tall hat goes out of the top, as it would.
  const rise = subject.hatRise ?? 0
  const height = PERSON_HEIGHT - drop + (WHOLE_SHOTS.has(shotSize) ? rise : 0)
  const raised = shotSize === 'medium' ? rise : 0
  // Shown whole, everyone beside them is kept in the frame too, with a little room.
  const wholeWidth = WHOLE_SHOTS.has(shotSize) ? (subject.groupWidth ?? 0) * 1.1 : 0
  const subjectDistance = Math.max(
    0.35,
    (focalPx * height) / (table.fill * viewport.height),
    (focalPx * wholeWidth) / viewport.width,
  )
  return {
    shotSize,
    lensMm,
    focalPx,
    subjectDistance,
    aimHeight: height * table.aim + raised,
    holdHeight: shotSize === 'insert' ? height * table.aim : DRAWN_EYE_HEIGHT - drop,
    subjectFill: table.fill,
    framedKind: 'person',
  }
}

/**
 * The camera distance and aim for things; `shift` is the share of the frame width they are moved
 * right by (over the shoulder), which their width is framed to leave room for.
 */
function frameThing(
  shotSize: ShotSize,
  thing: { whole: Band; detail: Band },
  viewport: { width: number; height: number },
  focalPx: number,
  shift: number,
): Pick<Framing, 'subjectDistance' | 'aimHeight' | 'holdHeight' | 'subjectFill' | 'framedKind'> {
  const { part, fill, aim } = THING_FRAMING[shotSize]
  const band = part === 'detail' ? thing.detail : thing.whole
  const bandHeight = band.top - band.bottom
  // The height of the frame at the subject plane (m), and the height it aims at.
  let frameHeight: number
  let aimHeight: number
  if (part === 'setting') {
    const height = Math.max(band.top, PERSON_HEIGHT)
    frameHeight = height / fill
    aimHeight = height * aim
  } else {
    const aspect = viewport.width / viewport.height
    // Moved right by `shift` of the frame width, the things' right edge stays where it is when
    // centred: their width fills `fill - 2 x shift` of the frame width.
    frameHeight = Math.max(bandHeight / fill, band.width / ((fill - 2 * shift) * aspect))
    aimHeight = band.bottom + bandHeight * aim
  }
  return {
    subjectDistance: Math.max(0.35, (focalPx * frameHeight) / viewport.height),
    aimHeight,
    holdHeight: aimHeight,
    subjectFill: bandHeight / frameHeight,
    framedKind: 'thing',
  }
}

/** Height, pitch and roll for a camera angle, aimed at the framing's aim point. */
export function planAngle(angle: CameraAngle | '', framing: Framing): AngleSetup {
  if (framing.framedKind === 'thing') return thingAngle(angle, framing)
  const distance = framing.subjectDistance
  const aim = framing.aimHeight
  const aimPitch = (height: number) => Math.atan2(aim - height, distance)
  const level = (height: number): AngleSetup => ({
    height,
    pitch: aimPitch(height),
    roll: 0,
    squash: 1,
  })
  // Eye level: the camera stands at the height it frames and looks level, so the horizon is centred.
  const eye = aim
  // From above, upright things are foreshortened by the cosine of the pitch; aim at the
  // foreshortened aim point so the subject stays centred.
  const lookingDown = (height: number, roughPitch: number): AngleSetup => {
    const squash = Math.max(0.4, Math.cos(roughPitch))
    return { height, pitch: Math.atan2(squash * aim - height, distance), roll: 0, squash }
  }
  switch (angle) {
    case 'low-angle': {
      const height = Math.max(0.3, aim - Math.max(0.6, 0.35 * distance))
      return { ...level(height), pitch: Math.max(aimPitch(height), rad(10)) }
    }
    case 'worms-eye':
      return { ...level(0.1), pitch: Math.max(aimPitch(0.1), rad(26)) }
    case 'high-angle': {
      const height = aim + Math.max(1.2, 0.5 * distance)
      return lookingDown(height, Math.min(aimPitch(height), rad(-14)))
    }
    case 'birds-eye':
      return lookingDown(aim + Math.max(4, 1.5 * distance), rad(-62))
    case 'dutch':
      return { ...level(eye), roll: rad(14) }
    case 'pov':
      return level(EYE_HEIGHT)
    default:
      return level(eye)
  }
}

/** Lowest a camera stands: just off the ground. */
const GROUND_LEVEL = 0.05

/**
 * The camera angle on things: it always looks at the aim point, so the things stay centred, from
 * the height the angle asks for at that distance: level at eye level, from below or above by an
 * angle, from the ground for a worm's-eye view, from a person's eyes for a point of view or over
 * a person's shoulder.
 */
function thingAngle(angle: CameraAngle | '', framing: Framing): AngleSetup {
  const distance = framing.subjectDistance
  const aim = framing.aimHeight
  const from = (height: number): AngleSetup => ({
    height,
    pitch: Math.atan2(aim - height, distance),
    roll: 0,
    squash: 1,
  })
  // From above, upright things are foreshortened (see planAngle).
  const lookingDown = (height: number, roughPitch = Math.atan2(aim - height, distance)) => {
    const squash = Math.max(0.4, Math.cos(roughPitch))
    return { height, pitch: Math.atan2(squash * aim - height, distance), roll: 0, squash }
  }
  const raisedBy = (degrees: number) => aim + distance * Math.tan(rad(degrees))
  switch (angle) {
    case 'low-angle':
      return from(Math.max(GROUND_LEVEL, raisedBy(-20)))
    case 'worms-eye':
      return from(GROUND_LEVEL)
    case 'high-angle':
      return lookingDown(raisedBy(30))
    case 'birds-eye':
      return lookingDown(raisedBy(62), rad(-62))
    case 'dutch':
      return { ...from(aim), roll: rad(14) }
    case 'pov':
    case 'over-the-shoulder':
      // From a standing person's eyes (over the shoulder: past that person's head).
      return aim < EYE_HEIGHT ? lookingDown(EYE_HEIGHT) : from(EYE_HEIGHT)
    default:
      return from(aim)
  }
}

function rad(degrees: number): number {
  return (degrees * Math.PI) / 180
}
