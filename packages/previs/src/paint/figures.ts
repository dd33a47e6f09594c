/**
 * Subjects drawn per frame in world metres (Y up, feet at the origin, facing right): people with
 * a walk or run cycle and what they carry in their hands (person.ts, carried.ts), cars with
 * turning wheels, four-legged animals, birds, boats riding the swell (boat.ts), landmarks
 * (landmarks.ts: a lit lighthouse sweeping its beam), and objects as props (object-props.ts).
 * `phase` is the motion cycle position in cycles (stride for legs, turns for wheels, flaps for
 * wings); `seconds` the time into the action (a lighthouse's lamp turns with it).
 */
import type { SKRSContext2D } from '../canvas.js'
import { hex, mix, type Rgb } from '../color.js'
import type { SubjectPlan } from '../subjects.js'
import type { Random } from '../random.js'
import { MATERIALS } from './paint-context.js'
import { boat } from './boat.js'
import { drawVehicle } from './vehicles.js'
import { drawObjectProp } from './object-props.js'
import { landmark } from './landmarks.js'
import { limb, person, SEATED_HIPS, seatUnder, type Pull } from './person.js'
import { drawAboard } from './aboard.js'
import { crawlingPerson } from './crawl.js'
import { lyingPerson } from './lying.js'
import { SEATED_DROP } from '../subject-posture.js'
import { cattle, pig } from './farm-animals.js'
import { bear, cat, coatPatches, dog, type Coat, type Gait } from './small-animals.js'
import { animalBuild, birdScale, personScale, vehicleModel } from '../subject-words.js'
import { objectLook } from '../subject-objects.js'

export type FigureStyle = {
  main: string
  secondary: string
  skin: string
  dark: string
  /** A person's hands: their skin, or gloves (a spacesuit's, a boxer's). */
  hands: string
  /** The radius of a person's fist (m): a boxing glove's is bigger. */
  handSize: number
  /** A person's far arm and leg: the dark, or a uniform's own colour in shadow. */
  farLimbs: string
  light: string
  lampsLit: boolean
  /** How strongly a lighthouse's lamp and beam show, 0..1 (0: unlit). */
  beacon: number
  /** How much a boat on the water rises, falls and pitches, 0..1, and where in the swell it starts. */
  swell: number
  swellPhase: number
  /** A boat's side light, as CSS, when its lights show (after dark or when the words name them). */
  sideLight: string | null
  /** The unlit main colour (clothes, paint, an object's finish). */
  material: Rgb
  /** Any material lit and hazed as this subject is (darkened when backlit). */
  tint: (material: Rgb) => string
}

const CLOTHES = [
  '#8c2f2f',
  '#2f4d7a',
  '#c9a13b',
  '#3e6b4a',
  '#5a4a6e',
  '#b5652d',
  '#2b2b2b',
  '#d9d2c0',
]
const SKIN = ['#e9c3a0', '#c99873', '#a0704c', '#6e4a33', '#f1d2b6']
const CAR_PAINT = ['#b3262b', '#1f4f8c', '#e0e0dc', '#2a2a2e', '#d9a520', '#4f6f52']
/** Finishes for objects the text gives no colour: lacquer, leather, enamel, ceramic. */
const OBJECT_FINISHES = [
  '#7a2f2a',
  '#2f4d7a',
  '#3e6b4a',
  '#b8913a',
  '#6b4128',
  '#d9d2c0',
  '#3a3a40',
  '#8c5a3c',
]

/** Colours for one subject, lit and hazed by the caller's shade function; backlit means dark. */
/** A boxing glove's red. */
const BOXING_GLOVE = hex('#b3262a')

/** How much darker a uniform's legs are than its body (in its own shade, not another colour). */
const UNIFORM_LEGS = 0.12

