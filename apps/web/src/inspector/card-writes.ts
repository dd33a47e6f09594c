/** The inspector's writes to a scene card: whole valid props only, through editor.updateShape. */
import {
  SCENE_CARD_TYPE,
  isSceneCard,
  type SceneCardShape,
  type ShotSpec,
} from '@sceneboard/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { withSpecField, type SpecField } from './spec-field-validation'

function currentCard(editor: Editor, id: TLShapeId): SceneCardShape | null {
  const shape = editor.getShape(id)
  return shape && isSceneCard(shape) ? shape : null
}

/** Writes one spec field; returns false (and writes nothing) when the result would be invalid. */
export function writeSpecField<F extends SpecField>(
  editor: Editor,
  id: TLShapeId,
  field: F,
  value: ShotSpec[F],
): boolean {
  const card = currentCard(editor, id)
  if (!card) return false
  if (Object.is(card.props.spec[field], value)) return true
  const spec = withSpecField(card.props.spec, field, value)
  if (!spec) return false
  editor.updateShape<SceneCardShape>({ id, type: SCENE_CARD_TYPE, props: { spec } })
  return true
}

export function writeTitle(editor: Editor, id: TLShapeId, title: string): void {
  const card = currentCard(editor, id)
  if (!card || card.props.title === title) return
  editor.updateShape<SceneCardShape>({ id, type: SCENE_CARD_TYPE, props: { title } })
}
