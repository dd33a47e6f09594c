/**
 * One frame: composite the static layer bitmaps back to front with this instant's camera
 * transforms, drawing each subject at its depth among them, then weather and the slate. In a room
 * the weather outside is drawn through the back wall's windows, just after the wall.
 *
 * A layer whose ground (apron) runs to the bottom of the frame hides everything further back
 * below its base line, so the layers behind it are drawn only down to that line: each pixel of
 * ground is composited about once instead of once per layer.
 */
import { createCanvas, ImageData, type Canvas, type SKRSContext2D } from './canvas.js'
import { figureStyle, drawFigure, type FigureStyle } from './paint/figures.js'
import { sweepsBeam } from './paint/landmarks.js'
import { hazeAmount, shaderFor } from './paint/paint-context.js'
import { createSlate, slateLines, type SlateOverlay } from './paint/slate.js'
import { interiorWindowPanes, type WindowPane } from './paint/built-sets.js'
import { createWeatherOverlay, type ScreenQuad, type WeatherOverlay } from './paint/weather.js'
import { drawExplosion, EXPLOSION_AT, explosionFlash } from './paint/explosion.js'
import type { LayerBitmap } from './layer-bitmaps.js'
import { bitmapToWorld } from './layer-merge.js'
import { drawBitmapRects, type BitmapRect } from './layer-draw.js'
import { buildLayerStack, type LayerStack } from './layer-stack.js'
import { visibleRows } from './occlusion.js'
import {
  applyAffine,
  invertAffine,
  multiplyAffine,
  projectPlane,
  visibleRect,
  type Affine,
} from './projection.js'
import { createRandom, hashString } from './random.js'
import type { Shot } from './shot-setup.js'
import { LIGHT_COLOURS } from './subject-boat.js'
import { vehicleModel } from './subject-words.js'
import type { SubjectPlan } from './subjects.js'

export type FramePainterInput = {
  shot: Shot
  backdrop: LayerBitmap
  /** Set layers, any order. */
  layers: LayerBitmap[]
  weather: WeatherOverlay
  slate: SlateOverlay | null
  /** A room's back wall and its window panes in view, where the weather outside shows. */
  windows?: RoomWindows | null
}

/** The back wall of a room: its depth, and the panes of its windows the take sees. */
export type RoomWindows = { depth: number; panes: WindowPane[] }

type Drawable =
  | { depth: number; kind: 'layer'; bitmap: LayerBitmap }
  | { depth: number; kind: 'panes' }
  | { depth: number; kind: 'subject'; index: number }
  | { depth: number; kind: 'explosion' }

/** At the same depth a layer comes first, then what is seen through its windows, then subjects. */
const DRAW_ORDER = { layer: 0, panes: 1, subject: 2, explosion: 2 }

/** An explosion stands this far behind the subjects (m), and this far back along their way. */
const EXPLOSION_BEHIND = 12
const EXPLOSION_BACK = 3

export class FramePainter {
  readonly canvas: Canvas
  private readonly ctx: SKRSContext2D
  private readonly styles: FigureStyle[]
  /** Where an explosion the words set off stands: behind the first subject, back along its way. */
  private readonly explosion: { x: number; depth: number; scale: number } | null

  constructor(private readonly input: FramePainterInput) {
    const { width, height } = input.shot.viewport
    this.canvas = createCanvas(width, height)
    this.ctx = this.canvas.getContext('2d', { alpha: false })
    // Nearest-neighbour compositing: bilinear sampling costs ~3x as much per pixel here, and the
    // layers are drawn at the largest scale the take needs, so they are never magnified much.
    this.ctx.imageSmoothingEnabled = false
    this.styles = subjectStyles(input.shot)
    const main = input.shot.subjects[0]
    const start = main?.track(0)
    // A thing that explodes itself ("the car explodes") bursts where it stands, in front of it;
    // anything else bursts behind the subjects.
    const itself = main !== undefined && main.plan.kind !== 'person' && main.plan.kind !== 'animal'
    const depth = start?.depth ?? input.shot.framing.subjectDistance
    this.explosion = !input.shot.plan.explosion
      ? null
      : itself
        ? { x: start?.x ?? 0, depth: depth - 0.5, scale: 0.6 }
        : {
            x: (start?.x ?? 0) - (main?.plan.facing ?? 1) * EXPLOSION_BACK,
            depth: depth + EXPLOSION_BEHIND,
            scale: 1,
          }
  }

