/**
 * Measuring how picture content moved between two grey frames: the best horizontal or vertical
 * shift of their brightness profiles, and the best zoom about the centre.
 */

/** Mean brightness of each column (axis 'x') or row (axis 'y'). */
export function profile(
  frame: Uint8Array,
  width: number,
  height: number,
  axis: 'x' | 'y',
): number[] {
  const length = axis === 'x' ? width : height
  const sums = new Array<number>(length).fill(0)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = frame[y * width + x] as number
      sums[axis === 'x' ? x : y] = (sums[axis === 'x' ? x : y] as number) + value
    }
  }
  return sums.map((sum) => sum / (axis === 'x' ? height : width))
}

/**
 * The shift s (in pixels) that best maps profile a onto profile b: b[i + s] ~ a[i].
 * Positive means the content moved right (x) or down (y).
 */
export function bestShift(a: number[], b: number[], maxShift: number): number {
  let best = 0
  let bestError = Number.POSITIVE_INFINITY
  for (let s = -maxShift; s <= maxShift; s++) {
    let error = 0
    let count = 0
    for (let i = 0; i < a.length; i++) {
      const j = i + s
      if (j < 0 || j >= b.length) continue
      error += Math.abs((a[i] as number) - (b[j] as number))
      count++
    }
    if (count > a.length / 2 && error / count < bestError) {
      bestError = error / count
      best = s
    }
  }
  return best
}

/** The zoom factor z (about the centre) that best maps frame a onto frame b: b(c + z(p - c)) ~ a(p). */
export function bestZoom(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  const cx = width / 2
  const cy = height / 2
  let best = 1
  let bestError = Number.POSITIVE_INFINITY
  for (let z = 0.7; z <= 1.6001; z += 0.01) {
    let error = 0
    let count = 0
    // Compare over the middle of b, sampling a where that pixel came from.
    for (let y = Math.floor(height * 0.2); y < height * 0.8; y += 2) {
      for (let x = Math.floor(width * 0.2); x < width * 0.8; x += 2) {
        const ax = Math.round(cx + (x - cx) / z)
        const ay = Math.round(cy + (y - cy) / z)
        if (ax < 0 || ay < 0 || ax >= width || ay >= height) continue
        error += Math.abs((b[y * width + x] as number) - (a[ay * width + ax] as number))
        count++
      }
    }
    if (error / count < bestError) {
      bestError = error / count
      best = z
    }
  }
  return best
}

/** Mean absolute difference of two grey frames, 0..255. */
export function meanDifference(a: Uint8Array, b: Uint8Array): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] as number) - (b[i] as number))
  return sum / a.length
}
