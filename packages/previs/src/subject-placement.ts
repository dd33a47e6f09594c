/**
 * Where the subjects stand: in a row on the framed plane, spaced by their widths, or by the
 * relations the text gives them ("left of", "behind", "in the background"). Pure.
 */
import type { Entity } from './subject-text.js'

export type Placed = { x: number; depthOffset: number }

/** Subjects within this many metres of the framed plane's depth stand on it. */
export const ON_PLANE = 1.5

/** Metres between the centres of two subjects standing side by side, from their widths. */
export function gap(a: number, b: number): number {
  return (a + b) / 2 + 0.5
}

/** How far either way of its place a crowd (more than three) spreads, in spacings. */
export const CROWD_SPREAD = 2.5

/** Share of their spacing the members of a count of two or three ("two soldiers") stand apart. */
export const MEMBER_CLOSENESS = 0.9

/**
 * The width an entity takes in a row, all of its count: from the outer edge of its first member to
 * that of its last ("two soldiers" side by side), or across a crowd's spread.
 */
function footprint(width: number, count: number): number {
  const spacing = gap(width, width)
  return count > 3
    ? width + 2 * CROWD_SPREAD * spacing
    : width + (count - 1) * spacing * MEMBER_CLOSENESS
}

/**
 * Where an entity stands: by its relation to `refAt`, or else in the row on the framed plane,
 * `spacing` right of the thing placed last there (`lastX`; undefined while the row is empty).
 */
function place(
  entity: Entity,
  spacing: number,
  refAt: Placed | undefined,
  lastX: number | undefined,
): Placed {
  const rowX = lastX ?? 0
  const anchor = refAt ?? { x: 0, depthOffset: 0 }
  switch (entity.relation) {
    case 'left-of':
      return { x: anchor.x - spacing, depthOffset: anchor.depthOffset }
    case 'right-of':
    case 'beside':
      return { x: anchor.x + spacing, depthOffset: anchor.depthOffset }
    case 'in-front-of':
      return { x: anchor.x + spacing * 0.35, depthOffset: anchor.depthOffset - 2 }
    case 'behind':
      return { x: anchor.x - spacing * 0.35, depthOffset: anchor.depthOffset + 3.5 }
    case 'background':
      return { x: rowX + spacing * 0.6, depthOffset: 14 }
    case 'foreground':
      return { x: rowX - spacing * 0.6, depthOffset: -3 }
    case 'at-left':
      return { x: -1.5 * spacing, depthOffset: 0 }
    case 'at-right':
      return { x: 1.5 * spacing, depthOffset: 0 }
    default:
      return { x: lastX === undefined ? 0 : lastX + spacing, depthOffset: 0 }
  }
}

/**
 * Where each entity stands, by the relations the text gives; `widths` are what one of each takes
 * beside the others, and one standing on another subject (`on`) stands where that one does.
 * Entities in a row with no relation are spaced by their whole count's footprint ("two soldiers,
 * a boy": the boy clear of the nearer soldier); one placed by another keeps to their widths.
 */
export function placeAll(
  entities: Entity[],
  widths: readonly number[],
  on: readonly (number | undefined)[],
): Placed[] {
  const footprints = entities.map((entity, i) => footprint(widths[i] as number, entity.count))
  const placed: (Placed | undefined)[] = entities.map(() => undefined)
  // The thing placed last on the framed plane: the next one in the row stands right of it.
  let last: number | undefined
  let anyPlaced = false
  const put = (i: number, at: Placed) => {
    placed[i] = at
    if (at.depthOffset === 0) last = i
    anyPlaced = true
  }
  while (placed.some((p) => p === undefined)) {
    let progress = false
    entities.forEach((entity, i) => {
      if (placed[i]) return
      const support = on[i]
      if (support !== undefined) {
        // On another subject: where it stands, taking no place of its own in the row.
        const at = placed[support]
        if (at) placed[i] = at
        progress ||= at !== undefined
        return
      }
      const needsRef = entity.ref !== undefined
      const refAt = needsRef ? placed[entity.ref as number] : undefined
      if (needsRef && !refAt) return
      const fresh = !needsRef && !anyPlaced
      // Half of each one's width apart plus a gap: it and what it is placed by, else the last in
      // the row, all of each one's count.
      const inRow = !needsRef && !entity.relation
      const sizes = inRow ? footprints : widths
      const width = sizes[i] as number
      const neighbour = entity.ref ?? last
      const spacing = gap(width, sizes[neighbour ?? -1] ?? width)
      const lastX = last === undefined ? undefined : (placed[last] as Placed).x
      put(
        i,
        fresh && !entity.relation ? { x: 0, depthOffset: 0 } : place(entity, spacing, refAt, lastX),
      )
      progress = true
    })
    if (!progress) {
      // A cycle ("a man with a dog to his left"): stand the first unplaced one where it would be alone.
      const i = placed.findIndex((p) => p === undefined)
      const lastX = last === undefined ? 0 : (placed[last] as Placed).x
      put(i, anyPlaced ? { x: lastX + 1, depthOffset: 0 } : { x: 0, depthOffset: 0 })
    }
  }
  return placed as Placed[]
}
