/**
 * The film order: pure functions over the board's sequence (scene-card ids in order).
 *
 * The stored sequence is a Y.Array that several people edit at once, so it can transiently hold
 * duplicates (two people moved one card) or ids of deleted cards. `normalizeSequence` turns it
 * into the order everyone sees: first occurrence wins, unknown ids drop out, and cards missing
 * from it are appended in a stable order.
 */
export function normalizeSequence(stored: readonly string[], cardIds: Iterable<string>): string[] {
  const cards = new Set(cardIds)
  const seen = new Set<string>()
  const order: string[] = []
  for (const id of stored) {
    if (!cards.has(id) || seen.has(id)) continue
    seen.add(id)
    order.push(id)
  }
  const missing = [...cards].filter((id) => !seen.has(id)).sort()
  return order.concat(missing)
}

/** Moves `id` so that it ends up at `toIndex` in the resulting order. */
export function moveInSequence(order: readonly string[], id: string, toIndex: number): string[] {
  const from = order.indexOf(id)
  if (from === -1) return [...order]
  const without = order.filter((_, i) => i !== from)
  const clamped = Math.max(0, Math.min(toIndex, without.length))
  without.splice(clamped, 0, id)
  return without
}

/** Shot numbers by card id: 1-based position in the film. */
export function shotNumbers(order: readonly string[]): Map<string, number> {
  return new Map(order.map((id, i) => [id, i + 1]))
}

/**
 * Brings `ids` together as one run, in film order, where the first of them stands: what grouping
 * cards into a scene does to the film. Ids not in the order are ignored.
 */
export function gatherInSequence(order: readonly string[], ids: Iterable<string>): string[] {
  const wanted = new Set(ids)
  const block = order.filter((id) => wanted.has(id))
  if (block.length === 0) return [...order]
  const start = order.indexOf(block[0] as string)
  const rest = order.filter((id) => !wanted.has(id))
  const before = order.slice(0, start).filter((id) => !wanted.has(id)).length
  return [...rest.slice(0, before), ...block, ...rest.slice(before)]
}