  /**
   * The frame's RGBA pixels (opaque, so straight and premultiplied alike). canvas.data() reads
   * them no faster than getImageData (measured).
   */
  pixels(): Buffer {
    const { width, height } = this.input.shot.viewport
    const data = this.ctx.getImageData(0, 0, width, height).data
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  }

  paint(frame: number): void {
    const { shot, backdrop, layers, weather, slate, windows } = this.input
    const seconds = frame / shot.fps
    const camera = shot.camera(seconds)
    const ctx = this.ctx
    const drawables: Drawable[] = [
      { depth: Number.POSITIVE_INFINITY, kind: 'layer', bitmap: backdrop },
      ...layers.map((bitmap) => ({
        depth: bitmap.depth as number,
        kind: 'layer' as const,
        bitmap,
      })),
      ...shot.subjects.map((subject, index) => ({
        depth: subject.track(seconds).depth,
        kind: 'subject' as const,
        index,
      })),
    ]
    if (windows && windows.panes.length > 0 && weather.active) {
      drawables.push({ depth: windows.depth, kind: 'panes' })
    }
    const blast = this.explosion
    if (blast) drawables.push({ depth: blast.depth, kind: 'explosion' })
    // Back to front; a subject standing on a layer's plane is drawn after that layer.
    drawables.sort((a, b) => b.depth - a.depth || DRAW_ORDER[a.kind] - DRAW_ORDER[b.kind])
    const matrices = new Map<LayerBitmap, Affine>()
    for (const bitmap of [backdrop, ...layers]) {
      matrices.set(bitmap, projectPlane(camera, bitmap.depth, shot.viewport).matrix)
    }
    const backToFront = drawables.flatMap((d) => (d.kind === 'layer' ? [d.bitmap] : []))
    const onScreen = (bitmap: LayerBitmap) =>
      multiplyAffine(matrices.get(bitmap) as Affine, bitmapToWorld(bitmap))
    const frontToBack = [...backToFront].reverse()
    const plan = visibleRows(
      frontToBack.map((bitmap) => ({
        rows: bitmap.canvas.height,
        matrix: onScreen(bitmap),
        ...(bitmap.opaqueRows ? { opaqueRows: bitmap.opaqueRows } : {}),
        ...(bitmap.opaqueRuns ? { opaqueRuns: bitmap.opaqueRuns } : {}),
      })),
      shot.viewport,
    )
    const rowsToDraw = new Map(frontToBack.map((bitmap, i) => [bitmap, plan?.[i]]))

    drawables.forEach((item, i) => {
      if (item.kind === 'subject') {
        this.drawSubject(item.index, seconds, camera)
        return
      }
      if (item.kind === 'panes') {
        this.drawPanes(windows as RoomWindows, seconds, camera)
        return
      }
      if (item.kind === 'explosion') {
        const m = projectPlane(camera, item.depth, shot.viewport).matrix
        ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
        ctx.translate(blast?.x ?? 0, 0)
        ctx.scale(blast?.scale ?? 1, blast?.scale ?? 1)
        drawExplosion(ctx, seconds - EXPLOSION_AT)
        return
      }
      const ranges = rowsToDraw.get(item.bitmap)
      if (ranges) {
        this.drawRows(item.bitmap, onScreen(item.bitmap), ranges)
        return
      }
      // A rolled frame: cut at the nearer ground line instead.
      const cover = drawables.slice(i + 1).find((d) => d.kind === 'layer' && d.bitmap.hasApron)
      const coverMatrix = cover?.kind === 'layer' ? matrices.get(cover.bitmap) : undefined
      const coverage =
        coverMatrix && cover?.kind === 'layer'
          ? { matrix: coverMatrix, blurPx: cover.bitmap.blurPx }
          : null
      this.drawBitmap(item.bitmap, matrices.get(item.bitmap) as Affine, coverage)
    })
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    const flash = blast ? explosionFlash(seconds - EXPLOSION_AT) : 0
    if (flash > 0.01) {
      ctx.fillStyle = `rgba(255, 236, 200, ${flash})`
      ctx.fillRect(0, 0, shot.viewport.width, shot.viewport.height)
    }
    if (weather.active) weather.draw(ctx, seconds)
    slate?.draw(ctx, frame, shot.fps)
  }

