/**
 * Things in a person's hand (subject-carried.ts), drawn in world metres about the centre of the
 * fist, +x the way the person faces. The caller has turned the drawing with the arm (`tilt`
 * radians forward of hanging straight down): long, stiff things (a stick, a sword, a gun, a
 * furled umbrella, a torch) turn with it; everything else hangs from the hand or is held upright.
 *
 * Sizes: a lantern 0.3 m from its bail to its foot, a mug 0.1 m, a bottle 0.28 m, a book
 * 0.23 m, a suitcase 0.62 x 0.42 m under its handle, a briefcase 0.42 x 0.31 m, an open umbrella
 * 1 m across, a stick 0.8 m (a staff 1.4 m), a sword 0.9 m, a rifle 1.05 m, a matchbox 0.055 m,
 * a soft toy 0.33 m from its ears to its feet. Instruments are in instruments.ts.
 * A lit light (a lantern, a torch, a candle) has the soft glow of a lamp around it.
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, mix, type Rgb } from '../color.js'
import type { Carried, CarriedShape } from '../subject-carried.js'
import type { FigureStyle } from './figures.js'
import { drawInstrument } from './instruments.js'
import { cigarette } from './cigarette.js'
import { flag } from './flag.js'
import { kite } from './kite.js'
import { umbrella } from './umbrella.js'
import { GLOW, halo, sideLight, tones } from './object-props.js'
import { MATERIALS } from './paint-context.js'

const BLACK = hex('#1c1c20')
const IRON = hex('#34373c')
const BRASS = hex('#b5913f')
const LEATHER = hex('#6b4128')
const PAPER = hex('#ece6d6')
const TIN = hex('#a7abb0')
const WAX = hex('#efe6cf')
const STEEL = hex('#c4c9cf')
const FLAG = hex('#b3302b')

/**
 * Things that turn with the arm rather than hang from the hand (a kite's line turns itself back
 * upright: the kite flies up).
 */
// prettier-ignore
const STIFF = new Set<CarriedShape>(
  ['stick', 'sword', 'pistol', 'rifle', 'umbrella', 'torch', 'kite', 'flag'],
)

/** How much of the arm's turn a hanging thing follows as it swings. */
const HANG_LAG = 0.15

export function drawCarried(ctx: SKRSContext2D, s: FigureStyle, thing: Carried, tilt = 0): void {
  ctx.save()
  if (!STIFF.has(thing.shape)) ctx.rotate(-tilt * (1 - HANG_LAG))
  const own = thing.colour ?? null
  const lit = thing.lit ?? s.lampsLit
  const up = thing.pose !== 'low'
  switch (thing.shape) {
    case 'lantern':
      lantern(ctx, s, own ?? IRON, lit)
      break
    case 'torch':
      torch(ctx, s, own ?? BLACK, lit, up)
      break
    case 'candle':
      candle(ctx, s, own ?? WAX, lit)
      break
    case 'cup':
      cup(ctx, s, own ?? (thing.noun === 'glass' ? MATERIALS.glass : TIN))
      break
    case 'bottle':
      bottle(ctx, s, own ?? hex('#2f5a3a'))
      break
    case 'book':
    case 'letter':
    case 'phone':
      flat(ctx, s, thing.shape, own, up)
      break
    case 'watch':
      watch(ctx, s, own ?? BRASS, up)
      break
    case 'suitcase':
      luggage(ctx, s, own ?? hex('#7a4a2e'), 0.62, 0.42)
      break
    case 'briefcase':
      luggage(ctx, s, own ?? hex('#3a2a22'), 0.42, 0.31)
      break
    case 'bag':
      bag(ctx, s, own ?? LEATHER)
      break
    case 'basket':
      basket(ctx, s, own ?? hex('#a07a4a'))
      break
    case 'umbrella':
      umbrella(ctx, s, own, thing.pose === 'overhead')
      break
    case 'pistol':
      pistol(ctx, s, own ?? BLACK)
      break
    case 'rifle':
      rifle(ctx, s, own ?? MATERIALS.wood)
      break
    case 'sword':
      sword(ctx, s, own ?? STEEL, up)
      break
    case 'stick':
      stick(ctx, s, own ?? MATERIALS.wood, thing.noun)
      break
    case 'camera':
      box(ctx, s, own ?? BLACK, 0.14, 0.09, true)
      break
    case 'box':
      box(ctx, s, own ?? MATERIALS.wood, 0.26, 0.18, false)
      break
    case 'matchbox':
      ctx.translate(0.045, 0.01) // between the fingers, ahead of the fist
      box(ctx, s, own ?? hex('#c9a13b'), 0.055, 0.035, false)
      break
    case 'flowers':
      flowers(ctx, s, own ?? hex('#c4304a'), up)
      break
    case 'toy':
      softToy(ctx, s, own ?? hex('#9a6a3f'))
      break
    case 'rod':
      fishingRod(ctx, s, own ?? hex('#2e2a26'))
      break
    case 'tray':
      tray(ctx, s, own ?? TIN)
      break
    case 'cigarette':
      cigarette(ctx, s, thing.lit !== false)
      break
    case 'flag':
      flag(ctx, s, own ?? FLAG)
      break
    case 'lead':
      break // drawn to its dog's collar by person.ts
    case 'kite':
      kite(ctx, s, own ?? hex('#d2412f'), tilt)
      break
    case 'guitar':
    case 'violin':
    case 'horn':
    case 'microphone':
      drawInstrument(ctx, s, thing.shape, thing.noun, own)
      break
  }
  ctx.restore()
}

