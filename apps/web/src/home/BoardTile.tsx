import type { BoardSummary } from '../api/boards-api'
import { boardPath } from '../routing/route'
import { Link } from '../routing/Link'
import { formatRelativeTime, toTimestamp } from './relative-time'

const FRAME_COUNT = 4

/** One board in the list: a film-strip poster, the title, when it last changed and its size. */
export function BoardTile({ board, now }: { board: BoardSummary; now: number }) {
  const updated = toTimestamp(board.updatedAt)
  const shots = board.cardCount === 1 ? '1 shot' : `${board.cardCount} shots`
  const title = board.title.trim() || 'Untitled board'
  return (
    <li className="board-tile" data-testid="board-row" data-board-id={board.id}>
      <Link href={boardPath(board.id)} className="board-tile__link" aria-label={`Open ${title}`}>
        <div className="board-tile__poster" aria-hidden="true">
          {Array.from({ length: FRAME_COUNT }, (_, i) => (
            <span
              key={i}
              className={`board-tile__frame${i < board.cardCount ? ' board-tile__frame--filled' : ''}`}
            />
          ))}
          <span className="board-tile__count">{board.cardCount}</span>
        </div>
        <div className="board-tile__body">
          <h3 className="board-tile__title">{title}</h3>
          <p className="board-tile__meta">
            <span>{shots}</span>
            <span aria-hidden="true">·</span>
            <time dateTime={Number.isFinite(updated) ? new Date(updated).toISOString() : undefined}>
              Edited {formatRelativeTime(board.updatedAt, now)}
            </time>
          </p>
        </div>
      </Link>
    </li>
  )
}
