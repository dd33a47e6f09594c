/**
 * Weather drawn over each frame in screen space: rain streaks, snowflakes, blown leaves and dust,
 * lightning flashes. Particles are seeded once and advance with time, so the same spec and seed
 * give the same storm. Rain is two pre-drawn tiles of streaks (near and far), each a quarter of
 * the frame, filled over the frame as a repeating pattern that scrolls each frame: stroking
 * hundreds of antialiased lines per frame costs several times as much, and a tile that small
 * stays in the cache while the frame is filled. (Fog is haze baked into the layers by depth; see
 * paint-context.ts.)
 *
 * Indoors nothing falls across the room: rain, snow and dust are seen only through the window
 * panes of the back wall, softened as the wall is, with drops running down the glass; a
 * lightning flash whitens the panes and lights the room more faintly than it lights the open.
 */
import { createCanvas, DOMMatrix, type CanvasPattern, type SKRSContext2D } from '../canvas.js'
import { css, hex, mix } from '../color.js'
import type { Palette } from '../palette.js'
import type { WeatherPlan } from '../plan-scene.js'
import { createRandom, hashString } from '../random.js'

type Particle = { x: number; y: number; speed: number; size: number; drift: number }

/** A window pane's corners on screen, in order around it. */
export type ScreenQuad = readonly { x: number; y: number }[]

/** A room the weather is seen from: the depth-of-field blur of its back wall, and its windows. */
export type RoomView = {
  /** Blur baked into the back wall, in screen pixels. */
  blurPx: number
  /** Whether any window of the wall comes into view during the take. */
  windows: boolean
}

export type WeatherOverlay = {
  /** Whether anything is drawn at all (a clear day draws nothing, so a static shot stays still). */
  active: boolean
  /** Over the whole frame, after everything else: outdoors the weather, indoors a flash's light. */
  draw(ctx: SKRSContext2D, seconds: number): void
  /**
   * Indoors: the weather outside seen through the panes, drawn just after the wall that holds
   * them, so everything nearer hides it. Outdoors it draws nothing.
   */
  drawThroughPanes(ctx: SKRSContext2D, seconds: number, panes: readonly ScreenQuad[]): void
}

/** A flash's light over the open, and over a room (through its windows, fainter). */
const FLASH_ALPHA = { outdoors: 0.45, room: 0.2, pane: 0.75 }

