import { useCallback, useEffect, useState } from 'react'
import { listBoards, type BoardSummary } from '../api/boards-api'

export type BoardListState =
  | { status: 'loading' }
  | { status: 'ready'; boards: BoardSummary[] }
  | { status: 'error'; message: string }

/** Loads the board list once and on `reload`, most recently changed first. */
export function useBoardList(): { state: BoardListState; reload(): void } {
  const [state, setState] = useState<BoardListState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    listBoards(controller.signal).then(
      (boards) => {
        const sorted = [...boards].sort((a, b) => toTime(b.updatedAt) - toTime(a.updatedAt))
        setState({ status: 'ready', boards: sorted })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        })
      },
    )
    return () => controller.abort()
  }, [attempt])

  const reload = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  return { state, reload }
}

function toTime(value: number | string): number {
  const time = typeof value === 'number' ? value : Date.parse(value)
  return Number.isFinite(time) ? time : 0
}
