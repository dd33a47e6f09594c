/**
 * The slate: a small card in the top-left corner with the shot number, the camera move and the
 * lens, and a running timecode, so an animatic reads like a dailies reel.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas'
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
  const lineHeight = Math.round(fontPx * 1.35)
  const padding = Math.round(fontPx * 0.7)
  const margin = Math.round(fontPx * 1.2)
  const width = Math.round(fontPx * 12)
  const height = padding * 2 + lineHeight * (lines.length + 1)
  const card: Canvas = createCanvas(width, height)
  const c = card.getContext('2d')
  c.fillStyle = 'rgba(10,12,16,0.62)'
  c.beginPath()
  c.roundRect(0, 0, width, height, fontPx * 0.3)
  c.fill()
  c.fillStyle = '#f2f2ee'
  c.font = `${fontPx}px "${SLATE_FONT_FAMILY}"`
  c.textBaseline = 'top'
  lines.forEach((line, i) =>
    c.fillText(line, padding, padding + i * lineHeight, width - padding * 2),
  )
  const timecodeY = margin + padding + lines.length * lineHeight
  return {
    draw(ctx, frame, fps) {
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.drawImage(card, margin, margin)
      ctx.fillStyle = '#ffd24a'
      ctx.font = `${fontPx}px "${SLATE_FONT_FAMILY}"`
      ctx.textBaseline = 'top'
      ctx.fillText(timecode(frame, fps), margin + padding, timecodeY)
    },
  }
}
