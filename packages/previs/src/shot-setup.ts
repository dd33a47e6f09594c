/**
 * A shot, set up: everything about a take that does not depend on drawing. The scene plan, the
 * framing and angle, the camera path, the set's layers and each subject's track. Pure: the
 * renderer draws it, tests inspect it.
 */
import type { ShotSpec } from '@sceneboard/shared'
import { planCameraPath, type CameraPath } from './camera-path.js'
import type { CameraState } from './camera-state.js'
import { framedSubject } from './framed-subject.js'
import {
  OVER_SHOULDER_SHIFT,
  planAngle,
  planFraming,
  showsWhole,
  type AngleSetup,
  type Framing,
} from './framing.js'
import { frameCount, outputSize, PREVIS_FPS } from './output-size.js'
import { planScene, type ScenePlan } from './plan-scene.js'
import { applyAffine, projectPlane, type Viewport } from './projection.js'
import type { Rgb } from './color.js'
import type { StairFlight } from './subject-climb.js'
import { subjectTrack, type SubjectPose } from './subject-motion.js'
import { ON_PLANE } from './subject-placement.js'
import type { SubjectPlan } from './subjects.js'
import { cityLayers, interiorLayers } from './paint/built-sets.js'
import type { LayerDef } from './paint/layer-def.js'
import { coastLayers } from './paint/coast-set.js'
import {
  countrysideLayers,
  desertLayers,
  forestLayers,
  mountainLayers,
} from './paint/outdoor-sets.js'
import { marsLayers, moonLayers } from './paint/off-world.js'
import { overShoulderLayer } from './paint/over-shoulder.js'
import { westernTownLayers } from './paint/western-town.js'
import { paintFlight, stairMaterial } from './paint/stairs.js'

/** Where a take ended, so the next one can continue it. */
export type PrevisEndState = {
  camera: CameraState
  /** Seconds of action played so far (subjects continue from there). */
  actionSeconds: number
  /** Length of the first take of the chain (subjects' paths are anchored to it). */
  firstTakeSeconds: number
}

export type ContinueFrom = { spec: ShotSpec; endState?: PrevisEndState }

export type Shot = {
  spec: ShotSpec
  plan: ScenePlan
  framing: Framing
  angle: AngleSetup
  viewport: Viewport
  frames: number
  fps: number
  durationSeconds: number
  camera: CameraPath
  layers: LayerDef[]
  subjects: { plan: SubjectPlan; track: (seconds: number) => SubjectPose }[]
  /** The state to hand to a continuation of this take. */
  endState: PrevisEndState
}

/** People this far (m) either side of the framed one share a shot closer than medium-wide. */
const TWO_SHOT_REACH = 1.5

/**
 * What a shot closer than medium-wide centres on: the framed person and the people beside them
 * on their plane (a two-shot of "a woman left of a man"), midway between the outermost; not the
 * desk or the table beside them, nor someone across the table, who would leave both half out of
 * the frame. 0 when the framed subject is no person.
 */
function peopleCentre(subjects: readonly SubjectPlan[]): number {
  const framed = subjects.find((s) => s.framed)
  if (framed?.kind !== 'person') return 0
  const people = subjects.filter(
    (s) =>
      s.kind === 'person' &&
      // On the ground, in a saddle or in a boat: not a figure stood on a table.
      (s.standsOn === undefined || s.seat !== undefined || s.aboard !== undefined) &&
      Math.abs(s.depthOffset - framed.depthOffset) < ON_PLANE &&
      Math.abs(s.x - framed.x) <= TWO_SHOT_REACH,
  )
  const xs = [framed.x, ...people.map((s) => s.x)]
  return (Math.min(...xs) + Math.max(...xs)) / 2
}