  /**
   * Draw a layer bitmap; with a cover, only the rows above the nearer layer's base line (plus
   * what its depth-of-field blur leaves half transparent there, plus a pixel or two).
   */
  private drawBitmap(
    bitmap: LayerBitmap,
    world: Affine,
    cover: { matrix: Affine; blurPx: number } | null,
  ): void {
    const m = multiplyAffine(world, bitmapToWorld(bitmap))
    const { width, height } = bitmap.canvas
    let rows = height
    if (cover) {
      const verticalScale = Math.hypot(cover.matrix.c, cover.matrix.d)
      const marginPx = cover.blurPx * 2 + 2
      const line = applyAffine(cover.matrix, 0, -marginPx / verticalScale)
      const cutY = applyAffine(invertAffine(world), line.x, line.y).y
      rows = Math.min(height, Math.ceil((bitmap.rect.top - cutY) * bitmap.pxPerUnit))
      if (rows <= 0) return
    }
    this.ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    this.ctx.drawImage(bitmap.canvas, 0, 0, width, rows, 0, 0, width, rows)
  }

  /**
   * Draw ranges of a layer bitmap's rows, each [from, to), where they land on screen: only the
   * columns its content spans in each of its bands, when it has them (with nearest-neighbour
   * sampling, rectangles drawn side by side give the same pixels as one draw of them all).
   */
  private drawRows(bitmap: LayerBitmap, m: Affine, ranges: number[][]): void {
    const { canvas, bands } = bitmap
    const rects: BitmapRect[] = []
    for (const [from, to] of ranges as [number, number][]) {
      if (!bands) {
        rects.push({ left: 0, top: from, width: canvas.width, height: to - from })
        continue
      }
      for (const band of bands) {
        const top = Math.max(from, band.from)
        const bottom = Math.min(to, band.to)
        if (bottom > top) {
          rects.push({ left: band.left, top, width: band.right - band.left, height: bottom - top })
        }
      }
    }
    drawBitmapRects(this.ctx, canvas, m, rects)
  }

  /** The weather outside, through the panes of the room's windows that are on screen now. */
  private drawPanes(
    windows: RoomWindows,
    seconds: number,
    camera: ReturnType<Shot['camera']>,
  ): void {
    const { width, height } = this.input.shot.viewport
    const m = projectPlane(camera, windows.depth, this.input.shot.viewport).matrix
    const quads: ScreenQuad[] = []
    for (const pane of windows.panes) {
      const quad = [
        applyAffine(m, pane.left, pane.top),
        applyAffine(m, pane.right, pane.top),
        applyAffine(m, pane.right, pane.bottom),
        applyAffine(m, pane.left, pane.bottom),
      ]
      const xs = quad.map((p) => p.x)
      const ys = quad.map((p) => p.y)
      const onScreen =
        Math.max(...xs) > 0 &&
        Math.min(...xs) < width &&
        Math.max(...ys) > 0 &&
        Math.min(...ys) < height
      if (onScreen) quads.push(quad)
    }
    this.ctx.setTransform(1, 0, 0, 1, 0, 0)
    this.input.weather.drawThroughPanes(this.ctx, seconds, quads)
  }

  private drawSubject(index: number, seconds: number, camera: ReturnType<Shot['camera']>): void {
    const { shot } = this.input
    const subject = shot.subjects[index]
    if (!subject) return
    const pose = subject.track(seconds)
    const m = projectPlane(camera, pose.depth, shot.viewport).matrix
    const ctx = this.ctx
    ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    ctx.translate(pose.x, pose.altitude)
    ctx.scale(subject.plan.facing, 1)
    // Time into the action, so an extended take carries on (a lighthouse's beam keeps turning).
    const actionSeconds = shot.endState.actionSeconds - shot.durationSeconds + seconds
    drawFigure(ctx, subject.plan, this.styles[index] as FigureStyle, pose.phase, actionSeconds)
  }
}

/**
 * Paint the shot's static layers (unless given) and set up weather and slate: a painter ready for
 * frame 0.
 */
export function createFramePainter(
  shot: Shot,
  slate?: { shotNumber?: string; show: boolean },
  stack: LayerStack = buildLayerStack(shot),
): FramePainter & { animated: boolean } {
  const windows = roomWindows(shot)
  const wall = windows && stack.layers.find((layer) => layer.depth === windows.depth)
  const weather = createWeatherOverlay(
    shot.plan.weather,
    shot.plan.palette,
    shot.viewport,
    shot.spec.seed,
    windows ? { blurPx: wall?.blurPx ?? 0, windows: windows.panes.length > 0 } : null,
  )
  const slateOverlay = slate?.show
    ? createSlate(
        slateLines(shot.spec, shot.framing.lensMm, slate.shotNumber),
        shot.viewport.height,
      )
    : null
  const painter = new FramePainter({
    shot,
    ...stack,
    weather,
    slate: slateOverlay,
    windows,
  })
  // Whether frames change with time alone (rain, a running timecode, a lighthouse's turning
  // beam, a boat riding the swell, a helicopter's rotors), not only with movement.
  const beamTurns =
    shot.plan.beacon > 0 && shot.subjects.some((subject) => sweepsBeam(subject.plan))
  const boatsRide = shot.plan.swell > 0 && shot.subjects.some((s) => s.plan.kind === 'boat')
  const rotorsTurn = shot.subjects.some(
    (s) => s.plan.kind === 'vehicle' && vehicleModel(s.plan.noun) === 'helicopter',
  )
  return Object.assign(painter, {
    animated:
      weather.active ||
      slateOverlay !== null ||
      beamTurns ||
      boatsRide ||
      rotorsTurn ||
      shot.plan.explosion,
  })
}

