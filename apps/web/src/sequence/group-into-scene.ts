/**
 * Grouping cards into a scene: the selected shapes go into a new tldraw frame named "Scene N"
 * (a frame around scene frames names their act), and the scene's cards come together in the film
 * where the first of them stands. Ungrouping removes the frame and keeps its contents.
 */
import {
  fitFrameToContent,
  removeFrame,
  createShapeId,
  type Editor,
  type TLFrameShape,
  type TLShape,
  type TLShapeId,
} from 'tldraw'
import { FRAME_TYPE, isSceneCard, type SceneGroup } from '@sceneboard/shared'
import { newSceneName } from './scene-runs'
import type { SequenceView } from './sequence-context'

const FRAME_PADDING = 32

/** The scene cards among the selection (a selected frame counts with the cards inside it). */
export function selectedSceneCardIds(editor: Editor): TLShapeId[] {
  const ids = new Set<TLShapeId>()
  for (const shape of editor.getSelectedShapes()) {
    if (isSceneCard(shape)) ids.add(shape.id)
    for (const id of editor.getShapeAndDescendantIds([shape.id])) {
      const inner = editor.getShape(id)
      if (inner && isSceneCard(inner)) ids.add(inner.id)
    }
  }
  return [...ids]
}

/** The selected frames that hold scene cards: what "Ungroup scene" removes. */
export function selectedSceneFrames(editor: Editor): TLFrameShape[] {
  return editor
    .getSelectedShapes()
    .filter((shape): shape is TLFrameShape => shape.type === FRAME_TYPE)
    .filter((frame) =>
      [...editor.getShapeAndDescendantIds([frame.id])].some((id) => {
        const inner = editor.getShape(id)
        return inner !== undefined && isSceneCard(inner)
      }),
    )
}

/** The scene whose cards are exactly these, if there is one. */
function sceneHoldingExactly(
  cardIds: readonly string[],
  scenes: readonly SceneGroup[],
): TLShapeId | null {
  const wanted = new Set(cardIds)
  const scene = scenes.find(
    (group) => group.cardIds.length === wanted.size && group.cardIds.every((id) => wanted.has(id)),
  )
  return (scene?.id as TLShapeId | undefined) ?? null
}

/**
 * Puts the selection into a new scene frame and gathers its cards in the film. Returns the
 * frame's id, or null when no scene card is selected.
 */
export function groupSelectionIntoScene(
  editor: Editor,
  sequence: Pick<SequenceView, 'order' | 'scenes' | 'gatherCards'>,
): TLShapeId | null {
  const { order, scenes, gatherCards } = sequence
  const cardIds = selectedSceneCardIds(editor)
  if (cardIds.length === 0) return null
  const existing = sceneHoldingExactly(cardIds, scenes)
  if (existing) {
    // Already a scene of their own: show it rather than frame it twice.
    editor.select(existing)
    return existing
  }
  const shapes = editor.getSelectedShapes()
  const bounds = editor.getSelectionPageBounds()
  if (!bounds) return null
  const frameId = createShapeId()
  const ancestor = editor.findCommonAncestor(shapes)
  const parentId = ancestor ?? editor.getCurrentPageId()
  const at = ancestor ? editor.getPointInShapeSpace(ancestor, bounds.point) : bounds.point
  const name = newSceneName(order, cardIds, scenes)
  // One undo step: the frame, and the cards brought together in the film (the sequence model
  // makes its order change part of the editor's current step, see sequence-model.ts).
  editor.markHistoryStoppingPoint('group into scene')
  editor.run(() => {
    editor.createShape<TLFrameShape>({
      id: frameId,
      type: 'frame',
      parentId,
      x: at.x,
      y: at.y,
      props: { w: bounds.w, h: bounds.h, name },
    })
    editor.reparentShapes(
      shapes.map((shape: TLShape) => shape.id),
      frameId,
    )
    fitFrameToContent(editor, frameId, { padding: FRAME_PADDING })
    editor.select(frameId)
    gatherCards(cardIds)
  })
  return frameId
}

/**
 * Removes the selected scene frames; their cards stay where they are, now ungrouped, and keep
 * their place in the film, so its undo and redo only bring the frames back and take them away.
 */
export function ungroupSelectedScenes(editor: Editor): boolean {
  const frames = selectedSceneFrames(editor)
  if (frames.length === 0) return false
  editor.markHistoryStoppingPoint('ungroup scene')
  removeFrame(
    editor,
    frames.map((frame) => frame.id),
  )
  return true
}
