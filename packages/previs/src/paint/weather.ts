/**
 * Weather drawn over each frame in screen space: rain streaks, snowflakes, blown leaves and dust,
 * lightning flashes. Particles are seeded once and advance with time, so the same spec and seed
 * give the same storm. (Fog is haze baked into the layers by depth; see paint-context.ts.)
 */
import type { SKRSContext2D } from '@napi-rs/canvas'
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
  const rain = particles('rain', 420 * weather.rain)
  const snow = particles('snow', 380 * weather.snow)
  const dust = particles('dust', 40 * weather.wind)
  const flashes = weather.lightning ? lightningTimes(seed) : []
  const rainColour = css(mix(palette.skyHorizon, hex('#ffffff'), 0.6), 0.45)
  const snowColour = css(hex('#ffffff'), 0.9)
  const dustColour = css(mix(palette.light, hex('#6b5a3a'), 0.5), 0.8)
  const slant = 0.18 + weather.wind * 0.35
  const wrap = (v: number, span: number) => ((v % span) + span) % span

  return {
    active: rain.length + snow.length + dust.length + flashes.length > 0,
    draw(ctx, seconds) {
      if (rain.length > 0) {
        ctx.strokeStyle = rainColour
        ctx.lineWidth = 1.3
        ctx.beginPath()
        for (const p of rain) {
          const length = 26 * p.size
          const y = wrap(p.y + seconds * 1500 * p.speed, height + length) - length
          const x = wrap(p.x + (y + length) * slant, width)
          ctx.moveTo(x, y)
          ctx.lineTo(x + length * slant, y + length)
        }
        ctx.stroke()
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
