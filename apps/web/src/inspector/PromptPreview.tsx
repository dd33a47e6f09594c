import { useEffect, useState } from 'react'
import { IconCheck, IconCopy } from '../ui/icons'

/** The composed model prompt, read-only, with a copy button. */
export function PromptPreview({ prompt }: { prompt: string }) {
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (!copied) return
    const timer = window.setTimeout(() => setCopied(false), 1600)
    return () => window.clearTimeout(timer)
  }, [copied])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(prompt)
      setCopied(true)
    } catch {
      // Clipboard access can be refused (insecure origin); select the text for a manual copy.
      const text = document.getElementById('inspector-prompt')
      if (text) window.getSelection()?.selectAllChildren(text)
    }
  }

  return (
    <section
      className="inspector__section inspector__prompt"
      aria-labelledby="inspector-prompt-heading"
    >
      <div className="inspector__section-head">
        <h3 id="inspector-prompt-heading" className="inspector__section-title">
          Composed prompt
        </h3>
        <button
          type="button"
          className="sb-button sb-button--small sb-button--ghost"
          data-testid="prompt-copy"
          onClick={() => void copy()}
          disabled={prompt === ''}
        >
          {copied ? <IconCheck size={15} /> : <IconCopy size={15} />}
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p
        id="inspector-prompt"
        className="inspector__prompt-text"
        data-testid="prompt-preview"
        data-empty={prompt === '' || undefined}
        aria-readonly="true"
      >
        {prompt || 'The prompt appears here as you describe the shot.'}
      </p>
    </section>
  )
}
