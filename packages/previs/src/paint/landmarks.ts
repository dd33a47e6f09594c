/**
 * Landmarks drawn in world metres about their foot: a lighthouse's tower, its lamp lit and its
 * beam sweeping round when the words light it (figures.ts draws them among the subjects).
 */
import { createCanvas, ImageData, type Canvas, type SKRSContext2D } from '../canvas.js'
import { css, hex } from '../color.js'
import type { SubjectPlan } from '../subjects.js'
import { landmarkShape } from '../subject-words.js'
import type { FigureStyle } from './figures.js'

/** A landmark by its noun, `seconds` into the action (a lighthouse's lamp turns with it). */
export function landmark(ctx: SKRSContext2D, s: FigureStyle, noun: string, seconds: number): void {
  if (landmarkShape(noun) === 'tower') {
    if (!sweepsBeam({ kind: 'landmark', noun }) || s.beacon <= 0) return tower(ctx, s, false)
    // The lamp turns: its beam swings across the frame, shortening as it turns towards the
    // camera (a glare) or away (behind the tower), then reaching out the other way.
    const azimuth = BEAM_START - (2 * Math.PI * seconds) / BEAM_TURN_SECONDS
    const across = Math.cos(azimuth)
    const toward = -Math.sin(azimuth)
    if (toward < 0) beam(ctx, s.beacon, across, toward)
    tower(ctx, s, true)
    if (toward >= 0) beam(ctx, s.beacon, across, toward)
    lampGlow(ctx, s.beacon, toward)
    return
  }
  ctx.fillStyle = s.main
  ctx.fillRect(-3, 0, 6, 4)
  ctx.fillStyle = s.dark
  ctx.beginPath()
  ctx.moveTo(-3.5, 4)
  ctx.lineTo(0, 6.5)
  ctx.lineTo(3.5, 4)
  ctx.fill()
  ctx.fillStyle = s.lampsLit ? '#ffd991' : s.light
  ctx.fillRect(-2, 1.5, 1, 1)
  ctx.fillRect(1, 1.5, 1, 1)
}

/** A tapering tower with two bands and a lantern room under a cap; `lit`: its lamp burns. */
function tower(ctx: SKRSContext2D, s: FigureStyle, lit: boolean): void {
  ctx.fillStyle = '#ece8de'
  ctx.beginPath()
  ctx.moveTo(-2, 0)
  ctx.lineTo(-1.2, 14)
  ctx.lineTo(1.2, 14)
  ctx.lineTo(2, 0)
  ctx.fill()
  ctx.fillStyle = s.main
  for (const y of [3, 8]) ctx.fillRect(-1.8, y, 3.6, 2)
  ctx.fillStyle = lit ? '#fffbea' : s.lampsLit ? '#fff2b0' : s.light
  ctx.fillRect(-0.9, 14, 1.8, 1.4)
  ctx.fillStyle = s.dark
  ctx.beginPath()
  ctx.moveTo(-1.3, 15.4)
  ctx.lineTo(0, 16.6)
  ctx.lineTo(1.3, 15.4)
  ctx.fill()
}

/** The lamp's centre in the lantern room (m). */
const LAMP_Y = 14.7
/** A turn of the lamp takes this long (s); at the start the beam points right, a little away. */
const BEAM_TURN_SECONDS = 12
const BEAM_START = 0.35
/** How far the beam reaches (m), and its half-width there and at the lamp (m). */
const BEAM_REACH = 400
const BEAM_HALF_WIDTH = 26
const LAMP_HALF_WIDTH = 0.6
const BEAM_COLOUR = hex('#fff3d2')
/** The beam's image: its length along x, its width down y; a few bands of it are drawn. */
const BEAM_IMAGE = { width: 1024, height: 256, bands: 6 }

let beamImage: Canvas | null = null

/**
 * The light of the beam at full strength, once: a wedge from the lamp, brightest near it and
 * along its axis, fading smoothly to its sides and its far end (drawn stretched, smoothed).
 */
