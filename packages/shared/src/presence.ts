/**
 * A collaborator's presence: what the web app puts into its Yjs awareness state. The state holds
 * one field, `presence`, a tldraw `instance_presence` record (cursor, selection, name, colour,
 * camera, brush, scribbles); it is `{}` before the editor is bound, `{presence: null}` after, and
 * the whole state is `null` once a client leaves. Presence is relayed to everyone on the board and
 * never stored.
 *
 * The sync server checks every incoming awareness state with `awarenessStateProblem`; the web app
 * publishes its presence through `fitPresence`, so what it sends always passes.
 */
import {
  TL_CANVAS_UI_COLOR_TYPES,
  TL_CURSOR_TYPES,
  TL_SCRIBBLE_STATES,
  type TLInstancePresence,
} from '@tldraw/tlschema'
import { z } from 'zod'

/** The awareness field that holds the presence record. */
export const PRESENCE_FIELD = 'presence'

export const PRESENCE_LIMITS = {
  /** Characters of a name (the name field's `maxLength`). */
  name: 60,
  /** Characters of a record id (presence, user, page, shape). */
  id: 200,
  selectedShapeIds: 1000,
  scribbles: 16,
  scribblePoints: 500,
  chatMessage: 500,
} as const

/** A colour is `#rrggbb`, as tldraw's user colours are. */
export const PRESENCE_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/

/** tldraw's own fallbacks when a user has no colour or no name. */
const FALLBACK_COLOR = '#FF0000'
const FALLBACK_NAME = 'Anonymous'

/** zod numbers are finite: `1e999` in JSON (Infinity) is refused. */
const coordinate = z.number()

function recordId(prefix: string) {
  return z.string().max(PRESENCE_LIMITS.id).startsWith(`${prefix}:`)
}

function oneOf(values: ReadonlySet<string>) {
  return z.enum([...values] as [string, ...string[]])
}

const vecSchema = z.strictObject({ x: coordinate, y: coordinate, z: coordinate.optional() })

const boxSchema = z.strictObject({ x: coordinate, y: coordinate, w: coordinate, h: coordinate })

const scribbleSchema = z.strictObject({
  id: z.string().max(PRESENCE_LIMITS.id),
  points: z.array(vecSchema).max(PRESENCE_LIMITS.scribblePoints),
  size: coordinate.nonnegative(),
  color: oneOf(TL_CANVAS_UI_COLOR_TYPES),
  opacity: coordinate,
  state: oneOf(TL_SCRIBBLE_STATES),
  delay: coordinate,
  shrink: coordinate,
  taper: z.boolean(),
})

/** One tldraw `instance_presence` record, field for field, with sizes bounded. */
export const presenceSchema = z.strictObject({
  typeName: z.literal('instance_presence'),
  id: recordId('instance_presence'),
  userId: recordId('user'),
  userName: z.string().min(1).max(PRESENCE_LIMITS.name),
  lastActivityTimestamp: coordinate.nonnegative().nullable(),
  followingUserId: recordId('user').nullable(),
  cursor: z
    .strictObject({
      x: coordinate,
      y: coordinate,
      type: oneOf(TL_CURSOR_TYPES),
      rotation: coordinate,
    })
    .nullable(),
  color: z.string().regex(PRESENCE_COLOR_PATTERN, 'expected a colour as #rrggbb'),
  camera: z.strictObject({ x: coordinate, y: coordinate, z: coordinate }).nullable(),
  screenBounds: boxSchema.nullable(),
  selectedShapeIds: z.array(recordId('shape')).max(PRESENCE_LIMITS.selectedShapeIds),
  currentPageId: recordId('page'),
  brush: boxSchema.nullable(),
  scribbles: z.array(scribbleSchema).max(PRESENCE_LIMITS.scribbles),
  chatMessage: z.string().max(PRESENCE_LIMITS.chatMessage),
  meta: z.strictObject({}),
})
export type Presence = z.infer<typeof presenceSchema>

/** A client's whole awareness state; `null` when it left. */
export const awarenessStateSchema = z
  .strictObject({ [PRESENCE_FIELD]: presenceSchema.nullable().optional() })
  .nullable()
export type AwarenessState = z.infer<typeof awarenessStateSchema>

/** The id of the presence record a client publishes (`instance_presence:<clientId>`). */
export function presenceIdOf(clientId: number): string {
  return `instance_presence:${clientId}`
}

/**
 * Why `state` is not a valid awareness state for client `clientId` (the first problem, with the
 * path to it), or null when it is valid.
 */
export function awarenessStateProblem(clientId: number, state: unknown): string | null {
  const parsed = awarenessStateSchema.safeParse(state)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message
  }
  const presence = parsed.data?.[PRESENCE_FIELD]
  if (presence && presence.id !== presenceIdOf(clientId)) {
    return `${PRESENCE_FIELD}.id: expected ${presenceIdOf(clientId)}, the sender's own`
  }
  return null
}

/** The id a refused awareness state has in a rejection notice. */
export function awarenessRejectionId(clientId: number): string {
  return `awareness:${clientId}`
}

export function isAwarenessRejectionId(id: string): boolean {
  return id.startsWith('awareness:')
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const clipped = text.slice(0, max)
  // Never leave half of a surrogate pair at the end.
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped
}

/**
 * `presence` within the limits the server checks: the name and chat message clipped (an empty name
 * becomes "Anonymous"), a colour that is not `#rrggbb` replaced, the first selected shapes, the
 * latest scribbles and their latest points.
 */
export function fitPresence(presence: TLInstancePresence): TLInstancePresence {
  const { userName, color, selectedShapeIds, scribbles, chatMessage } = presence
  return {
    ...presence,
    userName: clip(userName, PRESENCE_LIMITS.name) || FALLBACK_NAME,
    color: PRESENCE_COLOR_PATTERN.test(color) ? color : FALLBACK_COLOR,
    selectedShapeIds: selectedShapeIds
      .filter((id) => id.length <= PRESENCE_LIMITS.id)
      .slice(0, PRESENCE_LIMITS.selectedShapeIds),
    scribbles: scribbles.slice(-PRESENCE_LIMITS.scribbles).map((scribble) => ({
      ...scribble,
      points: scribble.points.slice(-PRESENCE_LIMITS.scribblePoints),
    })),
    chatMessage: clip(chatMessage, PRESENCE_LIMITS.chatMessage),
  }
}
