/**
 * Instruments played (subject-carried.ts), drawn as carried.ts draws things: in world metres about
 * the centre of the playing hand's fist, +x the way the player faces. A guitar is 0.95 m long (a
 * bass 1.1 m), a violin 0.5 m, a trumpet 0.48 m, a microphone 0.2 m.
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, type Rgb } from '../color.js'
import type { CarriedShape } from '../subject-carried.js'
import type { FigureStyle } from './figures.js'
import { sideLight, tones } from './object-props.js'

const BLACK = hex('#1c1c20')
const BRASS = hex('#b5913f')
const STEEL = hex('#c4c9cf')
const NECK = hex('#3a2a20')

/** An instrument in the hand, in the colour the words give it or its own. */
export function drawInstrument(
  ctx: SKRSContext2D,
  s: FigureStyle,
  shape: Extract<CarriedShape, 'guitar' | 'violin' | 'horn' | 'microphone'>,
  noun: string,
  own: Rgb | null,
): void {
  switch (shape) {
    case 'guitar':
      return guitar(ctx, s, own ?? (noun === 'bass' ? hex('#2a2b30') : hex('#b0702e')), noun)
    case 'violin':
      return violin(ctx, s, own ?? hex('#8a4a1e'))
    case 'horn':
      return horn(ctx, s, own ?? BRASS)
    case 'microphone':
      return microphone(ctx, s, own ?? BLACK)
  }
}

/**
 * A guitar played across the body: the strumming hand over the sound hole, the body at the hip
 * behind it, the neck rising forward to the headstock. A bass has a longer neck.
 */
function guitar(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, noun: string): void {
  const t = tones(s, material)
  const neck = noun === 'bass' ? 0.58 : 0.44
  ctx.save()
  ctx.translate(-0.1, -0.06)
  ctx.rotate(0.5)
  ctx.fillStyle = tones(s, NECK).face
  ctx.fillRect(0.18, -0.025, neck, 0.05)
  ctx.fillRect(0.16 + neck, -0.04, 0.14, 0.08)
  ctx.fillStyle = sideLight(ctx, t, -0.2, 0.2)
  ctx.beginPath()
  ctx.ellipse(-0.04, 0, 0.19, 0.16, 0, 0, Math.PI * 2)
  ctx.ellipse(0.14, 0, 0.13, 0.12, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.beginPath()
  ctx.arc(0.09, 0, 0.045, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillRect(-0.15, -0.05, 0.03, 0.1)
  ctx.restore()
}

/**
 * A violin under the chin, seen from the side: the hand at its scroll, the neck running back to
 * the body, a thin slab on edge, and the chin rest at its far end.
 */
function violin(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.save()
  ctx.rotate(0.2)
  ctx.fillStyle = tones(s, NECK).face
  ctx.fillRect(-0.14, -0.01, 0.16, 0.02)
  ctx.fillStyle = sideLight(ctx, t, -0.5, -0.1)
  ctx.beginPath()
  ctx.roundRect(-0.48, -0.028, 0.35, 0.056, 0.025)
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.fillRect(-0.48, -0.028, 0.06, 0.012)
  ctx.restore()
}

/** A trumpet at the lips: the valves in the hand, the tube forward to a flared bell. */
function horn(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = sideLight(ctx, t, -0.05, 0.45)
  ctx.fillRect(-0.04, -0.012, 0.38, 0.024)
  ctx.fillRect(-0.02, -0.05, 0.16, 0.02)
  ctx.beginPath()
  ctx.moveTo(0.32, -0.016)
  ctx.lineTo(0.44, -0.06)
  ctx.lineTo(0.44, 0.06)
  ctx.lineTo(0.32, 0.016)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = t.lit
  for (const x of [0.02, 0.05, 0.08]) ctx.fillRect(x, 0.012, 0.012, 0.04)
}

/** A microphone held to the mouth: the round head above the fist, the handle down through it. */
function microphone(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = t.face
  ctx.beginPath()
  ctx.moveTo(-0.016, -0.09)
  ctx.lineTo(0.016, -0.09)
  ctx.lineTo(0.024, 0.05)
  ctx.lineTo(-0.024, 0.05)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = tones(s, STEEL).face
  ctx.beginPath()
  ctx.arc(0.01, 0.085, 0.042, 0, Math.PI * 2)
  ctx.fill()
}
