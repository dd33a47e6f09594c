/** Reordering maths for the sequence strip (pure, so drag-and-drop and keys share it). */

export type DropSide = 'before' | 'after'

/**
 * Where a card dragged from `fromIndex` ends up when dropped on the `side` of the tile at
 * `overIndex`, as the index in the resulting order (what `moveCard(id, toIndex)` takes).
 */
export function dropTargetIndex(fromIndex: number, overIndex: number, side: DropSide): number {
  const insertAt = side === 'before' ? overIndex : overIndex + 1
  return fromIndex < insertAt ? insertAt - 1 : insertAt
}

/** The index a keyboard move (Alt+Arrow) sends a card to, or null at either end. */
export function keyboardMoveIndex(index: number, length: number, direction: -1 | 1): number | null {
  const next = index + direction
  return next < 0 || next >= length ? null : next
}

/** Which half of a tile the pointer is over. */
export function dropSideAt(pointerX: number, tileLeft: number, tileWidth: number): DropSide {
  return pointerX < tileLeft + tileWidth / 2 ? 'before' : 'after'
}