/** A hurricane lantern hanging from its bail: cap, glass chimney round a flame, a foot. */
function lantern(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, lit: boolean): void {
  const metal = tones(s, material)
  const flameY = -0.19
  if (lit) halo(ctx, 0, flameY, 0.8, s)
  ctx.strokeStyle = metal.shadow
  ctx.lineWidth = 0.012
  ctx.beginPath()
  ctx.moveTo(-0.065, -0.1)
  ctx.quadraticCurveTo(-0.06, 0.02, 0, 0.02)
  ctx.quadraticCurveTo(0.06, 0.02, 0.065, -0.1)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, metal, -0.06, 0.06)
  ctx.beginPath()
  ctx.moveTo(-0.03, -0.06)
  ctx.lineTo(0.03, -0.06)
  ctx.lineTo(0.06, -0.1)
  ctx.lineTo(-0.06, -0.1)
  ctx.fill()
  // The glass: bright round the flame when lit, else dull.
  if (lit) {
    const glass = ctx.createRadialGradient(0, flameY, 0, 0, flameY, 0.08)
    glass.addColorStop(0, '#ffffff')
    glass.addColorStop(0.35, GLOW)
    glass.addColorStop(1, '#f0b860')
    ctx.fillStyle = glass
  } else {
    ctx.fillStyle = s.tint(mix(MATERIALS.glass, BLACK, 0.3))
  }
  ctx.beginPath()
  ctx.moveTo(-0.045, -0.1)
  ctx.bezierCurveTo(-0.075, -0.14, -0.075, -0.23, -0.05, -0.26)
  ctx.lineTo(0.05, -0.26)
  ctx.bezierCurveTo(0.075, -0.23, 0.075, -0.14, 0.045, -0.1)
  ctx.fill()
  ctx.fillStyle = metal.face
  for (const x of [-0.062, 0.055]) ctx.fillRect(x, -0.26, 0.008, 0.16)
  ctx.fillStyle = sideLight(ctx, metal, -0.07, 0.07)
  ctx.beginPath()
  ctx.roundRect(-0.07, -0.3, 0.14, 0.045, 0.01)
  ctx.fill()
}

/**
 * A torch held out along the hand, its lens ahead of the feet (or straight ahead when aimed,
 * `up`); lit, a glow and a soft cone of light.
 */
