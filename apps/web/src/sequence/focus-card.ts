import type { Editor, TLShapeId } from 'tldraw'

/** Selects a card and brings it into view (switching page when it lives on another one). */
export function focusCard(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id)
  if (!shape) return
  const pageId = editor.getAncestorPageId(shape)
  if (pageId && pageId !== editor.getCurrentPageId()) editor.setCurrentPage(pageId)
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  if (!bounds) return
  editor.zoomToBounds(bounds.clone().expandBy(96), {
    targetZoom: 1,
    animation: { duration: 260 },
  })
}
