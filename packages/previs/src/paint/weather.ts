/**
 * Weather drawn over each frame in screen space: rain streaks, snowflakes, blown leaves and dust,
 * lightning flashes. Particles are seeded once and advance with time, so the same spec and seed
 * give the same storm. Rain is two pre-drawn tiles of streaks (near and far), each a quarter of
 * the frame, filled over the frame as a repeating pattern that scrolls each frame: stroking
 * hundreds of antialiased lines per frame costs several times as much, and a tile that small
 * stays in the cache while the frame is filled. (Fog is haze baked into the layers by depth; see
 * paint-context.ts.)
 */
import { createCanvas, DOMMatrix, type CanvasPattern, type SKRSContext2D } from '../canvas.js'
import { css, hex, mix } from '../color.js'
import type { Palette } from '../palette.js'
import type { WeatherPlan } from '../plan-scene.js'
import { createRandom, hashString } from '../random.js'

type Particle = { x: number; y: number; speed: number; size: number; drift: number }

export type WeatherOverlay = {
  /** Whether anything is drawn at all (a clear day draws nothing, so a static shot stays still). */
  active: boolean
  draw(ctx: SKRSContext2D, seconds: number): void
}

export function createWeatherOverlay(
  weather: WeatherPlan,
  palette: Palette,
  size: { width: number; height: number },
  seed: number,
): WeatherOverlay {
  const { width, height } = size
  const area = (width * height) / (1280 * 720)
  const particles = (label: string, count: number): Particle[] => {
    const random = createRandom(hashString(label, seed))
    return Array.from({ length: Math.round(count * area) }, () => ({
      x: random.range(0, width),
      y: random.range(0, height),
      speed: random.range(0.7, 1.3),
      size: random.range(0.6, 1.4),
      drift: random.range(0, Math.PI * 2),
    }))
  }
  const rain = weather.rain > 0 ? rainSheets(weather, palette, size, seed) : []
  const snow = particles('snow', 380 * weather.snow)
  const dust = particles('dust', 40 * weather.wind)
  const flashes = weather.lightning ? lightningTimes(seed) : []
  const snowColour = css(hex('#ffffff'), 0.9)
  const dustColour = css(mix(palette.light, hex('#6b5a3a'), 0.5), 0.8)
  const slant = 0.18 + weather.wind * 0.35
  const wrap = (v: number, span: number) => ((v % span) + span) % span

  return {
    active: rain.length + snow.length + dust.length + flashes.length > 0,
    draw(ctx, seconds) {
      for (const sheet of rain) {
        // Each sheet of streaks scrolls down and sideways, its tile repeated over the frame.
        const x = Math.round(wrap(seconds * sheet.speed * slant, sheet.width))
        const y = Math.round(wrap(seconds * sheet.speed, sheet.height))
        sheet.pattern.setTransform(new DOMMatrix([1, 0, 0, 1, x, y]))
        ctx.fillStyle = sheet.pattern
        ctx.fillRect(0, 0, width, height)
      }
      if (snow.length > 0) {
        ctx.fillStyle = snowColour
        for (const p of snow) {
          const y = wrap(p.y + seconds * 90 * p.speed, height + 8) - 4
          const x = wrap(
            p.x + Math.sin(seconds * 1.3 + p.drift) * 14 + seconds * 30 * weather.wind,
            width,
          )
          const r = 1.6 * p.size + 0.6
          ctx.fillRect(x - r, y - r, r * 2, r * 2)
        }
      }
      if (dust.length > 0) {
        ctx.fillStyle = dustColour
        for (const p of dust) {
          const x = wrap(p.x + seconds * 700 * p.speed, width + 20) - 10
          const y = p.y + Math.sin(seconds * 3 + p.drift) * 20
          ctx.fillRect(x, y, 5 * p.size, 2.5 * p.size)
        }
      }
      const flash = flashes.find((start) => seconds >= start && seconds < start + 0.14)
      if (flash !== undefined) {
        ctx.fillStyle = css(hex('#e8eeff'), 0.45)
        ctx.fillRect(0, 0, width, height)
      }
    },
  }
}

/** Seeded flash start times, a few seconds apart. */
function lightningTimes(seed: number): number[] {
  const random = createRandom(hashString('lightning', seed))
  const times: number[] = []
  let t = random.range(0.6, 2.5)
  while (t < 60) {
    times.push(t)
    t += random.range(2.5, 6)
  }
  return times
}

type RainSheet = { pattern: CanvasPattern; width: number; height: number; speed: number }

/**
 * A near sheet of long fast streaks and a far sheet of short slow faint ones, each a tile half
 * the frame's width and height, seamless when repeated.
 */
function rainSheets(
  weather: WeatherPlan,
  palette: Palette,
  size: { width: number; height: number },
  seed: number,
): RainSheet[] {
  const width = Math.ceil(size.width / 2)
  const height = Math.ceil(size.height / 2)
  const slant = 0.18 + weather.wind * 0.35
  const colour = mix(palette.skyHorizon, hex('#ffffff'), 0.6)
  return [
    { label: 'far', count: 260, length: 14, alpha: 0.28, lineWidth: 1, speed: 900 },
    { label: 'near', count: 160, length: 30, alpha: 0.42, lineWidth: 1.4, speed: 1500 },
  ].map((layer) => {
    const tile = createCanvas(width, height)
    const tileCtx = tile.getContext('2d')
    const random = createRandom(hashString(`rain:${layer.label}`, seed))
    tileCtx.strokeStyle = css(colour, layer.alpha)
    tileCtx.lineWidth = layer.lineWidth
    tileCtx.beginPath()
    const count = Math.round(layer.count * weather.rain * ((width * height) / (1280 * 720)))
    for (let i = 0; i < count; i++) {
      const x = random.range(0, width)
      const y = random.range(0, height)
      const length = layer.length * random.range(0.7, 1.3)
      // Draw each streak at its wrapped positions too, so the repeated tile has no seams.
      for (const dx of [0, -width, width]) {
        for (const dy of [0, -height]) {
          tileCtx.moveTo(x + dx, y + dy)
          tileCtx.lineTo(x + dx + length * slant, y + dy + length)
        }
      }
    }
    tileCtx.stroke()
    const pattern = tileCtx.createPattern(tile, 'repeat')
    if (!pattern) throw new Error('could not make the rain pattern')
    return { pattern, width, height, speed: layer.speed }
  })
}
