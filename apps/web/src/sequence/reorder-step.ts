import type { Editor } from 'tldraw'

/**
 * A reorder made in the strip (drag and drop, Alt+Arrow) as an undo step of its own in the
 * editor's history: the sequence model makes the order change part of the current step (see
 * sync/order-undo.ts), and the stopping points on either side keep what came before it (a card
 * moved on the canvas) and what comes after it without a stopping point of its own (a field
 * typed in the inspector) out of that step.
 */
export function reorderAsUndoStep(
  editor: Pick<Editor, 'markHistoryStoppingPoint'>,
  moveCard: (id: string, toIndex: number) => void,
  id: string,
  toIndex: number,
): void {
  editor.markHistoryStoppingPoint('reorder shot')
  moveCard(id, toIndex)
  editor.markHistoryStoppingPoint('reordered shot')
}
