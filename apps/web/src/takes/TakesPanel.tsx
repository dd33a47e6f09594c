import type { SceneCardShape, Take } from '@sceneboard/shared'
import type { Editor } from 'tldraw'
import { selectTake, type GenerationDeps } from '../generation/generation-actions'
import { formatRelativeTime } from '../home/relative-time'
import { IconAlert, IconClock, IconFilm } from '../ui/icons'
import { TakeDetails } from './TakeDetails'
import { badgeLabel, posterOf, stageView, statusLabel, takeNumbers } from './take-status'
import { useCardTakes } from './takes-context'
import './takes.css'

interface TakesPanelProps {
  editor: Editor
  card: SceneCardShape
  deps: GenerationDeps | null
}

/**
 * The inspector's Takes tab: every take of the card, newest first; the selected one (the one the
 * card plays) opens its details.
 */
export function TakesPanel({ editor, card, deps }: TakesPanelProps) {
  const takes = useCardTakes(card.id)
  const numbers = takeNumbers(takes)
  const shown = stageView(takes, card.props.selectedTakeId).shown
  const focused =
    takes.find((take) => take.id === card.props.selectedTakeId) ?? shown ?? takes[0] ?? null

  if (takes.length === 0) {
    return (
      <div className="takes-panel takes-panel--empty" data-testid="takes-panel">
        <IconFilm size={28} />
        <p className="takes-panel__empty-title">No takes yet</p>
        <p className="takes-panel__empty-text">
          Generate below, or drop a video or image file on the card: each result becomes a take
          here, with the exact prompt and settings it was made from.
        </p>
      </div>
    )
  }

  return (
    <div className="takes-panel" data-testid="takes-panel">
      <ol className="takes-panel__list" aria-label="Takes">
        {takes.map((take) => (
          <li key={take.id} className="takes-panel__item">
            <TakeRow
              take={take}
              number={numbers.get(take.id) ?? 0}
              open={take.id === focused?.id}
              playing={take.id === shown?.id}
              onSelect={() => selectTake(editor, card.id, take.id)}
            />
            {take.id === focused?.id && (
              <TakeDetails take={take} numbers={numbers} deps={deps} cardSpec={card.props.spec} />
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}

function TakeRow({
  take,
  number,
  open,
  playing,
  onSelect,
}: {
  take: Take
  number: number
  open: boolean
  playing: boolean
  onSelect(): void
}) {
  const poster = posterOf(take)
  const badge = badgeLabel(take)
  return (
    <button
      type="button"
      className="take-row"
      data-testid="take-row"
      data-take-id={take.id}
      data-status={take.status}
      aria-expanded={open}
      onClick={onSelect}
      title={playing ? 'The take this card plays' : 'Play this take on the card'}
    >
      <span className="take-row__thumb">
        {poster ? (
          <img src={poster} alt="" draggable={false} />
        ) : take.status === 'failed' ? (
          <IconAlert size={16} />
        ) : (
          <IconClock size={16} />
        )}
      </span>
      <span className="take-row__text">
        <span className="take-row__title">
          Take {number}
          {playing && <span className="take-row__playing">On card</span>}
          {badge && (
            <span className="take-row__status" data-status={take.status}>
              {take.status === 'running' ? statusLabel(take) : badge}
            </span>
          )}
        </span>
        <span className="take-row__meta">
          {take.model} · {take.requestedBy.name || 'Anonymous'} ·{' '}
          {formatRelativeTime(take.createdAt)}
        </span>
      </span>
    </button>
  )
}
