import { useEffect, useState } from 'react'
import { createBoard, type NewBoardRequest } from '../api/boards-api'
import { navigate } from '../routing/navigation'
import { boardPath } from '../routing/route'
import { IconAlert, IconFilm, IconPlus } from '../ui/icons'
import { Logo } from '../ui/Logo'
import { BoardTile } from './BoardTile'
import { useBoardList } from './use-board-list'
import './home.css'

/** The boards list: open one, start a new one, or open the sample film. */
export function HomePage() {
  const { state, reload } = useBoardList()
  const [creating, setCreating] = useState<'blank' | 'sample' | null>(null)
  const [createError, setCreateError] = useState<string | null>(null)
  const now = useNow(30_000)

  useEffect(() => {
    document.title = 'Boards · Sceneboard'
  }, [])

  const create = async (request: NewBoardRequest) => {
    setCreating(request.template === 'sample' ? 'sample' : 'blank')
    setCreateError(null)
    try {
      const board = await createBoard(request)
      navigate(boardPath(board.id))
    } catch (error) {
      setCreateError(error instanceof Error ? error.message : String(error))
      setCreating(null)
    }
  }

  const boards = state.status === 'ready' ? state.boards : []
  const actions = (
    <div className="home__actions">
      <button
        type="button"
        className="sb-button sb-button--primary"
        data-testid="new-board"
        onClick={() => void create({ title: 'Untitled board' })}
        disabled={creating !== null}
        title="Create an empty board; rename it in its top bar"
      >
        <IconPlus size={16} />
        {creating === 'blank' ? 'Creating…' : 'New board'}
      </button>
      <button
        type="button"
        className="sb-button"
        data-testid="sample-board"
        onClick={() => void create({ template: 'sample' })}
        disabled={creating !== null}
      >
        <IconFilm size={16} />
        {creating === 'sample' ? 'Opening…' : 'Open the sample film'}
      </button>
    </div>
  )

  return (
    <div className="home">
      <header className="home__header">
        <div className="home__header-inner">
          <Logo />
          <span className="home__tagline">Storyboards for AI-assisted previs</span>
        </div>
      </header>

      <main className="home__main">
        <div className="home__title-row">
          <div>
            <h1 className="home__title">Boards</h1>
            <p className="home__subtitle">
              Lay out a film as scene cards, describe each shot, and share the link with your team.
            </p>
          </div>
          {actions}
        </div>

        {createError && (
          <div className="home__alert" role="alert">
            <IconAlert size={16} />
            <span>Could not create the board: {createError}</span>
          </div>
        )}

        {state.status === 'loading' && (
          <ul className="home__grid" aria-busy="true" aria-label="Loading boards">
            {[0, 1, 2].map((i) => (
              <li key={i} className="board-tile board-tile--skeleton" />
            ))}
          </ul>
        )}

        {state.status === 'error' && (
          <div className="home__alert home__alert--block" role="alert" data-testid="boards-error">
            <IconAlert size={18} />
            <div>
              <strong>The boards could not be loaded.</strong>
              <p>{state.message}</p>
            </div>
            <button type="button" className="sb-button sb-button--small" onClick={reload}>
              Try again
            </button>
          </div>
        )}

        {state.status === 'ready' && boards.length === 0 && (
          <section className="home__empty" data-testid="boards-empty">
            <div className="home__empty-art" aria-hidden="true">
              <span />
              <span />
              <span />
            </div>
            <h2>No boards yet</h2>
            <p>
              Start a blank board, or open the sample film to see how a storyboard comes together:
              seven shots, each with a full shot description.
            </p>
          </section>
        )}

        {boards.length > 0 && (
          <ul className="home__grid" data-testid="board-list">
            {boards.map((board) => (
              <BoardTile key={board.id} board={board} now={now} />
            ))}
          </ul>
        )}
      </main>
    </div>
  )
}

/** The current time, refreshed every `intervalMs`, so "5 minutes ago" stays true. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}