export function figureStyle(
  random: Random,
  kind: SubjectPlan['kind'],
  shade: (material: Rgb) => string,
  options: {
    backlit: boolean
    lampsLit: boolean
    beacon?: number
    swell?: number
    sideLight?: string | null
    /** Dressed head to toe in one colour (a spacesuit, a uniform): the legs in the clothes'. */
    uniform?: boolean
    /** Gloved in the clothes' colour (a spacesuit, a firefighter's gear). */
    gloved?: boolean
    /** In boxing gloves: big and red. */
    boxing?: boolean
  },
  colour: Rgb | null = null,
): FigureStyle {
  const darken = (c: Rgb) => (options.backlit ? mix(c, hex('#101218'), 0.85) : c)
  const palette = kind === 'vehicle' ? CAR_PAINT : kind === 'object' ? OBJECT_FINISHES : CLOTHES
  // Picked even when the words give the colour, so the rest of the style stays the same.
  const picked = hex(random.pick(palette))
  const main = colour ?? picked
  const legs = hex(random.pick(['#2d3440', '#4a3b2c', '#1f1f24', '#57606b']))
  const skin = shade(darken(hex(random.pick(SKIN))))
  return {
    main: shade(darken(main)),
    secondary: shade(darken(options.uniform ? mix(main, hex('#000000'), UNIFORM_LEGS) : legs)),
    skin,
    hands: options.boxing
      ? shade(darken(BOXING_GLOVE))
      : options.gloved
        ? shade(darken(mix(main, hex('#000000'), 0.08)))
        : skin,
    handSize: options.boxing ? 0.075 : 0.05,
    dark: shade(darken(hex('#1c1c20'))),
    farLimbs: shade(darken(options.uniform ? mix(main, hex('#000000'), 0.45) : hex('#1c1c20'))),
    light: shade(darken(kind === 'boat' ? hex('#f2efe6') : MATERIALS.glass)),
    lampsLit: options.lampsLit,
    beacon: options.beacon ?? 0,
    swell: options.swell ?? 0,
    // Drawn last, so that the colours above stay what they were.
    swellPhase: random.next(),
    sideLight: options.sideLight ?? null,
    material: main,
    tint: (material) => shade(darken(material)),
  }
}

export function drawFigure(
  ctx: SKRSContext2D,
  subject: Pick<
    SubjectPlan,
    | 'kind'
    | 'noun'
    | 'motion'
    | 'look'
    | 'standsOn'
    | 'carries'
    | 'colour'
    | 'hair'
    | 'hat'
    | 'guard'
    | 'seat'
    | 'aboard'
    | 'crawls'
    | 'lies'
    | 'ridden'
    | 'dances'
    | 'grazes'
    | 'patches'
  >,
  style: FigureStyle,
  phase: number,
  seconds = 0,
): void {
  switch (subject.kind) {
    case 'person': {
      // A child is a grown-up's drawing made smaller, from the feet; seated, on a grown-up's
      // seat, the child's hips on it and the feet off the floor.
      const k = personScale(subject.noun)
      const { seat } = subject
      const onSeat = seat !== undefined && seat !== 'saddle' && seat !== 'thwart' && k !== 1
      ctx.save()
      if (onSeat) {
        seatUnder(ctx, style, seat)
        ctx.translate(0, SEATED_HIPS * (1 - k))
      }
      if (k !== 1) ctx.scale(k, k)
      const drawPerson = (pull?: Pull) =>
        person(ctx, style, gaitOfPerson(subject), phase, subject.carries, subject.hair, seat, {
          seatDrawn: onSeat,
          ...(subject.hat ? { hat: subject.hat } : {}),
          // The hands, from the feet, in the person's metres as they would stand (hips 0.95 m).
          ...(pull ? { pull: standingPull(pull, k, seat ? SEATED_DROP : 0) } : {}),
        })
      if (subject.lies && !seat && !subject.aboard) {
        lyingPerson(ctx, style, subject.lies, () => drawPerson())
      } else if (subject.crawls && !seat && !subject.aboard) {
        const still = subject.motion.kind === 'still'
        crawlingPerson(ctx, style, still ? 0 : phase, subject.hair, subject.hat)
      } else if (subject.aboard) {
        ctx.scale(1 / k, 1 / k)
        drawAboard(
          ctx,
          style,
          {
            ...subject.aboard,
            standsOn: subject.standsOn ?? 0,
            seated: seat !== undefined,
            moving: subject.motion.kind !== 'still',
          },
          seconds,
          (pull) => {
            ctx.scale(k, k)
            drawPerson(pull)
          },
        )
      } else drawPerson(subject.guard && !seat ? GUARD : undefined)
      ctx.restore()
      return
    }
    case 'vehicle':
      return drawVehicle(
        ctx,
        style,
        vehicleModel(subject.noun),
        phase,
        subject.ridden === true,
        seconds,
      )
    case 'animal':
      return animal(
        ctx,
        coatOf(style, subject.colour, subject.patches),
        subject.noun,
        gaitOf(subject.motion.kind),
        phase,
        subject.grazes === true,
      )
    case 'bird': {
      // On a table or a chair it sits; anywhere else it flies. Each kind at its own size.
      const k = birdScale(subject.noun)
      ctx.save()
      ctx.scale(k, k)
      if (subject.standsOn === undefined) bird(ctx, style, phase)
      else perchedBird(ctx, style)
      ctx.restore()
      return
    }
    case 'boat':
      return boat(ctx, style, subject.noun, seconds)
    case 'landmark':
      return landmark(ctx, style, subject.noun, seconds)
    case 'object':
      return drawObjectProp(ctx, subject.look ?? objectLook(subject.noun, []), style, {
        moving: subject.motion.kind !== 'still',
        travelled: seconds * subject.motion.speed,
      })
  }
}

