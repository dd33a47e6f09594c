/** Small colour arithmetic in linear-ish 0..255 RGB, enough for palettes and atmospheric haze. */

export type Rgb = readonly [number, number, number]

export function hex(value: string): Rgb {
  const n = Number.parseInt(value.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
}

export function multiply(a: Rgb, light: Rgb): Rgb {
  return [(a[0] * light[0]) / 255, (a[1] * light[1]) / 255, (a[2] * light[2]) / 255]
}

export function scale(a: Rgb, k: number): Rgb {
  return [a[0] * k, a[1] * k, a[2] * k]
}

/** Pull towards grey by 1 - amount (amount 1 keeps the colour, 0 is fully grey). */
export function saturate(a: Rgb, amount: number): Rgb {
  const grey = 0.3 * a[0] + 0.59 * a[1] + 0.11 * a[2]
  return [
    grey + (a[0] - grey) * amount,
    grey + (a[1] - grey) * amount,
    grey + (a[2] - grey) * amount,
  ]
}

export function luminance(a: Rgb): number {
  return (0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]) / 255
}

export function css(a: Rgb, alpha = 1): string {
  const c = (v: number) => Math.round(Math.min(255, Math.max(0, v)))
  return alpha >= 1
    ? `rgb(${c(a[0])},${c(a[1])},${c(a[2])})`
    : `rgba(${c(a[0])},${c(a[1])},${c(a[2])},${Math.max(0, alpha).toFixed(3)})`
}