function torch(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, lit: boolean, up: boolean): void {
  const t = tones(s, material)
  if (!up) ctx.rotate(0.6)
  if (lit) {
    const cone = ctx.createLinearGradient(0, -0.2, 0, -1.6)
    cone.addColorStop(0, 'rgba(255,244,214,0.3)')
    cone.addColorStop(1, 'rgba(255,244,214,0)')
    ctx.fillStyle = cone
    ctx.beginPath()
    ctx.moveTo(-0.03, -0.2)
    ctx.lineTo(0.03, -0.2)
    ctx.lineTo(0.3, -1.6)
    ctx.lineTo(-0.3, -1.6)
    ctx.fill()
    halo(ctx, 0, -0.2, 0.45, s)
  }
  ctx.fillStyle = sideLight(ctx, t, -0.03, 0.03)
  ctx.fillRect(-0.02, -0.15, 0.04, 0.2)
  ctx.beginPath()
  ctx.moveTo(-0.02, -0.15)
  ctx.lineTo(-0.032, -0.2)
  ctx.lineTo(0.032, -0.2)
  ctx.lineTo(0.02, -0.15)
  ctx.fill()
  ctx.fillStyle = lit ? '#ffffff' : t.lit
  ctx.fillRect(-0.03, -0.205, 0.06, 0.012)
}

/** A candle in a dish held in the fist, its flame above. */
function candle(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, lit: boolean): void {
  const wax = tones(s, material)
  if (lit) halo(ctx, 0, 0.2, 0.55, s)
  ctx.fillStyle = sideLight(ctx, tones(s, BRASS), -0.07, 0.07)
  ctx.beginPath()
  ctx.ellipse(0, 0.03, 0.07, 0.015, 0, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = sideLight(ctx, wax, -0.018, 0.018)
  ctx.fillRect(-0.016, 0.035, 0.032, 0.14)
  if (!lit) return
  ctx.fillStyle = GLOW
  ctx.beginPath()
  ctx.moveTo(0, 0.235)
  ctx.quadraticCurveTo(0.016, 0.195, 0, 0.178)
  ctx.quadraticCurveTo(-0.016, 0.195, 0, 0.235)
  ctx.fill()
}

/** A mug, a cup or a glass held upright, its handle in the fist and its body ahead of it. */
function cup(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = sideLight(ctx, t, -0.01, 0.1)
  ctx.beginPath()
  ctx.roundRect(0.03, -0.05, 0.085, 0.1, 0.012)
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.beginPath()
  ctx.ellipse(0.0725, 0.048, 0.04, 0.008, 0, 0, Math.PI * 2)
  ctx.fill()
}

/** A bottle held by its neck, hanging down or held up. */
function bottle(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = sideLight(ctx, t, -0.04, 0.04)
  ctx.fillRect(-0.013, -0.08, 0.026, 0.1)
  ctx.beginPath()
  ctx.roundRect(-0.036, -0.27, 0.072, 0.2, 0.02)
  ctx.fill()
  ctx.fillStyle = t.lit
  ctx.fillRect(-0.022, -0.25, 0.008, 0.15)
}

/**
 * A book, a letter or a phone, its face to the camera: gripped by its top edge beside the thigh,
 * or held up before the eyes, tipped back (`up`).
 */
function flat(
  ctx: SKRSContext2D,
  s: FigureStyle,
  shape: 'book' | 'letter' | 'phone',
  own: Rgb | null,
  up: boolean,
): void {
  const size = { book: [0.16, 0.23], letter: [0.15, 0.21], phone: [0.07, 0.14] }
  const [width, length] = size[shape] as [number, number]
  const material = own ?? (shape === 'book' ? hex('#6a2f2a') : shape === 'phone' ? BLACK : PAPER)
  const t = tones(s, material)
  ctx.save()
  if (up) ctx.rotate(0.35)
  const left = up ? 0.01 : -width / 2 + 0.02
  const bottom = up ? -0.03 : 0.03 - length
  ctx.fillStyle = sideLight(ctx, t, left, left + width)
  ctx.fillRect(left, bottom, width, length)
  ctx.fillStyle = shape === 'book' ? t.lit : t.shadow
  ctx.fillRect(left, bottom, shape === 'book' ? 0.012 : width, shape === 'book' ? length : 0.006)
  if (shape === 'phone' && s.lampsLit) {
    ctx.fillStyle = 'rgba(200,225,255,0.85)'
    ctx.fillRect(left + 0.008, bottom + 0.012, width - 0.016, length - 0.024)
  }
  ctx.restore()
}

/** A pocket watch: held up over the fist with its chain hanging, or hanging from the fist by it. */
function watch(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, up: boolean): void {
  const t = tones(s, material)
  const y = up ? 0.08 : -0.1
  ctx.strokeStyle = t.shadow
  ctx.lineWidth = 0.005
  ctx.beginPath()
  ctx.moveTo(0, y)
  ctx.quadraticCurveTo(up ? -0.06 : 0.015, up ? -0.02 : -0.05, up ? -0.01 : 0, up ? -0.09 : 0)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -0.03, 0.03)
  ctx.beginPath()
  ctx.arc(0, y, 0.027, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = s.tint(hex('#f4efe2'))
  ctx.beginPath()
  ctx.arc(0, y, 0.019, 0, Math.PI * 2)
  ctx.fill()
}

/** A suitcase or a briefcase hanging from its handle, `width` by `height` under it. */
function luggage(
  ctx: SKRSContext2D,
  s: FigureStyle,
  material: Rgb,
  width: number,
  height: number,
): void {
  const t = tones(s, material)
  const half = width / 2
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.022
  ctx.beginPath()
  ctx.moveTo(-0.07, -0.08)
  ctx.lineTo(-0.06, 0)
  ctx.lineTo(0.06, 0)
  ctx.lineTo(0.07, -0.08)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -half, half)
  ctx.beginPath()
  ctx.roundRect(-half, -0.08 - height, width, height, 0.04)
  ctx.fill()
  ctx.fillStyle = t.shadow
  ctx.fillRect(-half, -0.08 - height * 0.22, width, 0.012)
  for (const x of [-half * 0.6, half * 0.55]) ctx.fillRect(x, -0.06 - height, 0.018, height - 0.04)
  ctx.fillStyle = tones(s, BRASS).face
  for (const x of [-0.12, 0.09]) ctx.fillRect(x, -0.08 - height * 0.26, 0.035, 0.04)
}

