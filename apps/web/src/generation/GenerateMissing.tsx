import { needsTake } from '@sceneboard/shared'
import { useState, useSyncExternalStore } from 'react'
import type { Editor } from 'tldraw'
import { useBoardTakes } from '../takes/takes-context'
import { IconSparkle } from '../ui/icons'
import { generateForCard } from './generation-actions'
import { describeChoice } from './provider-choice'
import { useGenerationDeps } from './use-generation-deps'
import { useProviders } from './use-providers'

const noSubscription = () => () => {}
const noVersion = () => 0

/**
 * Generate every shot that has no take yet, in film order, with the provider last chosen: one
 * click asks, naming how many shots and with what (a hosted model may charge for each), and a
 * second starts them. Each card then shows its own progress, as after its own Generate.
 */
export function GenerateMissing({
  editor,
  shotIds,
}: {
  editor: Editor
  shotIds: readonly string[]
}) {
  const deps = useGenerationDeps(editor)
  const model = useBoardTakes()?.model
  useSyncExternalStore(model?.subscribe ?? noSubscription, model?.getVersion ?? noVersion)
  const { providers, choice } = useProviders()
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)

  const missing = model ? shotIds.filter((id) => needsTake(model.getCardTakes(id))) : []
  if (!deps || (missing.length === 0 && !sending)) return null
  const count = missing.length === 1 ? '1 shot' : `${missing.length} shots`
  const using = choice ? describeChoice(providers, choice) : "the server's default provider"
  const provider = providers.find((candidate) => candidate.id === choice?.provider)

  const start = async () => {
    setAsking(false)
    setSending(true)
    try {
      for (const id of missing) await generateForCard(deps, id, choice)
    } finally {
      setSending(false)
    }
  }

  if (asking) {
    return (
      <span className="generate-missing" role="group" aria-label="Generate shots without takes">
        <span
          className="generate-missing__question"
          data-testid="generate-missing-question"
          title={`With ${using}`}
        >
          Generate {count} with {provider?.label ?? using}?
        </span>
        <button
          type="button"
          className="sb-button sb-button--primary"
          data-testid="generate-missing-start"
          autoFocus
          onClick={() => void start()}
        >
          Generate {missing.length}
        </button>
        <button type="button" className="sb-button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </span>
    )
  }
  return (
    <button
      type="button"
      className="sb-button generate-missing__open"
      data-testid="generate-missing"
      disabled={sending}
      title={`Generate a take for each shot that has none (${count}), with ${using}`}
      onClick={() => setAsking(true)}
    >
      <IconSparkle size={14} />
      {sending ? 'Starting…' : `Generate ${count} without takes`}
    </button>
  )
}
