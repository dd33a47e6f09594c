/**
 * Camera paths: for each instant of a take, the camera state that cameraMovement asks for.
 *
 *   pan       turns (yaw): every layer shifts by the same amount, opposite to the turn
 *   tilt      turns (pitch): every layer shifts vertically by the same amount
 *   truck     moves sideways: near layers shift more than far ones (parallax), the sky not at all
 *   crane     moves up or down: the same parallax, vertically
 *   dolly     moves forward or back: near layers grow or shrink more than far ones
 *   zoom      changes the focal length: every layer scales by the same factor
 *             (both tilt as they go to keep the framed point where it was in the frame: a
 *             person's eyes, so a push in on someone does not lose their head off the top)
 *   orbit     circles the subject while keeping it centred: what is behind the subject slides one
 *             way and what is in front of it the other (layers stay upright, facing the camera)
 *   handheld  seeded, bounded, smooth shake
 *   static    exactly the same state on every frame
 *
 * Amounts grow with the take's length (a rate per second) up to a cap, with a gentle ease in and
 * out. A path can start from any state, so an extended take continues where the last one ended.
 */
import type { CameraMovement } from '@sceneboard/shared'
import type { CameraState } from './camera-state.js'
import { createNoise1D, hashString } from './random.js'

export type CameraPath = (seconds: number) => CameraState

export type CameraPathInput = {
  movement: CameraMovement
  /** The state at t = 0 (the base framing, or where a previous take ended). */
  start: CameraState
  /** Depth of the subject plane (m from the first take's starting position). */
  subjectDepth: number
  /**
   * The height (m, as projected: foreshortened from above) on the subject plane that a dolly or
   * zoom keeps at the same place in the frame, tilting as it goes; without one they never tilt.
   */
  holdHeight?: number
  durationSeconds: number
  seed: number
}

const DEG = Math.PI / 180

/** Half linear, half smoothstep: the camera eases in and out but never sits still mid-move. */
export function easeMove(u: number): number {
  const t = Math.min(1, Math.max(0, u))
  return 0.5 * t + 0.5 * t * t * (3 - 2 * t)
}

export function planCameraPath(input: CameraPathInput): CameraPath {
  const { movement, start, durationSeconds: duration } = input
  const distance = Math.max(0.5, input.subjectDepth - start.z)
  const capped = (rate: number, cap: number) => Math.min(rate * duration, cap)
  const progress = (t: number) => easeMove(duration > 0 ? t / duration : 1)
  const hold: CameraPath = () => ({ ...start })

  switch (movement) {
    case 'static':
      return hold
    case 'pan-left':
    case 'pan-right': {
      const sign = movement === 'pan-right' ? 1 : -1
      const total = sign * capped(3.5 * DEG, 40 * DEG)
      return (t) => ({ ...start, yaw: start.yaw + total * progress(t) })
    }
    case 'tilt-up':
    case 'tilt-down': {
      const sign = movement === 'tilt-up' ? 1 : -1
      const total = sign * capped(2.5 * DEG, 25 * DEG)
      return (t) => ({ ...start, pitch: start.pitch + total * progress(t) })
    }
    case 'truck-left':
    case 'truck-right': {
      const sign = movement === 'truck-right' ? 1 : -1
      const total = sign * capped(0.05, 0.6) * distance
      return (t) => ({ ...start, x: start.x + total * progress(t) })
    }
    case 'crane-up':
    case 'crane-down': {
      const rise = capped(0.04, 0.8) * Math.max(distance, 2)
      if (movement === 'crane-up') return (t) => ({ ...start, y: start.y + rise * progress(t) })
      // Down: never below the ground; a crane-down from a low camera drops what room there is.
      const drop = Math.min(rise, Math.max(0, start.y - 0.15))
      return (t) => ({ ...start, y: start.y - drop * progress(t) })
    }
    case 'dolly-in':
    case 'dolly-out': {
      const total =
        movement === 'dolly-in' ? capped(0.07, 0.45) * distance : -capped(0.1, 0.8) * distance
      return (t) => {
        const z = start.z + total * progress(t)
        return { ...start, z, pitch: held(input, z, start.zoom) }
      }
    }
    case 'zoom-in':
    case 'zoom-out': {
      const factor = Math.exp(capped(Math.log(1.08), Math.log(2.5)))
      const end = movement === 'zoom-in' ? start.zoom * factor : start.zoom / factor
      const clampedEnd = Math.min(6, Math.max(0.3, end))
      const ratio = Math.log(clampedEnd / start.zoom)
      return (t) => {
        const zoom = start.zoom * Math.exp(ratio * progress(t))
        return { ...start, zoom, pitch: held(input, start.z, zoom) }
      }
    }
    case 'orbit-left':
    case 'orbit-right': {
      // Circle the subject plane: what is behind it slides against the move, what is in front with it.
      const sign = movement === 'orbit-left' ? 1 : -1
      const total = sign * capped(4 * DEG, 45 * DEG)
      return (t) => ({ ...start, orbit: start.orbit + total * progress(t) })
    }
    case 'handheld':
      return handheldPath(start, input.seed)
  }
}

/**
 * The pitch that keeps the hold point where it was at the start once the camera is at `z` with
 * `zoom`. On screen the point sits focal x zoom x (rise / distance - tan(pitch)) above the centre
 * (projection.ts), which this holds constant. Without a hold point, the starting pitch.
 */
function held(input: CameraPathInput, z: number, zoom: number): number {
  const { start, holdHeight } = input
  if (holdHeight === undefined) return start.pitch
  const rise = holdHeight - start.y
  const from = Math.max(0.5, input.subjectDepth - start.z)
  const to = Math.max(0.5, input.subjectDepth - z)
  const offset = (start.zoom / zoom) * (rise / from - Math.tan(start.pitch))
  return Math.atan(rise / to - offset)
}

/** Smooth, bounded shake: two octaves of seeded value noise per axis. */
function handheldPath(start: CameraState, seed: number): CameraPath {
  const axis = (name: string) => {
    const slow = createNoise1D(hashString(`${name}:slow`, seed))
    const fast = createNoise1D(hashString(`${name}:fast`, seed))
    return (t: number) => 0.75 * slow(t * 0.8) + 0.25 * fast(t * 3.1)
  }
  const yaw = axis('yaw')
  const pitch = axis('pitch')
  const roll = axis('roll')
  const x = axis('x')
  const y = axis('y')
  return (t) => ({
    ...start,
    yaw: start.yaw + HANDHELD_LIMITS.yaw * yaw(t),
    pitch: start.pitch + HANDHELD_LIMITS.pitch * pitch(t),
    roll: start.roll + HANDHELD_LIMITS.roll * roll(t),
    x: start.x + HANDHELD_LIMITS.x * x(t),
    y: start.y + HANDHELD_LIMITS.y * y(t),
  })
}

/** The largest excursion of a handheld camera from its start on each axis. */
export const HANDHELD_LIMITS = {
  yaw: 0.8 * DEG,
  pitch: 0.6 * DEG,
  roll: 0.7 * DEG,
  x: 0.03,
  y: 0.02,
} as const