/**
 * Each subject's colours, lit and hazed where it stands. What the words leave open is picked from
 * the shot's seed, except for a person with a name ("Maren"), who is picked from the name: the
 * same skin, clothes and hair in every shot of the film, whatever its seed. People in a boat
 * take its place in the swell.
 */
export function subjectStyles(shot: Shot): FigureStyle[] {
  const { plan, spec } = shot
  const styles = shot.subjects.map((subject, i) => {
    const depth = subject.track(0).depth
    const { shade } = shaderFor(
      plan.palette,
      hazeAmount(depth, plan.weather, plan.set === 'interior'),
    )
    const called = subject.plan.called
    const random = createRandom(
      called ? hashString(`cast:${called}`) : hashString(`figure:${i}`, spec.seed),
    )
    return figureStyle(
      random,
      subject.plan.kind,
      shade,
      {
        backlit: plan.palette.backlit,
        lampsLit: plan.palette.lampsLit,
        beacon: plan.beacon,
        swell: plan.swell,
        sideLight: sideLight(subject.plan, plan.palette.lampsLit),
        uniform: subject.plan.uniform === true,
        gloved: subject.plan.gloved === true,
        boxing: subject.plan.boxing === true,
      },
      subject.plan.colour ?? null,
    )
  })
  // Those aboard a boat ride the swell with it (subject-boating.ts boards the first boat).
  const boat = shot.subjects.findIndex((subject) => subject.plan.kind === 'boat')
  const swellPhase = styles[boat]?.swellPhase
  return styles.map((style, i) =>
    shot.subjects[i]?.plan.aboard && swellPhase !== undefined ? { ...style, swellPhase } : style,
  )
}

/**
 * A boat's side light as CSS when its lights show (after dark, or whenever the words name them):
 * the colour said, else green on the starboard side a boat facing right shows the camera, red on
 * the port side. Null for anything else, and for a boat with its lights off.
 */
function sideLight(subject: SubjectPlan, lampsLit: boolean): string | null {
  if (subject.kind !== 'boat' || (!lampsLit && !subject.lights)) return null
  const colour = subject.lights?.colour ?? (subject.facing === 1 ? 'green' : 'red')
  return LIGHT_COLOURS[colour]
}

/**
 * In a room, its back wall (the interior's far layer) and the panes of its windows that some
 * frame of the take shows; null outdoors.
 */
export function roomWindows(shot: Shot): RoomWindows | null {
  if (shot.plan.set !== 'interior') return null
  const wall = shot.layers.find((layer) => layer.name === 'far')
  if (!wall) return null
  const seen = { left: Infinity, right: -Infinity, bottom: Infinity, top: -Infinity }
  for (let frame = 0; frame < shot.frames; frame++) {
    const projection = projectPlane(shot.camera(frame / shot.fps), wall.depth, shot.viewport)
    const rect = visibleRect(projection, shot.viewport)
    seen.left = Math.min(seen.left, rect.left)
    seen.right = Math.max(seen.right, rect.right)
    seen.bottom = Math.min(seen.bottom, rect.bottom)
    seen.top = Math.max(seen.top, rect.top)
  }
  const panes = interiorWindowPanes({ ...seen, seed: shot.spec.seed }).filter(
    (pane) =>
      pane.right > seen.left &&
      pane.left < seen.right &&
      pane.top > seen.bottom &&
      pane.bottom < seen.top,
  )
  return { depth: wall.depth, panes }
}

/** A JPEG of one frame's pixels (as `pixels()` returned them). */
export function encodePoster(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  const canvas = createCanvas(width, height)
  const data = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.byteLength)
  canvas.getContext('2d').putImageData(new ImageData(data, width, height), 0, 0)
  return canvas.encode('jpeg', 88)
}
