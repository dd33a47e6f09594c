/** The "+ Scene" action: a new card right of the film's last card, selected and brought into view. */
import {
  SCENE_CARD_DEFAULT_SIZE,
  SCENE_CARD_TYPE,
  isSceneCard,
  type SceneCardShape,
} from '@sceneboard/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { nextCardPosition, type Rect } from './card-placement'

function pageRect(editor: Editor, shape: SceneCardShape): Rect {
  const bounds = editor.getShapePageBounds(shape)
  return bounds
    ? { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h }
    : { x: shape.x, y: shape.y, w: shape.props.w, h: shape.props.h }
}

export function addSceneCardAfterLast(editor: Editor, order: readonly string[]): TLShapeId {
  const cards = editor
    .getCurrentPageShapes()
    .filter((shape): shape is SceneCardShape => isSceneCard(shape))
  const onPage = new Map(cards.map((card) => [card.id as string, card]))
  const lastId = [...order].reverse().find((id) => onPage.has(id))
  const last = lastId ? onPage.get(lastId)! : cards.at(-1)
  const position = nextCardPosition(
    SCENE_CARD_DEFAULT_SIZE,
    last ? pageRect(editor, last) : null,
    cards.map((card) => pageRect(editor, card)),
    editor.getViewportPageBounds().center,
  )

  const id = createShapeId()
  editor.markHistoryStoppingPoint('add scene card')
  editor.createShape<SceneCardShape>({ id, type: SCENE_CARD_TYPE, x: position.x, y: position.y })
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !editor.getViewportPageBounds().contains(bounds)) {
    editor.zoomToBounds(bounds.clone().expandBy(120), {
      targetZoom: Math.min(editor.getZoomLevel(), 1),
      animation: { duration: 240 },
    })
  }
  return id
}