/** Where a pulling person's hands are in their own drawing, scaled by `k` from the feet. */
/** A fighter's guard: leaning in a little, fists up before the chin, the far one higher. */
const GUARD: Pull = { lean: 0.08, far: { x: 0.3, y: 1.55 }, near: { x: 0.24, y: 1.47 } }

function standingPull(pull: Pull, k: number, drop: number): Pull {
  const own = (p: { x: number; y: number }) => ({ x: p.x / k, y: p.y / k + drop })
  return { lean: pull.lean, far: own(pull.far), near: own(pull.near) }
}

/**
 * How a person moves: a walk, a run, pedalling in a saddle that rolls, dancing (stepping where
 * they stand, the arms up and swaying), or not.
 */
function gaitOfPerson(subject: Pick<SubjectPlan, 'motion' | 'seat' | 'dances'>) {
  const kind = subject.motion.kind
  if (subject.seat === 'saddle' && kind === 'drive') return 'pedal' as const
  if (subject.dances && !subject.seat) return 'dance' as const
  return kind === 'run'
    ? ('run' as const)
    : kind === 'walk'
      ? ('walk' as const)
      : ('still' as const)
}

/** How an animal moves its legs: any motion other than a walk or standing still is a run. */
function gaitOf(motion: SubjectPlan['motion']['kind']): Gait {
  return motion === 'still' ? 'still' : motion === 'walk' ? 'walk' : 'run'
}

/** How much darker than its coat an animal's far legs are, in the shade of its side. */
const FAR_SIDE = 0.45

/**
 * An animal's colours: without a colour from the words, the style's (a dark coat, darker far
 * legs); with one ("a white horse"), the coat in it, lit as the style lights, and the far legs
 * that colour in shade; with patches ("a black and white cow"), their colour lit the same way.
 * Nose and eyes keep the style's.
 */
function coatOf(s: FigureStyle, colour: Rgb | undefined, patches: Rgb | undefined): Coat {
  if (!colour) return { style: s, coat: s.secondary, far: s.dark }
  const coat = { style: s, coat: s.main, far: s.tint(mix(colour, hex('#1c1c20'), FAR_SIDE)) }
  return patches ? { ...coat, patches: s.tint(patches) } : coat
}

/**
 * A four-legged animal: dogs, cats and bears (small-animals.ts), cattle and pigs
 * (farm-animals.ts) have drawings of their own; the others are the horse-sized model, scaled for
 * the noun. Grazing, its head is down at the grass.
 */
function animal(
  ctx: SKRSContext2D,
  c: Coat,
  noun: string,
  gait: Gait,
  phase: number,
  grazing: boolean,
): void {
  const { model, scale: k } = animalBuild(noun)
  if (model === 'cattle') {
    const grown = noun !== 'calf'
    const cow = noun === 'cow' || noun === 'heifer' || noun === 'cattle'
    return cattle(ctx, c, k, { horns: grown, udder: cow && grown, grazing }, gait, phase)
  }
  if (model === 'pig') return pig(ctx, c, k, grazing, gait, phase)
  if (model === 'cat') {
    // Drawn at a cat's size: a kitten smaller.
    ctx.save()
    ctx.scale(k, k)
    cat(ctx, c, gait, phase)
    ctx.restore()
    return
  }
  if (model === 'bear') return bear(ctx, c, gait, phase)
  if (model === 'dog' || model === 'fox') {
    return dog(ctx, c, k, model === 'fox' ? 'upright' : 'floppy', gait, phase)
  }
  const long = model === 'long-neck'
  ctx.save()
  ctx.scale(k, k)
  const a = gait === 'still' ? 0 : Math.sin(phase * Math.PI * 2) * 0.45
  ctx.fillStyle = c.far
  limb(ctx, -0.5, 1.0, -a, 1.0, 0.1)
  limb(ctx, 0.55, 1.0, a, 1.0, 0.1)
  ctx.fillStyle = c.coat
  ctx.beginPath()
  ctx.ellipse(0, 1.12, 0.78, 0.28, 0, 0, Math.PI * 2)
  ctx.fill()
  coatPatches(ctx, c, [
    [-0.5, 1.2, 0.24, 0.14],
    [0.12, 1.02, 0.22, 0.16],
    [0.55, 1.2, 0.14, 0.1],
  ])
  // Neck and head, longer for horses and deer; grazing, down to the grass.
  if (grazing) grazingHead(ctx, long)
  else {
    ctx.beginPath()
    ctx.moveTo(0.5, 1.3)
    ctx.lineTo(long ? 0.85 : 0.78, long ? 1.85 : 1.55)
    ctx.lineTo(long ? 1.05 : 0.98, long ? 1.8 : 1.5)
    ctx.lineTo(0.78, 1.05)
    ctx.fill()
    ctx.beginPath()
    ctx.ellipse(
      long ? 1.05 : 0.98,
      long ? 1.72 : 1.48,
      long ? 0.26 : 0.2,
      0.11,
      long ? -0.7 : -0.2,
      0,
      Math.PI * 2,
    )
    ctx.fill()
    ctx.beginPath()
    ctx.moveTo(long ? 0.88 : 0.85, long ? 1.9 : 1.58)
    ctx.lineTo(long ? 0.9 : 0.86, long ? 2.02 : 1.72)
    ctx.lineTo(long ? 0.97 : 0.94, long ? 1.9 : 1.58)
    ctx.fill()
  }
  ctx.strokeStyle = c.coat
  ctx.lineWidth = 0.08
  ctx.beginPath()
  ctx.moveTo(-0.74, 1.22)
  ctx.quadraticCurveTo(-0.95, 1.2, -1.0, 0.85)
  ctx.stroke()
  limb(ctx, -0.42, 1.0, a, 1.0, 0.11)
  limb(ctx, 0.62, 1.0, -a, 1.0, 0.11)
  ctx.restore()
}

