/** Output geometry: picture size per aspect ratio and the exact frame count for a duration. */
import type { AspectRatio } from '@sceneboard/shared'

export const PREVIS_FPS = 24

/** The short side is always 720 (16:9 is 1280x720); both sides are even, as yuv420p requires. */
export const OUTPUT_SIZES: Record<AspectRatio, { width: number; height: number }> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 720, height: 720 },
  '4:3': { width: 960, height: 720 },
  '2.39:1': { width: 1720, height: 720 },
}

export function outputSize(aspectRatio: AspectRatio): { width: number; height: number } {
  return OUTPUT_SIZES[aspectRatio]
}

/** round(duration x 24), at least one frame. */
export function frameCount(durationSeconds: number): number {
  return Math.max(1, Math.round(durationSeconds * PREVIS_FPS))
}
