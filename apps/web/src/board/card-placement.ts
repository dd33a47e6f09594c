/** Where "+ Scene" puts a new card: right of the film's last card, clear of other cards. */

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export const CARD_GAP = 80

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * The top-left corner for a new card of `size`: one gap right of `last` (the last card in the
 * sequence), moved further right past any card it would overlap; centred on `fallbackCenter`
 * when the board has no cards yet.
 */
export function nextCardPosition(
  size: { w: number; h: number },
  last: Rect | null,
  occupied: readonly Rect[],
  fallbackCenter: { x: number; y: number },
): { x: number; y: number } {
  if (!last) return { x: fallbackCenter.x - size.w / 2, y: fallbackCenter.y - size.h / 2 }
  const candidate: Rect = { x: last.x + last.w + CARD_GAP, y: last.y, ...size }
  for (let guard = 0; guard < 1000; guard++) {
    const blocker = occupied.find((rect) => overlaps(candidate, rect))
    if (!blocker) break
    candidate.x = blocker.x + blocker.w + CARD_GAP
  }
  return { x: candidate.x, y: candidate.y }
}
