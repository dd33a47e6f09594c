import type { SceneCardShape } from '@sceneboard/shared'
import { useCallback, useRef } from 'react'
import { stopEventPropagation } from 'tldraw'
import { IconChevronDown, IconSparkle } from '../ui/icons'
import { GenerateForm } from './GenerateForm'
import { GeneratePopover } from './GeneratePopover'
import { generateForCard, type GenerationDeps } from './generation-actions'
import { useCardActivity, useGenerationStore } from './generation-store'
import { describeChoice } from './provider-choice'
import { useProviders } from './use-providers'
import './generation.css'

/**
 * Generate on the card face: one click generates with the provider, model and variations last
 * chosen; the arrow opens the choice beside the card.
 */
export function CardGenerateButton({
  card,
  deps,
  shotLabel,
}: {
  card: SceneCardShape
  deps: GenerationDeps | null
  shotLabel: string
}) {
  const anchor = useRef<HTMLDivElement>(null)
  const { providers, choice } = useProviders()
  const activity = useCardActivity(card.id)
  const open = useGenerationStore((store) => store.popoverCardId === card.id)
  const setPopoverCard = useGenerationStore((store) => store.setPopoverCard)
  const close = useCallback(() => setPopoverCard(null), [setPopoverCard])
  const starting = activity.starting > 0
  const using = choice ? describeChoice(providers, choice) : "the server's default provider"

  return (
    <div className="card-generate" ref={anchor} onPointerDown={stopEventPropagation}>
      <button
        type="button"
        className="card-generate__main"
        data-testid="card-generate"
        title={`Generate a take with ${using}`}
        disabled={!deps || starting}
        onClick={() => deps && void generateForCard(deps, card.id, choice)}
      >
        {starting ? (
          <span className="sb-spinner sb-spinner--small" aria-hidden="true" />
        ) : (
          <IconSparkle size={15} />
        )}
        {starting ? 'Starting' : 'Generate'}
        {choice && choice.variations > 1 && (
          <span className="card-generate__count" data-testid="card-generate-count">
            ×{choice.variations}
          </span>
        )}
      </button>
      <button
        type="button"
        className="card-generate__more"
        data-testid="card-generate-options"
        aria-label="Generate options: provider, model, variations"
        title="Choose the provider, model and variations"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setPopoverCard(open ? null : card.id)}
      >
        <IconChevronDown size={14} />
      </button>
      {open && (
        <GeneratePopover anchor={anchor} title={`Generate ${shotLabel}`} onClose={close}>
          <GenerateForm
            deps={deps}
            cardId={card.id}
            durationSeconds={card.props.spec.durationSeconds}
            variant="panel"
            onSent={close}
          />
        </GeneratePopover>
      )}
    </div>
  )
}