/** A soft bag hanging from its two handles. */
function bag(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.strokeStyle = t.shadow
  ctx.lineWidth = 0.018
  ctx.beginPath()
  ctx.moveTo(-0.1, -0.12)
  ctx.quadraticCurveTo(0, 0.06, 0.1, -0.12)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -0.18, 0.18)
  ctx.beginPath()
  ctx.moveTo(-0.14, -0.12)
  ctx.lineTo(0.14, -0.12)
  ctx.quadraticCurveTo(0.19, -0.3, 0.16, -0.4)
  ctx.lineTo(-0.16, -0.4)
  ctx.quadraticCurveTo(-0.19, -0.3, -0.14, -0.12)
  ctx.fill()
}

/** A basket or a bucket on an arched handle through the fist. */
function basket(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.strokeStyle = t.face
  ctx.lineWidth = 0.018
  ctx.beginPath()
  ctx.moveTo(-0.17, -0.2)
  ctx.quadraticCurveTo(-0.17, 0.02, 0, 0.02)
  ctx.quadraticCurveTo(0.17, 0.02, 0.17, -0.2)
  ctx.stroke()
  ctx.fillStyle = sideLight(ctx, t, -0.2, 0.2)
  ctx.beginPath()
  ctx.moveTo(-0.2, -0.19)
  ctx.lineTo(0.2, -0.19)
  ctx.lineTo(0.16, -0.43)
  ctx.lineTo(-0.16, -0.43)
  ctx.fill()
  ctx.fillStyle = t.shadow
  for (const y of [-0.26, -0.34]) ctx.fillRect(-0.18, y, 0.36, 0.01)
}

