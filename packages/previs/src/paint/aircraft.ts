/**
 * Aircraft, in world metres facing +x with their wheels or skids at y = 0 (subject-motion.ts lifts
 * them into the sky when they fly): an airliner, 36 m from nose to tail, with a row of windows,
 * the near wing and its engine, and its tail fin 11.5 m up; a helicopter, 12.6 m from the nose to
 * the tail rotor, on skids, its rotors turning with time whether it flies or waits.
 */
import type { SKRSContext2D } from '../canvas.js'
import type { FigureStyle } from './figures.js'

/** Turns a second of the main rotor, slow enough to read at 24 frames a second. */
const ROTOR_TURNS = 1.3

export function airliner(ctx: SKRSContext2D, s: FigureStyle): void {
  // The far wing, a dark sliver above the near one.
  ctx.fillStyle = s.dark
  ctx.beginPath()
  ctx.moveTo(2, 3.2)
  ctx.lineTo(-6, 4.6)
  ctx.lineTo(-4, 3.4)
  ctx.closePath()
  ctx.fill()
  // The fuselage: a rounded nose, a tail sweeping up to the fin.
  ctx.fillStyle = s.light
  ctx.beginPath()
  ctx.moveTo(18, 3.6)
  ctx.quadraticCurveTo(18, 5.6, 15, 6)
  ctx.lineTo(-12, 6)
  ctx.lineTo(-18, 6.8)
  ctx.lineTo(-18, 6.2)
  ctx.lineTo(-12, 2.6)
  ctx.lineTo(14, 2.2)
  ctx.quadraticCurveTo(17.6, 2.4, 18, 3.6)
  ctx.closePath()
  ctx.fill()
  // The tail fin, in the airline's colour, and a stripe along the windows.
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-11, 6)
  ctx.lineTo(-15.5, 11.5)
  ctx.lineTo(-18, 11.5)
  ctx.lineTo(-17, 6.4)
  ctx.closePath()
  ctx.fill()
  ctx.fillRect(-12, 3.7, 27, 0.3)
  ctx.fillStyle = s.lampsLit ? '#ffd98a' : s.dark
  for (let x = -10; x < 13; x += 0.9) ctx.fillRect(x, 4.4, 0.35, 0.45)
  // The cockpit windows.
  ctx.fillRect(15.4, 4.6, 1.3, 0.5)
  // The near wing, swept back, with its engine under it; the gear.
  ctx.fillStyle = s.secondary
  ctx.beginPath()
  ctx.moveTo(4, 2.8)
  ctx.lineTo(-5, 1.2)
  ctx.lineTo(-7, 1.2)
  ctx.lineTo(-2, 2.8)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.roundRect(-1.5, 1.3, 4.2, 1.3, 0.6)
  ctx.fill()
  ctx.fillStyle = s.dark
  for (const x of [12, -2]) {
    ctx.fillRect(x - 0.1, 0.6, 0.2, 1.8)
    ctx.beginPath()
    ctx.arc(x, 0.5, 0.5, 0, Math.PI * 2)
    ctx.fill()
  }
}

export function helicopter(ctx: SKRSContext2D, s: FigureStyle, seconds: number): void {
  const turn = seconds * ROTOR_TURNS * Math.PI * 2
  // The skids and their struts.
  ctx.fillStyle = s.dark
  ctx.fillRect(-2.2, 0, 4.6, 0.14)
  ctx.fillRect(-1.4, 0.1, 0.12, 0.6)
  ctx.fillRect(1.2, 0.1, 0.12, 0.6)
  // The tail boom out to the tail rotor, and the fin.
  ctx.fillStyle = s.main
  ctx.beginPath()
  ctx.moveTo(-1.5, 2.4)
  ctx.lineTo(-8.2, 2.6)
  ctx.lineTo(-8.2, 2.15)
  ctx.lineTo(-1.5, 1.5)
  ctx.closePath()
  ctx.fill()
  ctx.beginPath()
  ctx.moveTo(-7.4, 2.5)
  ctx.lineTo(-8.5, 3.9)
  ctx.lineTo(-8.6, 2.2)
  ctx.closePath()
  ctx.fill()
  // The cabin, its glazed front and door.
  ctx.beginPath()
  ctx.moveTo(-2.2, 0.75)
  ctx.lineTo(2.6, 0.75)
  ctx.quadraticCurveTo(4.2, 0.9, 4.0, 2.0)
  ctx.quadraticCurveTo(3.4, 3.1, 1.6, 3.2)
  ctx.lineTo(-1.8, 3.2)
  ctx.quadraticCurveTo(-2.6, 2.6, -2.2, 0.75)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = s.lampsLit ? '#ffd98a' : s.light
  ctx.beginPath()
  ctx.moveTo(2.2, 2.9)
  ctx.quadraticCurveTo(3.6, 2.7, 3.85, 1.7)
  ctx.lineTo(2.2, 1.7)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = s.dark
  ctx.fillRect(-0.4, 1.0, 0.06, 1.9)
  // The mast and the main rotor, seen edge on: two blades turning, foreshortened.
  ctx.fillRect(0.1, 3.2, 0.25, 0.45)
  ctx.lineWidth = 0.14
  ctx.strokeStyle = s.dark
  ctx.beginPath()
  for (const blade of [0, Math.PI]) {
    const reach = 6.2 * Math.cos(turn + blade)
    ctx.moveTo(0.22, 3.68)
    ctx.lineTo(0.22 + reach, 3.68 + 0.1 * Math.sin(turn + blade))
  }
  ctx.stroke()
  // The tail rotor, turning in its own plane: a blade across a faint disc.
  ctx.save()
  ctx.translate(-8.2, 2.4)
  ctx.globalAlpha = 0.25
  ctx.beginPath()
  ctx.arc(0, 0, 0.8, 0, Math.PI * 2)
  ctx.fill()
  ctx.globalAlpha = 1
  ctx.rotate(-turn * 4)
  ctx.fillRect(-0.8, -0.06, 1.6, 0.12)
  ctx.restore()
}
