/**
 * The first view of a board: the camera this browser last had on it, or else the whole content
 * fitted into the canvas (once per board per browser session), so a film opens seen whole
 * rather than cut off at the top. The camera is remembered per board as it moves.
 */
import { react, type Editor } from 'tldraw'

export interface Camera {
  x: number
  y: number
  z: number
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Screen space the canvas overlays cover: tldraw's menus above, its toolbar below. */
export const CANVAS_MARGINS = { top: 64, right: 32, bottom: 96, left: 32 } as const

export type FirstView = { kind: 'restore'; camera: Camera } | { kind: 'fit' } | { kind: 'none' }

export function decideFirstView(input: {
  saved: Camera | null
  fittedThisSession: boolean
  hasContent: boolean
}): FirstView {
  if (input.saved) return { kind: 'restore', camera: input.saved }
  if (!input.fittedThisSession && input.hasContent) return { kind: 'fit' }
  return { kind: 'none' }
}

/**
 * The camera that shows `bounds` whole in a `viewport` (screen px) clear of `margins`, centred
 * there, never zoomed in past `maxZoom`, nor out past `minZoom`.
 */
export function fitCamera(
  bounds: Box,
  viewport: { w: number; h: number },
  margins: { top: number; right: number; bottom: number; left: number } = CANVAS_MARGINS,
  maxZoom = 1,
  minZoom = 0.1,
): Camera {
  const width = Math.max(1, viewport.w - margins.left - margins.right)
  const height = Math.max(1, viewport.h - margins.top - margins.bottom)
  const fit = Math.min(width / Math.max(1, bounds.w), height / Math.max(1, bounds.h))
  const z = Math.max(minZoom, Math.min(maxZoom, fit))
  // Screen = (page + camera) * z: place the bounds' centre at the centre of the clear area.
  const centreX = margins.left + width / 2
  const centreY = margins.top + height / 2
  return {
    x: centreX / z - (bounds.x + bounds.w / 2),
    y: centreY / z - (bounds.y + bounds.h / 2),
    z,
  }
}

export function parseCamera(raw: string | null): Camera | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<Camera>
    const { x, y, z } = value
    if ([x, y, z].every((n) => typeof n === 'number' && Number.isFinite(n)) && z! > 0) {
      return { x: x!, y: y!, z: z! }
    }
  } catch {
    // A damaged entry is simply forgotten.
  }
  return null
}

const cameraKey = (boardId: string) => `sceneboard:camera:${boardId}`
const fittedKey = (boardId: string) => `sceneboard:fitted:${boardId}`

function readStorage(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function writeStorage(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // Storage full or refused: the view is simply not remembered.
  }
}

/**
 * Sets the opening camera once the canvas has its final size (the panels around it appear with
 * the editor), then remembers the camera as it moves. Returns a stop function.
 */
export function startFirstView(editor: Editor, boardId: string): () => void {
  const local = typeof localStorage === 'undefined' ? undefined : localStorage
  const session = typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  let stopRemembering = () => {}
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      openingCamera(editor, boardId, local, session)
      stopRemembering = rememberCamera(editor, boardId, local)
    })
  })
  return () => {
    cancelAnimationFrame(frame)
    stopRemembering()
  }
}

function openingCamera(
  editor: Editor,
  boardId: string,
  local: Storage | undefined,
  session: Storage | undefined,
): void {
  const bounds = editor.getCurrentPageBounds()
  const view = decideFirstView({
    saved: parseCamera(readStorage(local, cameraKey(boardId))),
    fittedThisSession: readStorage(session, fittedKey(boardId)) === '1',
    hasContent: bounds !== undefined,
  })
  if (view.kind === 'restore') {
    editor.setCamera(view.camera, { immediate: true })
  } else if (view.kind === 'fit' && bounds) {
    editor.updateViewportScreenBounds(editor.getContainer())
    const screen = editor.getViewportScreenBounds()
    editor.setCamera(fitCamera(bounds, { w: screen.w, h: screen.h }), { immediate: true })
    writeStorage(session, fittedKey(boardId), '1')
  }
}

/** Stores the camera a moment after each move the person makes. */
function rememberCamera(editor: Editor, boardId: string, local: Storage | undefined): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let first = true
  const stop = react('remember the camera', () => {
    const camera = editor.getCamera()
    if (first) {
      // The opening camera is not a choice the person made: only later moves are remembered.
      first = false
      return
    }
    clearTimeout(timer)
    timer = setTimeout(() => {
      const value = JSON.stringify({ x: camera.x, y: camera.y, z: camera.z })
      writeStorage(local, cameraKey(boardId), value)
    }, 400)
  })
  return () => {
    clearTimeout(timer)
    stop()
  }
}