/** A pistol in the fist, its barrel along the arm (down at the side, forward when aimed). */
function pistol(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = sideLight(ctx, t, -0.03, 0.03)
  ctx.fillRect(-0.02, -0.2, 0.036, 0.22)
  ctx.fillRect(0.01, -0.02, 0.07, 0.035)
  ctx.fillStyle = t.lit
  ctx.fillRect(-0.02, -0.2, 0.006, 0.2)
}

/** A rifle held at its balance, level ahead of the hand. */
function rifle(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const wood = tones(s, material)
  const metal = tones(s, IRON)
  ctx.save()
  ctx.rotate(Math.PI / 2 - 0.1) // along the way the person faces, a little down
  ctx.fillStyle = sideLight(ctx, metal, -0.02, 0.02)
  ctx.fillRect(-0.012, -0.62, 0.024, 0.5)
  ctx.fillStyle = sideLight(ctx, wood, -0.04, 0.04)
  ctx.beginPath()
  ctx.moveTo(-0.02, -0.3)
  ctx.lineTo(0.02, -0.3)
  ctx.lineTo(0.03, 0.25)
  ctx.lineTo(0.07, 0.43)
  ctx.lineTo(-0.04, 0.43)
  ctx.lineTo(-0.03, 0.25)
  ctx.fill()
  ctx.restore()
}

/** A sword by its hilt: the blade down and ahead, or up when held high (`up`). */
function sword(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, up: boolean): void {
  const blade = tones(s, material)
  ctx.save()
  ctx.rotate(up ? Math.PI - 0.3 : 0.5)
  ctx.fillStyle = sideLight(ctx, blade, -0.025, 0.025)
  ctx.beginPath()
  ctx.moveTo(-0.022, -0.06)
  ctx.lineTo(0.022, -0.06)
  ctx.lineTo(0.008, -0.8)
  ctx.lineTo(0, -0.83)
  ctx.lineTo(-0.008, -0.8)
  ctx.fill()
  ctx.fillStyle = tones(s, BRASS).face
  ctx.fillRect(-0.08, -0.07, 0.16, 0.022)
  ctx.fillRect(-0.014, -0.05, 0.028, 0.12)
  ctx.beginPath()
  ctx.arc(0, 0.075, 0.022, 0, Math.PI * 2)
  ctx.fill()
  ctx.restore()
}

/** A walking stick to the ground; a staff, a crook or a pole rises above the hand too. */
function stick(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, noun: string): void {
  const t = tones(s, material)
  const above = noun === 'stick' || noun === 'cane' || noun === 'baton' ? 0.04 : 0.6
  const below = noun === 'baton' || noun === 'club' || noun === 'bat' ? 0.45 : 0.77
  ctx.fillStyle = sideLight(ctx, t, -0.02, 0.02)
  ctx.fillRect(-0.014, -below, 0.028, below + above)
  if (noun === 'crook') {
    ctx.strokeStyle = t.face
    ctx.lineWidth = 0.026
    ctx.beginPath()
    ctx.arc(0.07, above, 0.07, Math.PI, 0, true)
    ctx.stroke()
  }
}

/** A box held at its side; a camera is one with a lens. */
function box(
  ctx: SKRSContext2D,
  s: FigureStyle,
  material: Rgb,
  width: number,
  height: number,
  lens: boolean,
): void {
  const t = tones(s, material)
  ctx.fillStyle = sideLight(ctx, t, -width / 2, width / 2)
  ctx.beginPath()
  ctx.roundRect(-width / 2 + 0.01, -height / 2, width, height, Math.min(0.02, height / 4))
  ctx.fill()
  ctx.fillStyle = t.lit
  ctx.fillRect(-width / 2 + 0.01, height / 2 - 0.006, width, 0.006)
  if (!lens) return
  ctx.fillStyle = s.tint(mix(MATERIALS.glass, BLACK, 0.4))
  ctx.beginPath()
  ctx.roundRect(width / 2 + 0.005, -0.03, 0.05, 0.06, 0.01)
  ctx.fill()
}

