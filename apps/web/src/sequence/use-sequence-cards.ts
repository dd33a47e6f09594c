/**
 * The scene cards in film order, live: recomputed when the order or any of its cards changes.
 */
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { sequenceCards, type SequenceCard } from './sequence-cards'

export function useSequenceCards(editor: Editor, order: readonly string[]): SequenceCard[] {
  return useValue(
    'sequence cards',
    () => sequenceCards(order, (id) => editor.getShape(id as TLShapeId)),
    [editor, order],
  )
}
