/**
 * Framing: shot size and lens set how far the camera stands from the subject and how wide it
 * sees; the camera angle sets the camera's height, its pitch (and so the horizon) and its roll.
 *
 * The model is a pinhole camera: a focal length in pixels F = shortSide x lens / 24 (a full-frame
 * lens on the frame's short side), so a longer lens is a narrower view. The shot size fixes how
 * much of the frame height the main subject fills, so the camera distance follows from the lens:
 * a longer lens stands further back, which flattens depth (the background keeps its size while
 * the subject stays the same), as on a real set.
 */
import type { CameraAngle, ShotSize, ShotSpec } from '@sceneboard/shared'

/** Share of the frame height a subject fills, and where on it the camera aims (0 feet, 1 head). */
const SHOT_SIZE_FRAMING: Record<ShotSize, { fill: number; aim: number; lens: number }> = {
  'extreme-wide': { fill: 0.07, aim: 0.5, lens: 18 },
  wide: { fill: 0.22, aim: 0.5, lens: 24 },
  full: { fill: 0.82, aim: 0.5, lens: 32 },
  'medium-wide': { fill: 1.25, aim: 0.64, lens: 35 },
  medium: { fill: 1.9, aim: 0.76, lens: 50 },
  'medium-close-up': { fill: 2.8, aim: 0.83, lens: 65 },
  'close-up': { fill: 5, aim: 0.9, lens: 85 },
  'extreme-close-up': { fill: 11, aim: 0.92, lens: 100 },
  insert: { fill: 6, aim: 0.55, lens: 100 },
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
  /** Share of the frame height the main subject fills. */
  subjectFill: number
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
  spec: Pick<ShotSpec, 'shotSize' | 'subject' | 'lens'>,
  viewport: { width: number; height: number },
  subjectHeight = 1.8,
): Framing {
  const shotSize = effectiveShotSize(spec)
  const table = SHOT_SIZE_FRAMING[shotSize]
  const lensMm = spec.lens ?? table.lens
  const focalPx = (Math.min(viewport.width, viewport.height) * lensMm) / 24
  const subjectDistance = Math.max(0.35, (focalPx * subjectHeight) / (table.fill * viewport.height))
  return {
    shotSize,
    lensMm,
    focalPx,
    subjectDistance,
    aimHeight: subjectHeight * table.aim,
    subjectFill: table.fill,
  }
}

/** Height, pitch and roll for a camera angle, aimed at the framing's aim point. */
export function planAngle(angle: CameraAngle | '', framing: Framing): AngleSetup {
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
      return level(1.65)
    default:
      return level(eye)
  }
}

function rad(degrees: number): number {
  return (degrees * Math.PI) / 180
}
