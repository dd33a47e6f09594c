import type { SceneCardShape, Take } from '@sceneboard/shared'
import { stopEventPropagation, useEditor, useValue } from 'tldraw'
import {
  cancelTake,
  deleteTake,
  retryTake,
  type GenerationDeps,
} from '../generation/generation-actions'
import { useCardActivity, type CardUpload } from '../generation/generation-store'
import { useUiStore } from '../state/ui-store'
import { IconAlert, IconClose, IconRetry, IconUpload } from '../ui/icons'
import { ClipPlayer } from './ClipPlayer'
import { progressPercent, stageView, statusLabel, takeNumbers } from './take-status'
import './takes.css'

interface CardStageProps {
  card: SceneCardShape
  takes: readonly Take[]
  deps: GenerationDeps | null
  stage: { height: number }
  frame: { width: number; height: number }
  /** A file is being dragged over the card. */
  dropping: boolean
}

/**
 * The card's clip area: the shown take playing in the frame of the shot's aspect ratio, the
 * takes being rendered with their progress, the last failure with its reason and Retry, an
 * upload in progress, and the drop target while a file is dragged over the card.
 */
export function CardStage({ card, takes, deps, stage, frame, dropping }: CardStageProps) {
  const editor = useEditor()
  const activity = useCardActivity(card.id)
  const isOnlySelected = useValue(
    'card is the only selection',
    () => editor.getOnlySelectedShapeId() === card.id,
    [editor, card.id],
  )
  const view = stageView(takes, card.props.selectedTakeId)
  const numbers = takeNumbers(takes)
  const showDetails = () => {
    editor.select(card.id)
    useUiStore.getState().showInspector('takes')
  }

  return (
    <div
      className="scene-card__stage"
      data-testid="card-stage"
      data-dropping={dropping || undefined}
      style={{ height: stage.height }}
    >
      <div
        className="scene-card__frame"
        data-testid="card-clip-area"
        data-take-id={view.shown?.id ?? ''}
        style={{ width: frame.width, height: frame.height }}
      >
        {view.shown ? (
          <ClipPlayer
            key={view.shown.id}
            take={view.shown}
            number={numbers.get(view.shown.id) ?? 1}
            autoPlay={isOnlySelected}
            onShowDetails={showDetails}
          />
        ) : view.inFlight.length === 0 && !view.failure ? (
          <EmptyFrame tall={frame.height > 60} />
        ) : null}
      </div>

      {view.inFlight.length > 0 && (
        <RenderProgress takes={view.inFlight} overClip={view.shown !== null} />
      )}
      {view.failure && view.inFlight.length === 0 && (
        <FailureBanner
          take={view.failure}
          number={numbers.get(view.failure.id) ?? 1}
          deps={deps}
          overClip={view.shown !== null}
        />
      )}
      {activity.upload && <UploadProgress upload={activity.upload} />}
      {dropping && (
        <div className="stage-drop" data-testid="card-drop-target">
          <IconUpload size={22} />
          <span>Drop to add as a take</span>
        </div>
      )}
    </div>
  )
}

function EmptyFrame({ tall }: { tall: boolean }) {
  return (
    <div className="stage-empty">
      <svg className="scene-card__frame-icon" viewBox="0 0 24 24" aria-hidden="true">
        <rect x="3" y="6" width="13" height="12" rx="2" />
        <path d="M16 10.5l5-3v9l-5-3z" />
      </svg>
      {tall && <span className="scene-card__frame-text">No clips yet</span>}
    </div>
  )
}

/**
 * Takes being rendered: over the clip, a bar along the bottom of the stage; on an empty stage,
 * the status in the middle. Several takes (variations) show their average progress.
 */
function RenderProgress({ takes, overClip }: { takes: readonly Take[]; overClip: boolean }) {
  const newest = takes[0]!
  const running = takes.filter((take) => take.status === 'running')
  const average = takes.reduce((sum, take) => sum + take.progress, 0) / takes.length
  const percent = progressPercent(average)
  const label =
    takes.length === 1
      ? statusLabel(newest)
      : running.length === 0
        ? `${takes.length} takes queued`
        : `Rendering ${takes.length} takes · ${percent}%`
  const status = running.length > 0 ? 'running' : 'queued'
  const cancelAll = () => takes.forEach((take) => void cancelTake(take))

  return (
    <div
      className={`stage-progress stage-progress--${overClip ? 'bar' : 'panel'}`}
      data-testid="take-progress"
      data-status={status}
      data-progress={percent}
      role="status"
    >
      <div className="stage-progress__row">
        <span className="stage-progress__dot" data-status={status} aria-hidden="true" />
        <span className="stage-progress__label">{label}</span>
        <button
          type="button"
          className="stage-progress__cancel"
          data-testid="take-cancel"
          title={takes.length === 1 ? 'Cancel this generation' : 'Cancel these generations'}
          onPointerDown={stopEventPropagation}
          onClick={cancelAll}
        >
          {takes.length === 1 ? 'Cancel' : 'Cancel all'}
        </button>
      </div>
      <div
        className="stage-progress__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
      >
        <div
          className="stage-progress__fill"
          data-testid="take-progress-bar"
          data-indeterminate={status === 'queued' || undefined}
          style={{ width: `${status === 'queued' ? 100 : Math.max(2, percent)}%` }}
        />
      </div>
    </div>
  )
}

function FailureBanner({
  take,
  number,
  deps,
  overClip,
}: {
  take: Take
  number: number
  deps: GenerationDeps | null
  overClip: boolean
}) {
  return (
    <div
      className={`stage-failure stage-failure--${overClip ? 'bar' : 'panel'}`}
      data-testid="take-failure"
      data-take-id={take.id}
      role="alert"
      onPointerDown={stopEventPropagation}
    >
      <div className="stage-failure__text">
        <strong>
          <IconAlert size={14} /> Take {number} failed
        </strong>
        <span
          className="stage-failure__reason"
          data-testid="take-failure-reason"
          title={take.error ?? ''}
        >
          {take.error || 'The provider gave no reason.'}
        </span>
      </div>
      <div className="stage-failure__actions">
        <button
          type="button"
          className="stage-failure__retry"
          data-testid="take-retry"
          disabled={!deps}
          onClick={() => deps && void retryTake(deps, take)}
        >
          <IconRetry size={14} />
          Retry
        </button>
        <button
          type="button"
          className="stage-failure__dismiss"
          data-testid="take-dismiss"
          aria-label="Remove this failed take"
          title="Remove this failed take"
          disabled={!deps}
          onClick={() => deps && deleteTake(deps, take)}
        >
          <IconClose size={14} />
        </button>
      </div>
    </div>
  )
}

function UploadProgress({ upload }: { upload: CardUpload }) {
  const percent =
    upload.total > 0 ? Math.min(100, Math.floor((upload.loaded / upload.total) * 100)) : 0
  const batch = upload.count > 1 ? ` (${upload.index} of ${upload.count})` : ''
  return (
    <div
      className="stage-progress stage-progress--bar stage-progress--upload"
      data-testid="upload-progress"
      data-progress={percent}
      role="status"
    >
      <div className="stage-progress__row">
        <IconUpload size={13} />
        <span className="stage-progress__label">
          Uploading {upload.fileName}
          {batch} · {percent}%
        </span>
      </div>
      <div className="stage-progress__track">
        <div className="stage-progress__fill" style={{ width: `${Math.max(2, percent)}%` }} />
      </div>
    </div>
  )
}
