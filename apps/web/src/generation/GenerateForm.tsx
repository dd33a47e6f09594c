import { formatDuration } from '@sceneboard/shared'
import { useId } from 'react'
import { IconAlert, IconClose, IconSparkle } from '../ui/icons'
import { VARIATION_CHOICES, type GenerationChoice } from './generate-request'
import { generateForCard, type GenerationDeps } from './generation-actions'
import { useCardActivity, useGenerationStore } from './generation-store'
import { chooseProvider, describeDurations, nearestDuration } from './provider-choice'
import { useProviders } from './use-providers'
import './generation.css'

interface GenerateFormProps {
  deps: GenerationDeps | null
  cardId: string
  /** The card's duration, to say what the chosen model will make of it. */
  durationSeconds: number
  /** `panel`: labelled fields (the card's popover); `footer`: compact rows (the inspector). */
  variant: 'panel' | 'footer'
  onSent?(): void
}

/** Provider, model and variations, and the Generate button that sends them for one card. */
export function GenerateForm({
  deps,
  cardId,
  durationSeconds,
  variant,
  onSent,
}: GenerateFormProps) {
  const id = useId()
  const { state, providers, choice, remember, reload } = useProviders()
  const activity = useCardActivity(cardId)
  const patchCard = useGenerationStore((store) => store.patchCard)
  const remixing = useGenerationStore((store) => store.remix?.cardId === cardId)

  const provider = providers.find((candidate) => candidate.id === choice?.provider)
  const model = provider?.models.find((candidate) => candidate.id === choice?.model)
  const rendered = model ? nearestDuration(model.durationsSeconds, durationSeconds) : null
  const loading = state.status === 'loading'
  const starting = activity.starting > 0

  const update = (next: GenerationChoice) => remember(next)
  const submit = async () => {
    if (!deps) return
    if (await generateForCard(deps, cardId, choice)) onSent?.()
  }

  return (
    <div className={`generate-form generate-form--${variant}`} data-testid="generate-form">
      <div className="generate-form__pickers">
        <label className="generate-form__field" htmlFor={`${id}-provider`}>
          <span className="generate-form__label">Provider</span>
          <span className="generate-form__select-wrap">
            <select
              id={`${id}-provider`}
              className="generate-form__select"
              data-testid="generate-provider"
              value={choice?.provider ?? ''}
              disabled={!choice}
              onChange={(event) =>
                choice && update(chooseProvider(providers, choice, event.currentTarget.value))
              }
            >
              {!choice && <option value="">{loading ? 'Loading…' : 'Server default'}</option>}
              {providers
                .filter((candidate) => candidate.models.length > 0)
                .map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
            </select>
          </span>
        </label>
        <label className="generate-form__field" htmlFor={`${id}-model`}>
          <span className="generate-form__label">Model</span>
          <span className="generate-form__select-wrap">
            <select
              id={`${id}-model`}
              className="generate-form__select"
              data-testid="generate-model"
              value={choice?.model ?? ''}
              disabled={!choice}
              onChange={(event) =>
                choice && update({ ...choice, model: event.currentTarget.value })
              }
            >
              {!choice && <option value="">{loading ? 'Loading…' : 'Server default'}</option>}
              {provider?.models.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </span>
        </label>
      </div>

      {state.status === 'error' && (
        <p className="generate-form__note generate-form__note--warn">
          The provider list could not be loaded ({state.message}); Generate uses the server&apos;s
          default.{' '}
          <button type="button" className="generate-form__link" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {rendered !== null && rendered !== durationSeconds && (
        <p className="generate-form__note" data-testid="generate-duration-note">
          This model renders {describeDurations(model!.durationsSeconds)}: the{' '}
          {formatDuration(durationSeconds)} shot will be {formatDuration(rendered)}.
        </p>
      )}

      <div className="generate-form__actions">
        <div
          className="generate-form__variations"
          role="radiogroup"
          aria-label="Variations"
          data-testid="generate-variations"
        >
          {VARIATION_CHOICES.map((count) => (
            <button
              key={count}
              type="button"
              role="radio"
              aria-checked={(choice?.variations ?? 1) === count}
              className="generate-form__variation"
              data-testid={`generate-variations-${count}`}
              title={count === 1 ? 'One take' : `${count} variations, each with its own seed`}
              disabled={!choice}
              onClick={() => choice && update({ ...choice, variations: count })}
            >
              ×{count}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="sb-button sb-button--primary generate-form__submit"
          data-testid="generate-submit"
          disabled={!deps || starting}
          onClick={() => void submit()}
        >
          {starting ? (
            <span className="sb-spinner" aria-hidden="true" />
          ) : (
            <IconSparkle size={16} />
          )}
          {starting ? 'Starting…' : remixing ? 'Generate remix' : 'Generate'}
        </button>
      </div>

      {activity.error && (
        <p className="generate-form__error" role="alert" data-testid="generate-error">
          <IconAlert size={15} />
          <span>{activity.error}</span>
          <button
            type="button"
            className="generate-form__error-close"
            aria-label="Dismiss"
            onClick={() => patchCard(cardId, { error: null })}
          >
            <IconClose size={13} />
          </button>
        </p>
      )}
    </div>
  )
}
