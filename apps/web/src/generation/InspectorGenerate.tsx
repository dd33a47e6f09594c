import type { SceneCardShape } from '@sceneboard/shared'
import { IconClose, IconRemix } from '../ui/icons'
import { takeNumbers } from '../takes/take-status'
import { useCardTakes } from '../takes/takes-context'
import { GenerateForm } from './GenerateForm'
import type { GenerationDeps } from './generation-actions'
import { useGenerationStore } from './generation-store'

/**
 * The inspector's footer: Generate for the card shown, with the provider, model and variations;
 * while a remix is being prepared, which take it remixes.
 */
export function InspectorGenerate({
  card,
  deps,
}: {
  card: SceneCardShape
  deps: GenerationDeps | null
}) {
  const takes = useCardTakes(card.id)
  const remix = useGenerationStore((store) =>
    store.remix?.cardId === card.id ? store.remix : null,
  )
  const setRemix = useGenerationStore((store) => store.setRemix)
  const source = remix ? takes.find((take) => take.id === remix.sourceTakeId) : undefined
  const number = source ? takeNumbers(takes).get(source.id) : undefined

  return (
    <footer className="inspector-generate" data-testid="inspector-generate">
      {source && (
        <div className="remix-banner" data-testid="remix-banner" data-take-id={source.id}>
          <IconRemix size={16} />
          <p>
            <strong>Remixing take {number}.</strong> Its shot description is loaded above: change
            what you like, then Generate. Undo brings the previous description back.
          </p>
          <button
            type="button"
            className="sb-icon-button"
            data-testid="remix-cancel"
            aria-label="Stop remixing"
            title="Stop remixing (Generate makes a fresh take)"
            onClick={() => setRemix(null)}
          >
            <IconClose size={14} />
          </button>
        </div>
      )}
      <GenerateForm
        deps={deps}
        cardId={card.id}
        durationSeconds={card.props.spec.durationSeconds}
        variant="footer"
      />
    </footer>
  )
}