/** A bunch of flowers by their stems: heads down at the side, up when held up (`up`). */
function flowers(ctx: SKRSContext2D, s: FigureStyle, material: Rgb, up: boolean): void {
  const dir = up ? 1 : -1
  ctx.strokeStyle = s.tint(hex('#3e6b3a'))
  ctx.lineWidth = 0.008
  ctx.beginPath()
  for (const x of [-0.03, 0, 0.03]) {
    ctx.moveTo(0, -0.05 * dir)
    ctx.lineTo(x * 2, 0.2 * dir)
  }
  ctx.stroke()
  const blooms: [number, number][] = [
    [-0.06, 0.2],
    [0, 0.23],
    [0.06, 0.2],
    [-0.03, 0.26],
    [0.035, 0.265],
  ]
  blooms.forEach(([x, y], i) => {
    ctx.fillStyle = s.tint(i % 2 === 0 ? material : mix(material, hex('#ffffff'), 0.4))
    ctx.beginPath()
    ctx.arc(x, y * dir, 0.035, 0, Math.PI * 2)
    ctx.fill()
  })
}

/** A soft toy held by an ear, hanging below the hand: a round head, a plump body, short legs. */
function softToy(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = t.face
  ctx.beginPath()
  for (const [x, y, rx, ry] of [
    [0, -0.08, 0.06, 0.06],
    [-0.045, -0.03, 0.022, 0.022],
    [0.045, -0.03, 0.022, 0.022],
    [0, -0.2, 0.075, 0.09],
    [-0.04, -0.29, 0.03, 0.025],
    [0.04, -0.29, 0.03, 0.025],
  ] as const) {
    ctx.moveTo(x + rx, y)
    ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2)
  }
  ctx.fill()
  ctx.fillStyle = t.shadow
  for (const x of [-0.02, 0.02]) ctx.fillRect(x - 0.006, -0.08, 0.012, 0.012)
  ctx.fillRect(-0.01, -0.105, 0.02, 0.012)
}

/**
 * A fishing rod held out before the body: 2.4 m, rising forward from the reel by the hand, its line
 * hanging from the tip.
 */
function fishingRod(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  const tip = { x: 2.4 * Math.cos(0.62), y: 2.4 * Math.sin(0.62) }
  ctx.fillStyle = t.face
  ctx.beginPath()
  ctx.moveTo(-0.25 * Math.cos(0.62), -0.25 * Math.sin(0.62) - 0.016)
  ctx.lineTo(tip.x, tip.y - 0.005)
  ctx.lineTo(tip.x, tip.y + 0.005)
  ctx.lineTo(-0.25 * Math.cos(0.62), -0.25 * Math.sin(0.62) + 0.016)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = tones(s, TIN).face
  ctx.beginPath()
  ctx.arc(0.04, -0.05, 0.045, 0, Math.PI * 2)
  ctx.fill()
  ctx.strokeStyle = 'rgba(230,230,230,0.55)'
  ctx.lineWidth = 0.008
  ctx.beginPath()
  ctx.moveTo(tip.x, tip.y)
  ctx.lineTo(tip.x + 0.15, -1.2)
  ctx.stroke()
}

/** A tray held up flat on the palm at the shoulder, with two glasses on it. */
function tray(ctx: SKRSContext2D, s: FigureStyle, material: Rgb): void {
  const t = tones(s, material)
  ctx.fillStyle = t.face
  ctx.fillRect(-0.2, 0.02, 0.4, 0.025)
  ctx.fillStyle = tones(s, hex('#c8d6dc')).lit
  ctx.fillRect(-0.12, 0.045, 0.05, 0.1)
  ctx.fillRect(0.06, 0.045, 0.05, 0.12)
}
