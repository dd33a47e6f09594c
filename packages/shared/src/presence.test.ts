import {
  InstancePresenceRecordType,
  PageRecordType,
  createShapeId,
  createUserId,
  type TLInstancePresence,
} from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import {
  PRESENCE_LIMITS,
  awarenessRejectionId,
  awarenessStateProblem,
  awarenessStateSchema,
  fitPresence,
  isAwarenessRejectionId,
  presenceIdOf,
  presenceSchema,
} from './presence.js'

const CLIENT = 4242

/** A presence record made the way the web app makes it (tldraw's record type, its fields). */
function tldrawPresence(overrides: Partial<TLInstancePresence> = {}): TLInstancePresence {
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId(String(CLIENT)),
    userId: createUserId('u-1'),
    userName: 'Ada Director',
    color: '#FF802B',
    currentPageId: PageRecordType.createId('page'),
    selectedShapeIds: [createShapeId('card-1')],
    cursor: { x: 620.5, y: -43, type: 'default', rotation: 0 },
    camera: { x: 0, y: 0, z: 1 },
    screenBounds: { x: 0, y: 0, w: 1280, h: 720 },
    brush: { x: 10, y: 10, w: 50, h: 40 },
    scribbles: [
      {
        id: 'scribble-1',
        points: [
          { x: 1, y: 2 },
          { x: 3, y: 4, z: 0.5 },
        ],
        size: 4,
        color: 'laser',
        opacity: 1,
        state: 'active',
        delay: 0,
        shrink: 0.1,
        taper: true,
      },
    ],
    lastActivityTimestamp: 1_700_000_000_000,
    ...overrides,
  })
}

/** A state as it arrives over the wire: JSON text parsed again. */
function overTheWire(state: unknown): unknown {
  return JSON.parse(JSON.stringify(state))
}

