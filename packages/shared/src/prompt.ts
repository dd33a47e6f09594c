/**
 * Prompt composition: a shot spec read the way a cinematographer reads a shot.
 *
 *   1. shot and camera   "Low-angle medium shot, slow dolly in, 35mm lens."
 *   2. subject, action   "A keeper in a yellow oilskin winds the lamp clockwork."
 *   3. environment       "The lantern room, brass fittings and glass prisms."
 *   4. light, weather    "Warm paraffin glow, at blue hour, in the rain."
 *   5. style             "Moody maritime drama, anamorphic film look."
 *
 * Empty parts drop out with their sentence. A static camera is "not chosen" by default, so it is
 * only spelled out ("locked-off static camera") when the shot has other camera information.
 * Notes, duration, aspect ratio and seed are for the team and the renderer, not the prompt.
 */
import { cleanFreeText, openFragment, paragraph, sentence } from './prompt-text.js'
import {
  CAMERA_ANGLE_LABELS,
  CAMERA_ANGLE_PHRASES,
  CAMERA_MOVEMENT_LABELS,
  CAMERA_MOVEMENT_PHRASES,
  SHOT_SIZE_ABBREVIATIONS,
  SHOT_SIZE_PHRASES,
  TIME_OF_DAY_PHRASES,
  WEATHER_PHRASES,
  lensPhrase,
} from './shot-phrases.js'
import type { ShotSpec } from './shot-spec.js'

/** Whether the spec says anything about the camera besides the default static movement. */
export function hasCameraChoice(spec: ShotSpec): boolean {
  return (
    spec.shotSize !== '' ||
    spec.cameraAngle !== '' ||
    spec.cameraMovement !== 'static' ||
    spec.lens !== null
  )
}

/** "low-angle medium shot", "close-up", "over-the-shoulder shot" or "". */
function framing(spec: ShotSpec): string {
  const angle = spec.cameraAngle === '' ? '' : CAMERA_ANGLE_PHRASES[spec.cameraAngle]
  const size = spec.shotSize === '' ? '' : SHOT_SIZE_PHRASES[spec.shotSize]
  if (angle === '') return size
  return `${angle} ${size === '' ? 'shot' : size}`
}

function cameraSentence(spec: ShotSpec): string {
  if (!hasCameraChoice(spec)) return ''
  return sentence([
    framing(spec),
    CAMERA_MOVEMENT_PHRASES[spec.cameraMovement],
    lensPhrase(spec.lens),
  ])
}

/** Subject and action as one clause; an appositive subject ("Maren, a keeper") is closed by a comma. */
function subjectSentence(spec: ShotSpec): string {
  const subject = openFragment(spec.subject)
  const action = cleanFreeText(spec.action)
  if (subject === '' || action === '') return sentence([subject, action])
  const joiner = subject.includes(',') ? ', ' : ' '
  return sentence([`${subject}${joiner}${action}`])
}

function lightSentence(spec: ShotSpec): string {
  return sentence([
    spec.lighting,
    spec.timeOfDay === '' ? '' : TIME_OF_DAY_PHRASES[spec.timeOfDay],
    spec.weather === '' ? '' : WEATHER_PHRASES[spec.weather],
  ])
}

/** The spec as one model prompt; "" for an empty spec. */
export function composePrompt(spec: ShotSpec): string {
  return paragraph([
    cameraSentence(spec),
    subjectSentence(spec),
    sentence([spec.environment]),
    lightSentence(spec),
    sentence([spec.style]),
  ])
}

/** A one-line camera summary for the card face: "MCU · low angle · dolly in · 35mm" ("" if none). */
export function summarizeSpec(spec: ShotSpec): string {
  if (!hasCameraChoice(spec)) return ''
  return [
    spec.shotSize === '' ? '' : SHOT_SIZE_ABBREVIATIONS[spec.shotSize],
    spec.cameraAngle === '' ? '' : CAMERA_ANGLE_LABELS[spec.cameraAngle],
    CAMERA_MOVEMENT_LABELS[spec.cameraMovement],
    spec.lens === null ? '' : `${spec.lens}mm`,
  ]
    .filter((part) => part !== '')
    .join(' · ')
}
