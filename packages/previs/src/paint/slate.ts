/**
 * The slate: a small card in the top-left corner with the shot number, the camera move and the
 * lens, and a running timecode, so an animatic reads like a dailies reel.
 *
 * Text is drawn once, not per frame: the card with the minutes and seconds of the timecode is
 * drawn once for each second, and the frame count once for each value, so a frame costs two
 * image draws instead of shaping and drawing a line of text.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '../canvas.js'
import type { ShotSpec } from '@sceneboard/shared'
import { ensureSlateFont, SLATE_FONT_FAMILY } from '../font.js'

export type SlateOverlay = { draw(ctx: SKRSContext2D, frame: number, fps: number): void }

export function slateLines(spec: ShotSpec, lensMm: number, shotNumber?: string): string[] {
  const shot = shotNumber && shotNumber.trim() !== '' ? `SHOT ${shotNumber.trim()}` : 'SHOT'
  return [
    shot,
    spec.cameraMovement.replace(/-/g, ' ').toUpperCase(),
    `${lensMm}MM  ${spec.aspectRatio}`,
  ]
}

export function timecode(frame: number, fps: number): string {
  const seconds = Math.floor(frame / fps)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}:${pad(frame % fps)}`
}

export function createSlate(lines: string[], outputHeight: number): SlateOverlay {
  ensureSlateFont()
  const fontPx = Math.round(outputHeight / 40)
  const font = `${fontPx}px "${SLATE_FONT_FAMILY}"`
  const lineHeight = Math.round(fontPx * 1.35)
  const padding = Math.round(fontPx * 0.7)
  const margin = Math.round(fontPx * 1.2)
  const width = Math.round(fontPx * 12)
  const height = padding * 2 + lineHeight * (lines.length + 1)
  const timecodeY = padding + lines.length * lineHeight

  const text = (ctx: SKRSContext2D, colour: string, line: string, x: number, y: number) => {
    ctx.fillStyle = colour
    ctx.font = font
    ctx.textBaseline = 'top'
    ctx.fillText(line, x, y, width - padding * 2)
  }
  const blank: Canvas = createCanvas(width, height)
  const b = blank.getContext('2d')
  b.fillStyle = 'rgba(10,12,16,0.62)'
  b.beginPath()
  b.roundRect(0, 0, width, height, fontPx * 0.3)
  b.fill()
  lines.forEach((line, i) => text(b, '#f2f2ee', line, padding, padding + i * lineHeight))

  // The font is monospaced: the frame count starts where "MM:SS:" ends.
  const framesX = padding + b.measureText('00:00:').width
  const cards = new Map<string, Canvas>()
  const frameCounts = new Map<string, Canvas>()
  const cached = (cache: Map<string, Canvas>, key: string, draw: () => Canvas) => {
    let canvas = cache.get(key)
    if (!canvas) cache.set(key, (canvas = draw()))
    return canvas
  }
  return {
    draw(ctx, frame, fps) {
      const [minutes, seconds, frames] = timecode(frame, fps).split(':') as [string, string, string]
      const card = cached(cards, `${minutes}:${seconds}`, () => {
        const canvas = createCanvas(width, height)
        const c = canvas.getContext('2d')
        c.drawImage(blank, 0, 0)
        text(c, '#ffd24a', `${minutes}:${seconds}:`, padding, timecodeY)
        return canvas
      })
      const count = cached(frameCounts, frames, () => {
        const canvas = createCanvas(Math.ceil(width - framesX), lineHeight)
        text(canvas.getContext('2d'), '#ffd24a', frames, 0, 0)
        return canvas
      })
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.drawImage(card, margin, margin)
      ctx.drawImage(count, Math.round(margin + framesX), margin + timecodeY)
    },
  }
}
