/**
 * Files dropped on a card become its takes. The card handles the drag itself (and stops it
 * there) only when files are dragged; anything else, and any drop beside the cards, keeps
 * tldraw's behaviour (an image or video shape on the canvas).
 */
import { useRef, useState, type DragEvent } from 'react'
import { uploadFilesToCard, type GenerationDeps } from '../generation/generation-actions'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

export function useCardFileDrop(cardId: string, deps: GenerationDeps | null) {
  const [dropping, setDropping] = useState(false)
  // dragenter/dragleave fire for every child crossed: count them to know when the card is left.
  const depth = useRef(0)

  const handlers = {
    onDragEnter(event: DragEvent) {
      if (!deps || !carriesFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      depth.current++
      setDropping(true)
    },
    onDragOver(event: DragEvent) {
      if (!deps || !carriesFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave(event: DragEvent) {
      if (!deps || !carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDropping(false)
    },
    onDrop(event: DragEvent) {
      depth.current = 0
      setDropping(false)
      if (!deps) return
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (files.length === 0) return
      event.preventDefault()
      event.stopPropagation()
      void uploadFilesToCard(deps, cardId, files)
    },
  }
  return { dropping, handlers }
}
