/** Geometry of the card's clip area: a stage on the card and the frame of the shot's aspect ratio in it. */
import type { AspectRatio } from '@sceneboard/shared'

export interface Size {
  width: number
  height: number
}

/** "16:9" -> 1.777…, "2.39:1" -> 2.39; 16:9 for anything unreadable. */
export function aspectRatioValue(ratio: AspectRatio | string): number {
  const [w, h] = ratio.split(':').map(Number)
  if (!w || !h || !Number.isFinite(w / h)) return 16 / 9
  return w / h
}

/** The largest frame of `ratio` that fits in `box`, centred by the caller. */
export function fitFrame(box: Size, ratio: number): Size {
  if (box.width <= 0 || box.height <= 0) return { width: 0, height: 0 }
  const width = Math.min(box.width, box.height * ratio)
  return { width, height: width / ratio }
}

/**
 * The stage is as wide as the card's content and 16:9 at most, but never takes more than
 * `maxShare` of the card's height, so tall aspect ratios pillarbox instead of pushing the text out.
 */
export function clipStageSize(contentWidth: number, cardHeight: number, maxShare = 0.38): Size {
  const height = Math.max(0, Math.min((contentWidth * 9) / 16, cardHeight * maxShare))
  return { width: Math.max(0, contentWidth), height }
}