/** `cast`: the subject texts of the board's other shots (plan-scene.ts, subject-cast.ts). */
export function setUpShot(
  spec: ShotSpec,
  continueFrom?: ContinueFrom,
  cast: readonly string[] = [],
): Shot {
  const { width, height } = outputSize(spec.aspectRatio)
  const plan = planScene(spec, cast)
  const framing = planFraming(spec, { width, height }, framedSubject(plan.subjects))
  const angle = planAngle(spec.cameraAngle, framing)
  const viewport: Viewport = { width, height, focalPx: framing.focalPx, squash: angle.squash }
  const base: CameraState = {
    x: 0,
    y: angle.height,
    z: 0,
    yaw: 0,
    pitch: angle.pitch,
    roll: angle.roll,
    zoom: 1,
    orbit: 0,
    pivotDepth: framing.subjectDistance,
  }
  const previous = continueFrom
    ? (continueFrom.endState ?? setUpShot(continueFrom.spec).endState)
    : null
  const frames = frameCount(spec.durationSeconds)
  const durationSeconds = frames / PREVIS_FPS
  const firstTakeSeconds = previous?.firstTakeSeconds ?? durationSeconds
  const actionOffsetSeconds = previous?.actionSeconds ?? 0
  // Over the shoulder, the subject is framed right of centre, facing the foreground figure.
  const offsetX =
    (plan.overTheShoulder
      ? (width * OVER_SHOULDER_SHIFT * framing.subjectDistance) / framing.focalPx
      : 0) - (showsWhole(framing.shotSize) ? 0 : peopleCentre(plan.subjects))
  const trackOf = (subject: SubjectPlan) => ({
    plan: subject,
    track: subjectTrack({
      subject,
      framing,
      viewportWidth: width,
      viewportHeight: height,
      firstTakeSeconds,
      actionOffsetSeconds,
    }),
  })
  const placed = plan.subjects
    .map((planned) => ({
      ...planned,
      x: planned.x + offsetX,
      facing: plan.overTheShoulder ? (-1 as const) : planned.facing,
    }))
    .map(trackOf)
  // A climb on a staircase: the camera is raised to frame the climber halfway up, and the flight
  // stands where their walk meets the floor.
  const climber = placed.find(({ plan: subject }) => subject.motion.climb !== undefined)
  const midRise = climber ? climber.track(firstTakeSeconds / 2 - actionOffsetSeconds).altitude : 0
  const lifted = { ...base, y: base.y + (climber?.plan.framed ? midRise : 0) }
  const camera = planCameraPath({
    movement: spec.cameraMovement,
    start: previous?.camera ?? lifted,
    subjectDepth: framing.subjectDistance,
    holdHeight: framing.holdHeight * angle.squash,
    durationSeconds,
    seed: spec.seed + (previous ? Math.round(previous.actionSeconds * 1000) : 0),
  })
  // A watched subject may have to come nearer to be seen; the others keep the tracks they have.
  const subjects = placed.map((entry) =>
    entry.plan.watched
      ? trackOf({
          ...entry.plan,
          depthOffset: seenDepthOffset(entry.plan, camera(durationSeconds / 2), framing, viewport),
        })
      : entry,
  )
  const flight = climber ? stairFlight(climber, firstTakeSeconds, actionOffsetSeconds) : undefined
  const stairs = flight && {
    flight,
    material: stairMaterial(`${spec.environment} ${spec.subject} ${spec.action}`),
  }
  const layers = setLayers(plan, framing.subjectDistance, stairs)
  if (plan.overTheShoulder) layers.push(overShoulderLayer(framing, viewport))
  return {
    spec,
    plan,
    framing,
    angle,
    viewport,
    frames,
    fps: PREVIS_FPS,
    durationSeconds,
    camera,
    layers,
    subjects,
    endState: {
      camera: camera(durationSeconds),
      actionSeconds: actionOffsetSeconds + durationSeconds,
      firstTakeSeconds,
    },
  }
}

function setLayers(
  plan: ScenePlan,
  subjectDistance: number,
  stairs?: { flight: StairFlight; material: Rgb },
): LayerDef[] {
  const layers = (() => {
    switch (plan.set) {
      case 'city-street':
        return plan.western ? westernTownLayers(subjectDistance) : cityLayers(plan, subjectDistance)
      case 'forest':
        return forestLayers(plan, subjectDistance)
      case 'coast':
        return coastLayers(plan, subjectDistance)
      case 'desert':
        return desertLayers(plan, subjectDistance)
      case 'interior':
        return interiorLayers(plan, subjectDistance)
      case 'mountains':
        return mountainLayers(plan, subjectDistance)
      case 'countryside':
        return countrysideLayers(plan, subjectDistance)
      case 'moon':
        return moonLayers(plan, subjectDistance)
      case 'mars':
        return marsLayers(plan, subjectDistance)
    }
  })()
  // Foreground dressing only where the camera stands far enough back to have a foreground.
  const kept = layers.filter((layer) => layer.name !== 'near' || subjectDistance >= 2.5)
  if (!stairs) return kept
  // A staircase stands on the subjects' plane, in any set.
  return kept.map((layer) =>
    layer.name === 'stage'
      ? {
          ...layer,
          top: Math.max(layer.top, STAIR_TOP),
          paint: (p) => {
            layer.paint(p)
            paintFlight(p, stairs.flight, stairs.material)
          },
        }
      : layer,
  )
}

/** How high a staircase's layer reaches (m): a storey and more. */
const STAIR_TOP = 8

/** Where in the frame's height a watched subject's foot may stand, as shares from the top. */
const SEEN_FROM = 0.12
const SEEN_TO = 0.95

/**
 * How far back a watched subject stands: as planned, or, if its foot would be out of the frame at
 * mid-take there (far off over the top of a shot looking down, or under the bottom of one looking
 * up), the farthest it can stand and be in the frame. Its foot's height in the frame changes
 * steadily with its distance, so the distance is found by halving.
 */
function seenDepthOffset(
  subject: SubjectPlan,
  camera: CameraState,
  framing: Framing,
  viewport: Viewport,
): number {
  const footY = (offset: number) => {
    const depth = framing.subjectDistance + offset
    return applyAffine(projectPlane(camera, depth, viewport).matrix, subject.x, 0).y
  }
  const inFrame = (offset: number) => {
    const y = footY(offset) / viewport.height
    return y >= SEEN_FROM && y <= SEEN_TO
  }
  if (inFrame(subject.depthOffset) || !inFrame(0)) return subject.depthOffset
  let near = 0
  let far = subject.depthOffset
  for (let step = 0; step < 20; step++) {
    const middle = (near + far) / 2
    if (inFrame(middle)) near = middle
    else far = middle
  }
  return near
}

/**
 * The flight a climber walks: its foot where their walk meets the floor (where it starts, going
 * up; where the first take ends, going down), rising the way they walk up it.
 */
function stairFlight(
  climber: { plan: SubjectPlan; track: (seconds: number) => SubjectPose },
  firstTakeSeconds: number,
  actionOffsetSeconds: number,
): StairFlight {
  const up = climber.plan.motion.climb === 1
  const atFloor = (up ? 0 : firstTakeSeconds) - actionOffsetSeconds
  const start = climber.track(-actionOffsetSeconds).x
  const end = climber.track(firstTakeSeconds - actionOffsetSeconds).x
  const walksRight = end >= start
  return { footX: climber.track(atFloor).x, rises: walksRight === up ? 1 : -1 }
}
