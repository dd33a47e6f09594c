import { isValidBoardId } from '@sceneboard/shared'
import { BoardMessage } from './BoardMessage'
import { BoardScreen } from './BoardScreen'

/** /b/<boardId>: the board, or a friendly message when the id cannot be a board id. */
export function BoardPage({ boardId }: { boardId: string }) {
  if (!isValidBoardId(boardId)) return <InvalidBoardId rawId={boardId} />
  return <BoardScreen key={boardId} boardId={boardId} />
}

export function InvalidBoardId({ rawId }: { rawId: string }) {
  return (
    <BoardMessage title="That is not a board link" testId="board-invalid-id">
      <p>
        Board links end in an id of 1 to 64 letters, digits, <code>_</code> or <code>-</code>;{' '}
        <code>{rawId || '(empty)'}</code> is not one. Check the link you were sent.
      </p>
    </BoardMessage>
  )
}
