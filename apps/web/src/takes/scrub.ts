/**
 * Hover scrubbing: the pointer's position across the clip picks the moment shown, left edge the
 * first frame, right edge the last.
 */

/** Where the pointer is across the element, 0 at its left edge and 1 at its right. */
export function scrubRatio(clientX: number, left: number, width: number): number {
  if (!(width > 0) || !Number.isFinite(clientX)) return 0
  return Math.min(1, Math.max(0, (clientX - left) / width))
}

/**
 * The time in the clip for a ratio: kept a frame short of the end, so the last frame shows
 * instead of the video ending (and looping back to the first).
 */
export function scrubTime(ratio: number, durationSeconds: number, fps = 24): number {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return 0
  const last = Math.max(0, durationSeconds - 1 / fps)
  return Math.min(last, Math.max(0, ratio) * durationSeconds)
}
