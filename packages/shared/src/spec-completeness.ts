/**
 * How complete a shot description is: which of the five parts video models reward (camera,
 * subject, action, environment, light) are still empty, with a label and a one-line hint for each
 * so the inspector can say what to write next.
 */
import { hasCameraChoice } from './prompt.js'
import { cleanFreeText } from './prompt-text.js'
import type { ShotSpec } from './shot-spec.js'

export const SPEC_PARTS = ['camera', 'subject', 'action', 'environment', 'light'] as const
export type SpecPart = (typeof SPEC_PARTS)[number]

export interface SpecPartGuide {
  label: string
  /** What to write, with an example; reads well after "<label>: ". */
  hint: string
}

export const SPEC_PART_GUIDES: Record<SpecPart, SpecPartGuide> = {
  camera: {
    label: 'Camera',
    hint: "choose how we see it — 'medium close-up, low angle, slow dolly in, 35mm'",
  },
  subject: {
    label: 'Subject',
    hint: "say who or what we watch — 'a keeper in her sixties, yellow oilskin, grey braid'",
  },
  action: {
    label: 'Action',
    hint: "say what happens during the shot — 'winds the lamp clockwork, checks her watch'",
  },
  environment: {
    label: 'Environment',
    hint: "say where it happens — 'a brass lantern room, rain streaking the windows'",
  },
  light: {
    label: 'Light',
    hint: "say when and how it is lit — 'golden hour, low warm sun'",
  },
}

export interface SpecCompleteness {
  /** Empty parts, in the order a cinematographer reads a shot. */
  missing: SpecPart[]
  /** Share of the five parts filled in, from 0 (nothing) to 1 (all). */
  score: number
}

function isBlank(text: string): boolean {
  return cleanFreeText(text) === ''
}

function isFilled(spec: ShotSpec, part: SpecPart): boolean {
  switch (part) {
    case 'camera':
      return hasCameraChoice(spec)
    case 'subject':
      return !isBlank(spec.subject)
    case 'action':
      return !isBlank(spec.action)
    case 'environment':
      return !isBlank(spec.environment)
    case 'light':
      return !isBlank(spec.lighting) || spec.timeOfDay !== ''
  }
}

export function specCompleteness(spec: ShotSpec): SpecCompleteness {
  const missing = SPEC_PARTS.filter((part) => !isFilled(spec, part))
  return { missing, score: (SPEC_PARTS.length - missing.length) / SPEC_PARTS.length }
}

/** "Light: say when and how it is lit — 'golden hour, low warm sun'" */
export function specPartGuideLine(part: SpecPart): string {
  const guide = SPEC_PART_GUIDES[part]
  return `${guide.label}: ${guide.hint}`
}
