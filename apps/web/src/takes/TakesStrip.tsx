import type { SceneCardShape, Take } from '@sceneboard/shared'
import { useRef, useState } from 'react'
import { stopEventPropagation, useEditor } from 'tldraw'
import {
  deleteTake,
  selectTake,
  uploadFilesToCard,
  type GenerationDeps,
} from '../generation/generation-actions'
import { useUiStore } from '../state/ui-store'
import { IconAlert, IconClock, IconClose, IconUpload } from '../ui/icons'
import {
  badgeLabel,
  posterOf,
  progressPercent,
  stageView,
  statusLabel,
  takeNumbers,
} from './take-status'

/** Thumbnail size on the card (page units), and the room the buttons beside them take. */
export const THUMB = { width: 48, height: 27, gap: 5 } as const
const UPLOAD_BUTTON = 27

/** How many thumbnails fit in `width`, keeping one slot for "+n" when they do not all fit. */
export function visibleThumbCount(width: number, takeCount: number): number {
  const slots = Math.max(
    0,
    Math.floor((width - UPLOAD_BUTTON + THUMB.gap) / (THUMB.width + THUMB.gap)),
  )
  return takeCount <= slots ? takeCount : Math.max(0, slots - 1)
}

interface TakesStripProps {
  card: SceneCardShape
  takes: readonly Take[]
  deps: GenerationDeps | null
  /** Width available to the strip (page units). */
  width: number
}

/**
 * The card's takes as poster thumbnails, newest first, with their status; click one to show it
 * on the card, × to delete it (after a confirmation), the upload button to add a file as a take.
 */
export function TakesStrip({ card, takes, deps, width }: TakesStripProps) {
  const editor = useEditor()
  const picker = useRef<HTMLInputElement>(null)
  const [confirming, setConfirming] = useState<Take | null>(null)
  const numbers = takeNumbers(takes)
  const shownId = stageView(takes, card.props.selectedTakeId).shown?.id
  const count = visibleThumbCount(width, takes.length)
  const hidden = takes.length - count

  const showTakes = () => {
    editor.select(card.id)
    useUiStore.getState().showInspector('takes')
  }
  const choose = (take: Take) => {
    selectTake(editor, card.id, take.id)
    showTakes()
  }

  if (confirming) {
    const confirmDelete = () => {
      if (deps) deleteTake(deps, confirming)
      setConfirming(null)
    }
    return (
      <div
        className="card-takes card-takes--confirm"
        data-testid="takes-strip"
        role="alertdialog"
        aria-label="Delete this take?"
        onPointerDown={stopEventPropagation}
      >
        <span className="card-takes__question">
          Delete take {numbers.get(confirming.id)} for everyone?
        </span>
        <button
          type="button"
          className="card-takes__confirm"
          data-testid="take-delete-confirm"
          onClick={confirmDelete}
        >
          Delete
        </button>
        <button
          type="button"
          className="card-takes__keep"
          data-testid="take-delete-cancel"
          onClick={() => setConfirming(null)}
        >
          Keep
        </button>
      </div>
    )
  }

  return (
    <div className="card-takes" data-testid="takes-strip" style={{ width }}>
      <ol className="card-takes__list" aria-label="Takes">
        {takes.slice(0, count).map((take) => (
          <TakeThumb
            key={take.id}
            take={take}
            number={numbers.get(take.id) ?? 0}
            shown={take.id === shownId}
            onChoose={() => choose(take)}
            onDelete={() => setConfirming(take)}
          />
        ))}
      </ol>
      {hidden > 0 && (
        <button
          type="button"
          className="card-takes__more"
          data-testid="takes-more"
          title={`${hidden} more ${hidden === 1 ? 'take' : 'takes'}: show them all`}
          onPointerDown={stopEventPropagation}
          onClick={showTakes}
        >
          +{hidden}
        </button>
      )}
      <button
        type="button"
        className="card-takes__upload"
        data-testid="take-upload"
        title="Add a video or image file as a take (or drop it on the card)"
        aria-label="Add a video or image file as a take"
        disabled={!deps}
        onPointerDown={stopEventPropagation}
        onClick={() => picker.current?.click()}
      >
        <IconUpload size={14} />
      </button>
      <input
        ref={picker}
        type="file"
        hidden
        multiple
        accept="video/*,image/*"
        data-testid="take-upload-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? [])
          event.currentTarget.value = ''
          if (deps) void uploadFilesToCard(deps, card.id, files)
        }}
      />
      {takes.length === 0 && <span className="card-takes__hint">Drop a clip here</span>}
    </div>
  )
}

function TakeThumb({
  take,
  number,
  shown,
  onChoose,
  onDelete,
}: {
  take: Take
  number: number
  shown: boolean
  onChoose(): void
  onDelete(): void
}) {
  const badge = badgeLabel(take)
  const poster = posterOf(take)
  return (
    <li
      className="take-thumb"
      data-testid="take-thumb"
      data-take-id={take.id}
      data-status={take.status}
      data-selected={shown || undefined}
      onPointerDown={stopEventPropagation}
    >
      <button
        type="button"
        className="take-thumb__button"
        title={`Take ${number}: ${statusLabel(take)}${take.error ? ` (${take.error})` : ''}`}
        aria-label={`Take ${number}, ${statusLabel(take)}`}
        aria-pressed={shown}
        onClick={onChoose}
      >
        {poster ? (
          <img className="take-thumb__poster" src={poster} alt="" draggable={false} />
        ) : (
          <span className="take-thumb__glyph" aria-hidden="true">
            {take.status === 'failed' ? <IconAlert size={13} /> : <IconClock size={13} />}
          </span>
        )}
        {take.status === 'running' && (
          <span
            className="take-thumb__progress"
            style={{ width: `${progressPercent(take.progress)}%` }}
          />
        )}
        <span className="take-thumb__number">{number}</span>
        {badge && (
          <span className="take-thumb__badge" data-testid="take-badge">
            {badge}
          </span>
        )}
      </button>
      <button
        type="button"
        className="take-thumb__delete"
        data-testid="take-delete"
        aria-label={`Delete take ${number}`}
        title={`Delete take ${number}`}
        onClick={onDelete}
      >
        <IconClose size={10} />
      </button>
    </li>
  )
}
