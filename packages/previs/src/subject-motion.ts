/**
 * Where each subject is at each instant: walkers walk, runners run, cars drive, keeping the
 * places the plan gave them relative to each other (they all move at the same speed). A moving
 * subject crosses its planned place halfway through the take and is kept to a share of the frame
 * width per second, so it stays in the picture; a continued take goes on from where it was. A
 * walker on a staircase rises or falls along the flight as they go (subject-climb.ts).
 */
import type { Framing } from './framing.js'
import { climbHeight } from './subject-climb.js'
import { flightAltitude, subjectWidth } from './subject-words.js'
import type { SubjectPlan } from './subjects.js'

export type SubjectPose = {
  /** Metres right of the centre line. */
  x: number
  /** Metres from the camera's starting position. */
  depth: number
  /** Metres above the ground (birds fly; a vase stands on the table). */
  altitude: number
  /** Motion cycle position, in cycles. */
  phase: number
}

/** Subjects this close (m) in front of or behind the plane move as if on it. */
const SAME_PLACE = 0.1

/** Share of the visible width at the subject plane a subject may cross per second. */
const MAX_SCREEN_SPEED = { still: 0, walk: 0.06, run: 0.09, drive: 0.12, sail: 0.05, fly: 0.1 }
/** Gait cycles per second (legs, wings); wheels turn with the distance covered. */
const CYCLES_PER_SECOND = { still: 0, walk: 0.9, run: 1.5, drive: 0, sail: 0, fly: 3 }
/** A dancer's steps where they stand, in cycles a second. */
const DANCE_STEPS_PER_SECOND = 1

export type SubjectTrackInput = {
  subject: SubjectPlan
  framing: Framing
  viewportWidth: number
  /** Frame height in pixels, for an aircraft seen flying over (default: 16:9 of the width). */
  viewportHeight?: number
  /** Length of the first take: subjects cross their planned places at its middle. */
  firstTakeSeconds: number
  /** Seconds of action before this take starts (non-zero for an extended take). */
  actionOffsetSeconds: number
}

export function subjectTrack(input: SubjectTrackInput): (seconds: number) => SubjectPose {
  const { subject, framing } = input
  const planeDepth = framing.subjectDistance
  // Behind the plane by the metres the plan says; in front, by a share of the camera distance,
  // so "in front of" never puts a subject on the lens.
  const offset = subject.depthOffset
  const baseDepth =
    offset >= 0 ? planeDepth + offset : planeDepth * Math.max(0.5, Math.exp(offset / 4))
  // A rider and their mount, or a boat and those in it, are a hair apart in depth, only so that
  // one is drawn over the other: they go at one speed, the plane's.
  const speedDepth = Math.abs(offset) <= SAME_PLACE ? planeDepth : baseDepth
  const visibleWidth = (input.viewportWidth * speedDepth) / framing.focalPx
  const kind = subject.motion.kind
  let speed = Math.min(subject.motion.speed, MAX_SCREEN_SPEED[kind] * visibleWidth)
  // Birds a shot is framed on fly slowly enough to stay in frame, with a margin, for the whole
  // first take, crossing their place at its middle: a close-up keeps a bird rather than losing it.
  const keepInFrame = subject.kind === 'bird' && framing.framedKind === 'thing'
  if (keepInFrame) {
    const half = subjectWidth(subject.kind, subject.noun) / 2
    const room = Math.max(0, 0.45 * visibleWidth - Math.abs(subject.x) - half)
    speed = Math.min(speed, (2 * room) / input.firstTakeSeconds)
  }
  // A rower faces aft, away from where the boat goes.
  const heading = subject.aboard?.aft ? -subject.facing : subject.facing
  const lateral = subject.motion.towardCamera === 0 ? heading * speed : 0
  const approach = -subject.motion.towardCamera * Math.min(speed, 0.05 * baseDepth)
  const centreAt = keepInFrame
    ? input.firstTakeSeconds / 2
    : Math.min(input.firstTakeSeconds / 2, speed > 0 ? (0.3 * visibleWidth) / speed : 0)
  // Birds fly; a thing standing on another ("a vase on the table", "a crow on the chair") stands
  // on its top.
  const flies = subject.kind === 'bird' || subject.airborne === true
  // An aircraft seen from a shot of someone flies in the upper half of the frame at its distance,
  // its wheels a little above the middle of the picture.
  const overhead =
    subject.airborne && framing.framedKind !== 'thing'
      ? framing.aimHeight +
        (0.15 * baseDepth * (input.viewportHeight ?? (input.viewportWidth * 9) / 16)) /
          framing.focalPx
      : null
  const altitude = subject.standsOn ?? overhead ?? (flies ? flightHeight(framing, subject) : 0)
  const climb = subject.motion.climb
  return (seconds) => {
    const t = input.actionOffsetSeconds + seconds
    const travelled = speed * t
    return {
      x: subject.x + lateral * (t - centreAt),
      depth: Math.max(planeDepth * 0.35, baseDepth + approach * t),
      altitude: climb
        ? altitude +
          climbHeight(climb, Math.abs(lateral) * t, Math.abs(lateral) * input.firstTakeSeconds)
        : altitude,
      phase:
        kind === 'drive'
          ? travelled / 2.2
          : (subject.dances ? DANCE_STEPS_PER_SECOND : CYCLES_PER_SECOND[kind]) * t,
    }
  }
}

/**
 * Where birds fly: at the height a shot of things frames them at, or, with a person framed, above
 * the person, higher the further back the camera stands (in a wide they wheel overhead; in a
 * close-up of a face, out of the picture).
 */
function flightHeight(framing: Framing, subject: Pick<SubjectPlan, 'kind' | 'noun'>): number {
  return framing.framedKind === 'thing'
    ? flightAltitude(subject.kind, subject.noun)
    : framing.aimHeight + 0.3 * framing.subjectDistance
}
