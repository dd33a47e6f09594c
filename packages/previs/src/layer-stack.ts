/**
 * The take's static layers, built front to back so that each is painted only in the rows some
 * frame shows. A layer's opaque rows (its ground, a continuous row of facades) hide what stands
 * behind them; the frames skip those rows anyway (occlusion.ts), and here the layers behind are
 * not even painted there. In a street the sky behind the facades is a strip a few dozen rows
 * high, and the distant hills behind the houses barely show at all, yet each cost as much to
 * paint as the whole frame.
 *
 * Per frame, the screen rows covered so far are kept as a layer is added; the next layer back is
 * cropped to the union over the take of the rows its frames draw past that cover (the same rows
 * the frames ask for, so a frame never reaches past a crop). Layers that fold into the backdrop
 * (layer-merge.ts) are cropped by the layers in front of them but do not crop one another or the
 * backdrop, as they are drawn into it. A take with roll draws whole layers (no row occlusion),
 * so nothing is cropped by cover in one.
 */
import { buildBackdrop, buildLayer, type LayerBitmap, type RowsSeen } from './layer-bitmaps.js'
import { bitmapToWorld, foldedDepths, foldRigidLayers } from './layer-merge.js'
import { coverRows, uncoveredRows } from './occlusion.js'
import { multiplyAffine, projectPlane, type Affine, type PlaneDepth } from './projection.js'
import type { Shot } from './shot-setup.js'

export type LayerStack = { backdrop: LayerBitmap; layers: LayerBitmap[] }

export function buildLayerStack(shot: Shot): LayerStack {
  const cameras = Array.from({ length: shot.frames }, (_, frame) => shot.camera(frame / shot.fps))
  const planeMatrices = (depth: PlaneDepth) =>
    cameras.map((camera) => projectPlane(camera, depth, shot.viewport).matrix)
  const rolled = planeMatrices('backdrop').some((m) => m.b !== 0 || m.c !== 0)
  if (rolled) {
    const layers = shot.layers
      .map((layer) => buildLayer(shot, layer))
      .filter((layer): layer is LayerBitmap => layer !== null)
    return foldRigidLayers(shot, buildBackdrop(shot), layers)
  }

  const folding = foldedDepths(
    shot,
    shot.layers.map((layer) => layer.depth),
  )
  const covers = cameras.map(() => new Uint8Array(shot.viewport.height))
  const onScreen = (planes: Affine[], bitmap: Parameters<typeof bitmapToWorld>[0]) =>
    planes.map((plane) => multiplyAffine(plane, bitmapToWorld(bitmap)))
  const seenPast =
    (planes: Affine[]): RowsSeen =>
    (full) => {
      let from = Number.POSITIVE_INFINITY
      let to = Number.NEGATIVE_INFINITY
      onScreen(planes, full).forEach((matrix, frame) => {
        const ranges = uncoveredRows({ rows: full.height, matrix }, covers[frame] as Uint8Array)
        for (const [a, b] of ranges as [number, number][]) {
          from = Math.min(from, a)
          to = Math.max(to, b)
        }
      })
      return to > from ? { from, to } : null
    }

  const built = new Map<(typeof shot.layers)[number], LayerBitmap | null>()
  const frontToBack = [...shot.layers].sort((a, b) => a.depth - b.depth)
  for (const layer of frontToBack.filter((l) => !folding.has(l.depth))) {
    const planes = planeMatrices(layer.depth)
    const bitmap = buildLayer(shot, layer, seenPast(planes))
    built.set(layer, bitmap)
    if (!bitmap?.opaqueRows && !bitmap?.opaqueRuns) continue
    const { opaqueRows, opaqueRuns } = bitmap
    onScreen(planes, bitmap).forEach((matrix, frame) =>
      coverRows(
        {
          rows: bitmap.canvas.height,
          matrix,
          ...(opaqueRows ? { opaqueRows } : {}),
          ...(opaqueRuns ? { opaqueRuns } : {}),
        },
        covers[frame] as Uint8Array,
        shot.viewport.width,
      ),
    )
  }
  for (const layer of frontToBack.filter((l) => folding.has(l.depth))) {
    built.set(layer, buildLayer(shot, layer, seenPast(planeMatrices(layer.depth))))
  }
  const backdrop = buildBackdrop(shot, seenPast(planeMatrices('backdrop')))
  const layers = shot.layers
    .map((layer) => built.get(layer) ?? null)
    .filter((layer): layer is LayerBitmap => layer !== null)
  return foldRigidLayers(shot, backdrop, layers, folding)
}
