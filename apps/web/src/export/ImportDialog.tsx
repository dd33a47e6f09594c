import { useState, type DragEvent } from 'react'
import { importScreenplay, messageOf } from './export-api'

type ImportState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; added: number }
  | { kind: 'error'; message: string }

/** Paste a Fountain script, or drop or pick a .fountain/.txt file; its scenes become cards. */
export function ImportDialog({ boardId, onClose }: { boardId: string; onClose(): void }) {
  const [text, setText] = useState('')
  const [state, setState] = useState<ImportState>({ kind: 'idle' })

  const readFile = async (file: File | undefined) => {
    if (!file) return
    setText(await file.text())
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    void readFile(event.dataTransfer.files[0])
  }
  const send = async () => {
    setState({ kind: 'sending' })
    try {
      const added = await importScreenplay(boardId, text)
      setState({ kind: 'done', added })
    } catch (error) {
      setState({ kind: 'error', message: messageOf(error) })
    }
  }

  return (
    <div className="import-dialog__backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div
        className="import-dialog"
        role="dialog"
        aria-label="Import screenplay"
        data-testid="import-dialog"
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDrop}
      >
        <h2 className="import-dialog__title">Import screenplay (Fountain)</h2>
        <p className="import-dialog__hint">
          Paste the script, or drop or pick a .fountain or .txt file. Each scene becomes a card at
          the end of the sequence.
        </p>
        <textarea
          className="import-dialog__text"
          data-testid="import-text"
          value={text}
          rows={12}
          placeholder={'INT. KITCHEN - NIGHT\n\nAda opens the fridge.'}
          onChange={(event) => setText(event.target.value)}
        />
        <input
          type="file"
          accept=".fountain,.txt,text/plain"
          data-testid="import-file"
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
        {state.kind === 'done' && (
          <p className="import-dialog__result" data-testid="import-result">
            {state.added === 1 ? 'Added 1 scene' : `Added ${state.added} scenes`}
          </p>
        )}
        {state.kind === 'error' && (
          <p className="import-dialog__error" role="alert" data-testid="import-error">
            {state.message}
          </p>
        )}
        <div className="import-dialog__actions">
          <button type="button" className="sb-button" data-testid="import-close" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="sb-button sb-button--primary"
            data-testid="import-submit"
            disabled={!text.trim() || state.kind === 'sending'}
            onClick={() => void send()}
          >
            Import
          </button>
        </div>
      </div>
    </div>
  )
}
