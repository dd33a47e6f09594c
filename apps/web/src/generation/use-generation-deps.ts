import { useMemo } from 'react'
import type { Editor } from 'tldraw'
import { useBoardTakes } from '../takes/takes-context'
import type { GenerationDeps } from './generation-actions'

/** What the generation actions need, once the editor and the board's takes are there. */
export function useGenerationDeps(editor: Editor | null): GenerationDeps | null {
  const board = useBoardTakes()
  return useMemo(
    () => (editor && board ? { editor, boardId: board.boardId, takes: board.model } : null),
    [editor, board],
  )
}