/**
 * The four-legged model's neck reaching down from the shoulders and its head at the grass, the
 * muzzle at the ground just before the forelegs, an ear up at the poll.
 */
function grazingHead(ctx: SKRSContext2D, long: boolean): void {
  const reach = long ? 1.2 : 1.08
  ctx.beginPath()
  ctx.moveTo(0.42, 1.34)
  ctx.lineTo(reach - 0.15, 0.4)
  ctx.lineTo(reach + 0.08, 0.44)
  ctx.lineTo(0.86, 0.98)
  ctx.fill()
  // The head hangs nearly upright: its long axis reaches this far down from its centre.
  const head = long ? 0.26 : 0.2
  const centreY = head * Math.sin(1.3) + 0.1 * Math.cos(1.3) + 0.01
  ctx.beginPath()
  ctx.ellipse(reach, centreY, head, 0.1, -1.3, 0, Math.PI * 2)
  ctx.fill()
  ctx.beginPath()
  ctx.moveTo(reach - 0.12, 0.42)
  ctx.lineTo(reach - 0.16, 0.56)
  ctx.lineTo(reach - 0.04, 0.46)
  ctx.fill()
}

/** A bird in flight, two wings from the body; the lowest wing tip of a beat at the origin. */
function bird(ctx: SKRSContext2D, s: FigureStyle, phase: number): void {
  const flap = Math.sin(phase * Math.PI * 2) * 0.22
  const body = 0.1
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.06
  ctx.beginPath()
  ctx.moveTo(-0.35, body + 0.15 + flap)
  ctx.quadraticCurveTo(-0.15, body + 0.12, 0, body)
  ctx.quadraticCurveTo(0.15, body + 0.12, 0.35, body + 0.15 + flap)
  ctx.stroke()
}

/**
 * A bird sitting on something, facing right: body tilted tail-down, head and beak, a folded wing,
 * a wedge of tail and two short legs with their feet at the origin.
 */
function perchedBird(ctx: SKRSContext2D, s: FigureStyle): void {
  ctx.strokeStyle = s.dark
  ctx.lineWidth = 0.016
  ctx.beginPath()
  for (const x of [-0.025, 0.03]) {
    ctx.moveTo(x, 0.1)
    ctx.lineTo(x + 0.01, 0.008)
    ctx.moveTo(x - 0.02, 0.008)
    ctx.lineTo(x + 0.04, 0.008)
  }
  ctx.stroke()
  ctx.fillStyle = s.dark
  // Tail, body, head and beak.
  ctx.beginPath()
  ctx.moveTo(-0.08, 0.16)
  ctx.lineTo(-0.26, 0.06)
  ctx.lineTo(-0.24, 0.03)
  ctx.lineTo(-0.06, 0.1)
  ctx.fill()
  ctx.beginPath()
  ctx.ellipse(0, 0.155, 0.14, 0.075, 0.35, 0, Math.PI * 2)
  ctx.fill()
  ctx.beginPath()
  ctx.arc(0.12, 0.25, 0.06, 0, Math.PI * 2)
  ctx.fill()
  ctx.beginPath()
  ctx.moveTo(0.165, 0.27)
  ctx.lineTo(0.24, 0.245)
  ctx.lineTo(0.17, 0.228)
  ctx.fill()
  // The folded wing along the back, its tip over the tail.
  ctx.fillStyle = s.secondary
  ctx.beginPath()
  ctx.moveTo(0.09, 0.2)
  ctx.quadraticCurveTo(-0.02, 0.22, -0.17, 0.1)
  ctx.quadraticCurveTo(-0.03, 0.1, 0.06, 0.14)
  ctx.fill()
  ctx.fillStyle = s.light
  ctx.beginPath()
  ctx.arc(0.14, 0.265, 0.012, 0, Math.PI * 2)
  ctx.fill()
}