describe('awareness state', () => {
  it('accepts the presence tldraw makes, field for field', () => {
    const presence = tldrawPresence()
    expect(presenceSchema.parse(overTheWire(presence))).toEqual(presence)
    expect(awarenessStateProblem(CLIENT, overTheWire({ presence }))).toBeNull()
    // The defaults of a fresh record (no cursor, camera or selection yet) too.
    const fresh = InstancePresenceRecordType.create({
      id: InstancePresenceRecordType.createId(String(CLIENT)),
      userId: createUserId('u-1'),
      userName: 'Anonymous',
      currentPageId: PageRecordType.createId('page'),
    })
    expect(awarenessStateProblem(CLIENT, overTheWire({ presence: fresh }))).toBeNull()
  })

  it('accepts the states around presence: none yet, cleared, and a client leaving', () => {
    expect(awarenessStateProblem(CLIENT, {})).toBeNull()
    expect(awarenessStateProblem(CLIENT, { presence: null })).toBeNull()
    expect(awarenessStateProblem(CLIENT, null)).toBeNull()
  })

  it('refuses wrong types, with the path to the problem', () => {
    expect(awarenessStateProblem(CLIENT, 'hello')).toMatch(/expected object/)
    expect(awarenessStateProblem(CLIENT, { presence: 'Ada' })).toMatch(/^presence: /)
    const cases: Array<[string, object, RegExp]> = [
      ['a name that is a number', { userName: 7 }, /^presence\.userName: /],
      ['an unknown cursor type', { cursor: { x: 0, y: 0, type: 'lasso', rotation: 0 } }, /cursor/],
      ['a cursor without numbers', { cursor: { x: '1', y: 0, type: 'default', rotation: 0 } }, /x/],
      ['a selection that is not a list', { selectedShapeIds: 'shape:a' }, /selectedShapeIds/],
      ['a selected id of another kind', { selectedShapeIds: ['page:a'] }, /selectedShapeIds\.0/],
      ['a record of another type', { typeName: 'shape' }, /typeName/],
      ['something in meta', { meta: { note: 'hi' } }, /meta/],
    ]
    for (const [what, change, reason] of cases) {
      const presence = { ...(overTheWire(tldrawPresence()) as object), ...change }
      expect(awarenessStateProblem(CLIENT, { presence }), what).toMatch(reason)
    }
  })

  it('refuses fields the web app never sends, in the state and in the record', () => {
    expect(awarenessStateProblem(CLIENT, { user: { name: 'Ada' } })).toMatch(/Unrecognized key/)
    const extra = {
      ...(overTheWire(tldrawPresence()) as object),
      avatarUrl: 'https://example.test/a.png',
    }
    expect(awarenessStateProblem(CLIENT, { presence: extra })).toMatch(/Unrecognized key/)
  })

  it('refuses a cursor at an infinite position (1e999 in JSON)', () => {
    const text = JSON.stringify({ presence: tldrawPresence() }).replace('620.5', '1e999')
    expect(awarenessStateProblem(CLIENT, JSON.parse(text))).toMatch(/^presence\.cursor\.x: /)
  })

  it('refuses sizes over the limits: name, colour, selection, scribbles, chat', () => {
    const over: Array<[string, Partial<TLInstancePresence>, RegExp]> = [
      ['a huge name', { userName: 'A'.repeat(PRESENCE_LIMITS.name + 1) }, /userName/],
      ['an empty name', { userName: '' }, /userName/],
      ['a colour by name', { color: 'red' }, /color: expected a colour as #rrggbb/],
      ['a short colour', { color: '#f80' }, /color/],
      [
        'too many selected shapes',
        {
          selectedShapeIds: Array.from({ length: PRESENCE_LIMITS.selectedShapeIds + 1 }, (_, i) =>
            createShapeId(`s${i}`),
          ),
        },
        /selectedShapeIds/,
      ],
      [
        'a huge shape id',
        { selectedShapeIds: [createShapeId('x'.repeat(PRESENCE_LIMITS.id))] },
        /selectedShapeIds\.0/,
      ],
      [
        'too many scribbles',
        {
          scribbles: Array.from(
            { length: PRESENCE_LIMITS.scribbles + 1 },
            () => tldrawPresence().scribbles[0]!,
          ),
        },
        /scribbles/,
      ],
      [
        'a huge chat message',
        { chatMessage: 'x'.repeat(PRESENCE_LIMITS.chatMessage + 1) },
        /chatMessage/,
      ],
    ]
    for (const [what, overrides, reason] of over) {
      const presence = overTheWire(tldrawPresence(overrides))
      expect(awarenessStateProblem(CLIENT, { presence }), what).toMatch(reason)
    }
  })

  it("refuses a presence record under another client's id", () => {
    const presence = overTheWire(tldrawPresence())
    expect(awarenessStateProblem(CLIENT + 1, { presence })).toBe(
      `presence.id: expected ${presenceIdOf(CLIENT + 1)}, the sender's own`,
    )
    expect(presenceIdOf(CLIENT)).toBe(InstancePresenceRecordType.createId(String(CLIENT)))
  })

  it('names refused states in rejection notices apart from records', () => {
    expect(awarenessRejectionId(CLIENT)).toBe('awareness:4242')
    expect(isAwarenessRejectionId(awarenessRejectionId(CLIENT))).toBe(true)
    expect(isAwarenessRejectionId('shape:abc')).toBe(false)
    expect(isAwarenessRejectionId('sequence')).toBe(false)
  })
})

describe('fitPresence', () => {
  it('leaves a presence within the limits as it is', () => {
    const presence = tldrawPresence()
    expect(fitPresence(presence)).toEqual(presence)
  })

  it('brings an oversized presence within the limits the server checks', () => {
    const scribble = tldrawPresence().scribbles[0]!
    const points = Array.from({ length: PRESENCE_LIMITS.scribblePoints + 50 }, (_, i) => ({
      x: i,
      y: i,
    }))
    const selected = Array.from({ length: PRESENCE_LIMITS.selectedShapeIds + 5 }, (_, i) =>
      createShapeId(`s${i}`),
    )
    const presence = tldrawPresence({
      userName: `${'A'.repeat(PRESENCE_LIMITS.name - 1)}😀 and more`,
      color: 'hotpink',
      selectedShapeIds: [createShapeId('x'.repeat(PRESENCE_LIMITS.id)), ...selected],
      scribbles: Array.from({ length: PRESENCE_LIMITS.scribbles + 3 }, (_, i) => ({
        ...scribble,
        id: `scribble-${i}`,
        points,
      })),
      chatMessage: 'x'.repeat(PRESENCE_LIMITS.chatMessage * 2),
    })
    expect(awarenessStateProblem(CLIENT, overTheWire({ presence }))).not.toBeNull()
    const fitted = fitPresence(presence)
    expect(awarenessStateProblem(CLIENT, overTheWire({ presence: fitted }))).toBeNull()
    // The name is cut before the emoji rather than through it.
    expect(fitted.userName).toBe('A'.repeat(PRESENCE_LIMITS.name - 1))
    expect(fitted.color).toBe('#FF0000')
    expect(fitted.selectedShapeIds[0]).toBe(selected[0])
    expect(fitted.scribbles.at(-1)!.id).toBe(`scribble-${PRESENCE_LIMITS.scribbles + 2}`)
    expect(fitted.scribbles[0]!.points.at(-1)).toEqual(points.at(-1))
    expect(fitPresence(tldrawPresence({ userName: '' })).userName).toBe('Anonymous')
  })

  it('what it gives also passes tldraw’s own presence validator', () => {
    const fitted = fitPresence(tldrawPresence({ color: 'hotpink', userName: '' }))
    expect(() => InstancePresenceRecordType.validate(fitted)).not.toThrow()
    expect(awarenessStateSchema.safeParse(overTheWire({ presence: fitted })).success).toBe(true)
  })
})
