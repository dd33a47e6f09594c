import type { ShotSpec, Take } from '@sceneboard/shared'
import { useState } from 'react'
import {
  cancelTake,
  deleteTake,
  extendTake,
  retryTake,
  startRemix,
  type GenerationDeps,
} from '../generation/generation-actions'
import { findModel } from '../generation/provider-choice'
import { useProviders } from '../generation/use-providers'
import { formatRelativeTime } from '../home/relative-time'
import { IconExtend, IconRemix, IconRetry, IconStop, IconTrash } from '../ui/icons'
import { describeClip, isInFlight, originLabel, progressPercent, statusLabel } from './take-status'
import { specRows } from './take-spec-rows'

interface TakeDetailsProps {
  take: Take
  numbers: ReadonlyMap<string, number>
  deps: GenerationDeps | null
  /** The card's current description, to mark what has changed since the take was made. */
  cardSpec: ShotSpec
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/**
 * Everything a take was made from and by: the exact prompt and shot description, provider,
 * model, seed, what was adjusted to fit the provider, who asked and when; with Remix, Extend,
 * Retry, Cancel and Delete.
 */
export function TakeDetails({ take, numbers, deps, cardSpec }: TakeDetailsProps) {
  const { providers } = useProviders()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const number = numbers.get(take.id) ?? 0
  const model = findModel(providers, take.provider, take.model)
  const uploaded = take.origin.kind === 'upload'
  const canExtend =
    !uploaded &&
    take.status === 'succeeded' &&
    take.clip?.kind === 'video' &&
    (model?.canExtend ?? true)
  const canRemix = !uploaded && (model?.canRemix ?? true)
  const clip = describeClip(take)
  const rows = specRows(take.spec, cardSpec)

  return (
    <div className="take-details" data-testid="take-details" data-take-id={take.id}>
      {take.status === 'failed' && (
        <div className="take-details__failure" role="alert">
          <strong>Failed</strong>
          <span data-testid="take-details-error">
            {take.error || 'The provider gave no reason.'}
          </span>
        </div>
      )}
      {isInFlight(take) && (
        <div className="take-details__progress">
          <span>{statusLabel(take)}</span>
          <div className="stage-progress__track">
            <div
              className="stage-progress__fill"
              data-indeterminate={take.status === 'queued' || undefined}
              style={{
                width: `${take.status === 'queued' ? 100 : Math.max(2, progressPercent(take.progress))}%`,
              }}
            />
          </div>
        </div>
      )}

      <div className="take-details__actions">
        {take.status === 'failed' || take.status === 'canceled' ? (
          <button
            type="button"
            className="sb-button sb-button--small"
            data-testid="take-details-retry"
            disabled={!deps || uploaded}
            onClick={() => deps && void retryTake(deps, take)}
          >
            <IconRetry size={15} /> Retry
          </button>
        ) : null}
        {isInFlight(take) && (
          <button
            type="button"
            className="sb-button sb-button--small"
            data-testid="take-details-cancel"
            onClick={() => void cancelTake(take)}
          >
            <IconStop size={13} /> Cancel
          </button>
        )}
        <button
          type="button"
          className="sb-button sb-button--small"
          data-testid="take-remix"
          disabled={!deps || !canRemix}
          title={
            canRemix
              ? "Load this take's shot description into the card, edit it, then Generate a remix"
              : 'Only a generated take whose model can remix it'
          }
          onClick={() => deps && startRemix(deps, take)}
        >
          <IconRemix size={15} /> Remix
        </button>
        <button
          type="button"
          className="sb-button sb-button--small"
          data-testid="take-extend"
          disabled={!deps || !canExtend}
          title={
            canExtend
              ? 'Generate a take that continues this one from its last frame'
              : 'Only a finished generated video whose model can extend it'
          }
          onClick={() => deps && void extendTake(deps, take)}
        >
          <IconExtend size={15} /> Extend
        </button>
        <span className="take-details__spacer" />
        {confirmDelete ? (
          <span className="take-details__confirm" role="alertdialog" aria-label="Delete this take?">
            <button
              type="button"
              className="sb-button sb-button--small sb-button--danger"
              data-testid="take-details-delete-confirm"
              onClick={() => deps && deleteTake(deps, take)}
            >
              Delete take {number}
            </button>
            <button
              type="button"
              className="sb-button sb-button--small sb-button--ghost"
              onClick={() => setConfirmDelete(false)}
            >
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="sb-icon-button take-details__delete"
            data-testid="take-details-delete"
            aria-label={`Delete take ${number}`}
            title={`Delete take ${number} for everyone`}
            disabled={!deps}
            onClick={() => setConfirmDelete(true)}
          >
            <IconTrash size={16} />
          </button>
        )}
      </div>

      <dl className="take-details__facts">
        {!uploaded && (
          <>
            <dt>Provider</dt>
            <dd data-testid="take-detail-provider">
              {providers.find((provider) => provider.id === take.provider)?.label ?? take.provider}
            </dd>
            <dt>Model</dt>
            <dd data-testid="take-detail-model">{model?.label ?? take.model}</dd>
            <dt>Seed</dt>
            <dd data-testid="take-detail-seed">{take.seed ?? '—'}</dd>
          </>
        )}
        <dt>Origin</dt>
        <dd>{originLabel(take, numbers)}</dd>
        <dt>Asked by</dt>
        <dd data-testid="take-detail-requested">
          {take.requestedBy.name || 'Anonymous'},{' '}
          <time
            dateTime={new Date(take.createdAt).toISOString()}
            title={new Date(take.createdAt).toString()}
          >
            {timeFormat.format(take.createdAt)} ({formatRelativeTime(take.createdAt)})
          </time>
        </dd>
        {!uploaded && take.finishedAt !== null && take.status === 'succeeded' && (
          <>
            <dt>Rendered in</dt>
            <dd>{formatSeconds((take.finishedAt - take.createdAt) / 1000)}</dd>
          </>
        )}
        {clip && (
          <>
            <dt>Clip</dt>
            <dd data-testid="take-detail-clip">{clip}</dd>
          </>
        )}
      </dl>

      {take.adjustments.length > 0 && (
        <section className="take-details__block">
          <h4 className="take-details__heading">Adjusted to fit {take.provider}</h4>
          <ul className="take-details__adjustments" data-testid="take-detail-adjustments">
            {take.adjustments.map((adjustment) => (
              <li key={adjustment}>{adjustment.replace(/ -> /g, ' → ')}</li>
            ))}
          </ul>
        </section>
      )}

      {!uploaded && (
        <>
          <section className="take-details__block">
            <h4 className="take-details__heading">Prompt sent</h4>
            <p className="take-details__prompt" data-testid="take-detail-prompt">
              {take.prompt || '(empty prompt)'}
            </p>
          </section>
          <section className="take-details__block">
            <h4 className="take-details__heading">
              Shot description
              {rows.some((row) => row.changed) && (
                <span className="take-details__legend">
                  <span className="take-details__changed-dot" /> changed on the card since
                </span>
              )}
            </h4>
            <dl className="take-details__spec" data-testid="take-detail-spec">
              {rows.map((row) => (
                <div
                  key={row.field}
                  className="take-details__spec-row"
                  data-changed={row.changed || undefined}
                >
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </div>
  )
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—'
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
}
