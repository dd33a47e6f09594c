import { stopEventPropagation } from 'tldraw'
import { IconAlert, IconClose } from '../ui/icons'
import { useCardActivity, useGenerationStore } from './generation-store'

/**
 * The API's refusal of this card's last request, in its own words, on the card: a generation
 * that could not start, or a file the server would not take.
 */
export function CardNotice({ cardId }: { cardId: string }) {
  const { error, uploadError } = useCardActivity(cardId)
  const patchCard = useGenerationStore((store) => store.patchCard)
  const message = uploadError ?? error
  if (!message) return null
  const kind = uploadError ? 'upload' : 'generate'
  return (
    <p
      className="card-notice"
      role="alert"
      data-testid={uploadError ? 'upload-error' : 'card-generate-error'}
      onPointerDown={stopEventPropagation}
    >
      <IconAlert size={13} />
      <span className="card-notice__text" title={message}>
        {message}
      </span>
      <button
        type="button"
        className="card-notice__close"
        aria-label="Dismiss"
        onClick={() =>
          patchCard(cardId, kind === 'upload' ? { uploadError: null } : { error: null })
        }
      >
        <IconClose size={11} />
      </button>
    </p>
  )
}