export function createWeatherOverlay(
  weather: WeatherPlan,
  palette: Palette,
  size: { width: number; height: number },
  seed: number,
  room: RoomView | null = null,
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
  const rain = weather.rain > 0 ? rainSheets(weather, palette, size, seed, room) : []
  const snow = particles('snow', 380 * weather.snow)
  const dust = particles('dust', 40 * weather.wind)
  const flashes = weather.lightning ? lightningTimes(seed) : []
  const snowColour = css(hex('#ffffff'), 0.9)
  const dustColour = css(mix(palette.light, hex('#6b5a3a'), 0.5), 0.8)
  const flashColour = hex('#e8eeff')
  const wrap = (v: number, span: number) => ((v % span) + span) % span
  const falls = rain.length + snow.length + dust.length > 0
  const flashing = (seconds: number) =>
    flashes.some((start) => seconds >= start && seconds < start + 0.14)

  /** The falling weather over a screen rectangle (the whole frame, or the panes' bounds). */
  const drawFalling = (
    ctx: SKRSContext2D,
    seconds: number,
    box: { left: number; top: number; right: number; bottom: number },
  ) => {
    for (const sheet of rain) {
      // Each sheet of streaks scrolls down and sideways, its tile repeated over the frame.
      const x = Math.round(wrap(seconds * sheet.speed * sheet.slant, sheet.width))
      const y = Math.round(wrap(seconds * sheet.speed, sheet.height))
      sheet.pattern.setTransform(new DOMMatrix([1, 0, 0, 1, x, y]))
      ctx.fillStyle = sheet.pattern
      ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top)
    }
    const inBox = (x: number, y: number, r: number) =>
      x + r >= box.left && x - r <= box.right && y + r >= box.top && y - r <= box.bottom
    if (snow.length > 0) {
      ctx.fillStyle = snowColour
      for (const p of snow) {
        const y = wrap(p.y + seconds * 90 * p.speed, height + 8) - 4
        const x = wrap(
          p.x + Math.sin(seconds * 1.3 + p.drift) * 14 + seconds * 30 * weather.wind,
          width,
        )
        const r = 1.6 * p.size + 0.6
        if (inBox(x, y, r)) ctx.fillRect(x - r, y - r, r * 2, r * 2)
      }
    }
    if (dust.length > 0) {
      ctx.fillStyle = dustColour
      for (const p of dust) {
        const x = wrap(p.x + seconds * 700 * p.speed, width + 20) - 10
        const y = p.y + Math.sin(seconds * 3 + p.drift) * 20
        if (inBox(x, y, 5 * p.size)) ctx.fillRect(x, y, 5 * p.size, 2.5 * p.size)
      }
    }
  }

  if (!room) {
    return {
      active: falls || flashes.length > 0,
      draw(ctx, seconds) {
        drawFalling(ctx, seconds, { left: 0, top: 0, right: width, bottom: height })
        if (flashing(seconds)) {
          ctx.fillStyle = css(flashColour, FLASH_ALPHA.outdoors)
          ctx.fillRect(0, 0, width, height)
        }
      },
      drawThroughPanes() {},
    }
  }
  return {
    active: (falls && room.windows) || flashes.length > 0,
    draw(ctx, seconds) {
      if (!flashing(seconds)) return
      ctx.fillStyle = css(flashColour, FLASH_ALPHA.room)
      ctx.fillRect(0, 0, width, height)
    },
    drawThroughPanes(ctx, seconds, panes) {
      const flash = flashing(seconds)
      if (panes.length === 0 || !(falls || flash)) return
      let box = { left: width, top: height, right: 0, bottom: 0 }
      ctx.beginPath()
      for (const quad of panes) {
        quad.forEach((corner, i) => {
          if (i === 0) ctx.moveTo(corner.x, corner.y)
          else ctx.lineTo(corner.x, corner.y)
          box = {
            left: Math.min(box.left, corner.x),
            top: Math.min(box.top, corner.y),
            right: Math.max(box.right, corner.x),
            bottom: Math.max(box.bottom, corner.y),
          }
        })
        ctx.closePath()
      }
      box = {
        left: Math.max(0, Math.floor(box.left)),
        top: Math.max(0, Math.floor(box.top)),
        right: Math.min(width, Math.ceil(box.right)),
        bottom: Math.min(height, Math.ceil(box.bottom)),
      }
      if (box.right <= box.left || box.bottom <= box.top) return
      ctx.save()
      ctx.clip()
      drawFalling(ctx, seconds, box)
      if (flash) {
        ctx.fillStyle = css(flashColour, FLASH_ALPHA.pane)
        ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top)
      }
      ctx.restore()
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

type RainSheet = {
  pattern: CanvasPattern
  width: number
  height: number
  /** Pixels a second down, and sideways per pixel down. */
  speed: number
  slant: number
}

/**
 * A near sheet of long fast streaks and a far sheet of short slow faint ones, each a tile half
 * the frame's width and height, seamless when repeated. Seen from a room, the streaks are as soft
 * as the wall's blur (wider and fainter lines, the same light), and a third sheet of drops runs
 * slowly down the glass.
 */
function rainSheets(
  weather: WeatherPlan,
  palette: Palette,
  size: { width: number; height: number },
  seed: number,
  room: RoomView | null,
): RainSheet[] {
  const width = Math.ceil(size.width / 2)
  const height = Math.ceil(size.height / 2)
  const slant = 0.18 + weather.wind * 0.35
  const colour = mix(palette.skyHorizon, hex('#ffffff'), 0.6)
  const soften = room ? Math.min(room.blurPx, 6) * 0.8 : 0
  const sheets = [
    { label: 'far', count: 260, length: 14, alpha: 0.28, lineWidth: 1, speed: 900, slant },
    { label: 'near', count: 160, length: 30, alpha: 0.42, lineWidth: 1.4, speed: 1500, slant },
  ].map((sheet) => ({
    ...sheet,
    alpha: (sheet.alpha * sheet.lineWidth) / (sheet.lineWidth + soften),
    lineWidth: sheet.lineWidth + soften,
  }))
  if (room) {
    sheets.push({
      label: 'glass',
      count: 120,
      length: 7,
      alpha: 0.3,
      lineWidth: 2.2 + soften / 2,
      speed: 70,
      slant: 0,
    })
  }
  return sheets.map((layer) => {
    const tile = createCanvas(width, height)
    const tileCtx = tile.getContext('2d')
    const random = createRandom(hashString(`rain:${layer.label}`, seed))
    tileCtx.strokeStyle = css(colour, layer.alpha)
    tileCtx.lineWidth = layer.lineWidth
    if (room) tileCtx.lineCap = 'round'
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
          tileCtx.lineTo(x + dx + length * layer.slant, y + dy + length)
        }
      }
    }
    tileCtx.stroke()
    const pattern = tileCtx.createPattern(tile, 'repeat')
    if (!pattern) throw new Error('could not make the rain pattern')
    return { pattern, width, height, speed: layer.speed, slant: layer.slant }
  })
}
