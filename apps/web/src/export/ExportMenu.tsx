import { useEffect, useRef, useState } from 'react'
import { cancelJob } from '../api/jobs-api'
import { useBoardTakes } from '../takes/takes-context'
import {
  EXPORT_CHOICES,
  getExportJob,
  messageOf,
  startExport,
  triggerDownload,
  type ExportChoice,
} from './export-api'
import { ExportOptionsFields } from './ExportOptionsFields'
import { exportOptionsFor, useExportSettings } from './export-settings'
import { ImportDialog } from './ImportDialog'
import './export.css'

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; label: string; progress: number; jobId: string | null }
  | { kind: 'done'; label: string; name: string }
  | { kind: 'error'; message: string }

const POLL_MS = 700

/** "Export" in the top bar: the board as a file (polled as a job, then downloaded), and script import. */
export function ExportMenu() {
  const boardId = useBoardTakes()?.boardId ?? null
  const [open, setOpen] = useState(false)
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const [importing, setImporting] = useState(false)
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  const run = async (format: ExportChoice, label: string) => {
    if (!boardId) return
    abort.current?.abort()
    const controller = new AbortController()
    abort.current = controller
    setState({ kind: 'running', label, progress: 0, jobId: null })
    try {
      const settings = useExportSettings.getState()
      const jobId = await startExport(boardId, format, exportOptionsFor(format, settings))
      if (controller.signal.aborted) return
      setState({ kind: 'running', label, progress: 0, jobId })
      for (;;) {
        const job = await getExportJob(jobId, controller.signal)
        if (controller.signal.aborted) return
        if (job.status === 'succeeded' && job.file) {
          triggerDownload(job.file.url, job.file.name)
          setState({ kind: 'done', label, name: job.file.name })
          return
        }
        if (job.status === 'canceled') {
          setState({ kind: 'idle' })
          return
        }
        if (job.status === 'failed') {
          setState({ kind: 'error', message: job.error ?? 'The export failed.' })
          return
        }
        setState({ kind: 'running', label, progress: job.progress, jobId })
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    } catch (error) {
      if (controller.signal.aborted) return
      setState({ kind: 'error', message: messageOf(error) })
    }
  }

  return (
    <div className="export-menu">
      <button
        type="button"
        className="sb-button"
        data-testid="export-menu"
        aria-expanded={open}
        disabled={!boardId}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <div className="export-menu__popover" role="menu">
          {EXPORT_CHOICES.map((choice) => (
            <button
              key={choice.format}
              type="button"
              role="menuitem"
              className="export-menu__item"
              data-testid={`export-${choice.format}`}
              disabled={state.kind === 'running'}
              onClick={() => void run(choice.format, choice.label)}
            >
              {choice.label}
            </button>
          ))}
          <hr className="export-menu__rule" />
          <ExportOptionsFields />
          <hr className="export-menu__rule" />
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            data-testid="import-screenplay"
            onClick={() => {
              setImporting(true)
              setOpen(false)
            }}
          >
            Import screenplay (Fountain)
          </button>
          {state.kind === 'running' && (
            <div className="export-menu__status" data-testid="export-progress">
              <span>Exporting {state.label}…</span>
              <progress max={1} value={state.progress} />
              <button
                type="button"
                className="sb-button export-menu__cancel"
                data-testid="export-cancel"
                disabled={state.jobId === null}
                onClick={() => {
                  if (!state.jobId) return
                  abort.current?.abort()
                  setState({ kind: 'idle' })
                  void cancelJob(state.jobId).catch((error: unknown) =>
                    setState({ kind: 'error', message: messageOf(error) }),
                  )
                }}
              >
                Cancel
              </button>
            </div>
          )}
          {state.kind === 'done' && (
            <div className="export-menu__status" data-testid="export-done">
              Downloaded {state.name}
            </div>
          )}
          {state.kind === 'error' && (
            <div
              className="export-menu__status export-menu__error"
              role="alert"
              data-testid="export-error"
            >
              {state.message}
            </div>
          )}
        </div>
      )}
      {importing && boardId && (
        <ImportDialog boardId={boardId} onClose={() => setImporting(false)} />
      )}
    </div>
  )
}
