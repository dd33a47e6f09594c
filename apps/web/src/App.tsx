import { BoardMessage } from './board/BoardMessage'
import { BoardPage, InvalidBoardId } from './board/BoardPage'
import { HomePage } from './home/HomePage'
import { useLocationPath } from './routing/navigation'
import { parseRoute } from './routing/route'

export function App() {
  const route = parseRoute(useLocationPath())

  switch (route.page) {
    case 'home':
      return <HomePage />
    case 'board':
      return <BoardPage boardId={route.boardId} />
    case 'invalid-board':
      return <InvalidBoardId rawId={route.rawId} />
    case 'not-found':
      return (
        <BoardMessage title="Nothing here" testId="page-not-found">
          <p>
            There is no page at <code>{route.path}</code>.
          </p>
        </BoardMessage>
      )
  }
}