function beamLight(): Canvas {
  if (beamImage) return beamImage
  const { width, height } = BEAM_IMAGE
  const data = new Uint8ClampedArray(width * height * 4)
  const near = LAMP_HALF_WIDTH / BEAM_HALF_WIDTH
  for (let i = 0; i < width; i++) {
    const along = (i + 0.5) / width
    const halfWidth = near + (1 - near) * along
    const fade = (1 - along) ** 2 * (0.6 + 0.4 * Math.exp(-along * 14))
    for (let j = 0; j < height; j++) {
      const off = Math.abs(((j + 0.5) / height) * 2 - 1) / halfWidth
      const core = off >= 1 ? 0 : (1 - off * off) ** 2
      const p = (j * width + i) * 4
      data[p] = BEAM_COLOUR[0]
      data[p + 1] = BEAM_COLOUR[1]
      data[p + 2] = BEAM_COLOUR[2]
      data[p + 3] = Math.round(255 * fade * core)
    }
  }
  const canvas = createCanvas(width, height)
  canvas.getContext('2d').putImageData(new ImageData(data, width, height), 0, 0)
  beamImage = canvas
  return canvas
}

/**
 * The beam, lighting whatever is behind it: the wedge of light from the lamp, `across` the share
 * of its length seen across the frame (signed: right or left), brighter as it turns towards the
 * camera (`toward` 1) and dimmer turned away (-1). Drawn in bands along its length, each only as
 * tall as the wedge is wide there, so the empty corners of its image cost nothing.
 */
function beam(ctx: SKRSContext2D, strength: number, across: number, toward: number): void {
  const reach = BEAM_REACH * across
  if (Math.abs(reach) < 0.5) return
  const image = beamLight()
  const { width, height, bands } = BEAM_IMAGE
  ctx.save()
  ctx.globalCompositeOperation = 'screen'
  ctx.globalAlpha = strength * (0.5 + 0.3 * toward)
  // Smoothed, unlike the layers: the image is stretched many times over.
  ctx.imageSmoothingEnabled = true
  // Image pixels to world metres: x along the beam, y across it, centred on the lamp.
  ctx.transform(reach / width, 0, 0, (2 * BEAM_HALF_WIDTH) / height, 0, LAMP_Y - BEAM_HALF_WIDTH)
  const near = LAMP_HALF_WIDTH / BEAM_HALF_WIDTH
  for (let band = 0; band < bands; band++) {
    const x0 = Math.floor((band * width) / bands)
    const x1 = Math.floor(((band + 1) * width) / bands)
    const halfWidth = (near + (1 - near) * (x1 / width)) * (height / 2)
    const y0 = Math.max(0, Math.floor(height / 2 - halfWidth) - 1)
    const y1 = Math.min(height, Math.ceil(height / 2 + halfWidth) + 1)
    ctx.drawImage(image, x0, y0, x1 - x0, y1 - y0, x0, y0, x1 - x0, y1 - y0)
  }
  ctx.restore()
}

/** The lamp's glow, flaring wide as the beam turns to face the camera. */
function lampGlow(ctx: SKRSContext2D, strength: number, toward: number): void {
  const facing = Math.max(0, toward) ** 6
  const radius = 2.5 + 9 * facing
  const glow = ctx.createRadialGradient(0, LAMP_Y, 0, 0, LAMP_Y, radius)
  glow.addColorStop(0, css(BEAM_COLOUR, strength * (0.75 + 0.25 * facing)))
  glow.addColorStop(0.25, css(BEAM_COLOUR, strength * (0.3 + 0.4 * facing)))
  glow.addColorStop(1, css(BEAM_COLOUR, 0))
  ctx.save()
  ctx.globalCompositeOperation = 'screen'
  ctx.fillStyle = glow
  ctx.fillRect(-radius, LAMP_Y - radius, radius * 2, radius * 2)
  ctx.restore()
}

/** Whether a subject is drawn as a lighthouse, whose beam turns when its lamp is lit. */
export function sweepsBeam(subject: Pick<SubjectPlan, 'kind' | 'noun'>): boolean {
  return subject.kind === 'landmark' && subject.noun === 'lighthouse'
}
