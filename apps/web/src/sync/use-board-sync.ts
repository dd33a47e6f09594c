/** React face of a BoardSession: one session per board id, re-rendering on its changes. */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { ShotNumberingStyle } from '@sceneboard/shared'
import type { TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { BoardSession, type ConnectionState } from './board-session.js'
import type { TakesModel } from './takes-model.js'

export type { ConnectionState } from './board-session.js'

export interface BoardSync {
  boardId: string
  store: TLStore
  doc: Y.Doc
  session: BoardSession
  ready: boolean
  connection: ConnectionState
  fatalError: string | null
  order: string[]
  moveCard(id: string, toIndex: number): void
  gatherCards(ids: readonly string[]): void
  title: string
  setTitle(title: string): void
  shotNumbering: ShotNumberingStyle
  setShotNumbering(style: ShotNumberingStyle): void
  lastRejection: { ids: string[]; reasons: string[]; at: number } | null
  /** The cards' takes, with per-card subscriptions (see takes-model.ts). */
  takes: TakesModel
}

export function useBoardSync(boardId: string): BoardSync {
  // A session only connects once retained, so a discarded render leaves nothing open.
  const session = useMemo(() => new BoardSession(boardId), [boardId])
  useEffect(() => {
    session.retain()
    return () => session.release()
  }, [session])

  const state = useSyncExternalStore(session.subscribe, session.getState)
  const order = useSyncExternalStore(session.sequence.subscribe, session.sequence.getOrder)

  return useMemo(
    () => ({
      boardId: session.boardId,
      store: session.store,
      doc: session.doc,
      session,
      ready: state.ready,
      connection: state.connection,
      fatalError: state.fatalError,
      order,
      moveCard: (id: string, toIndex: number) => session.moveCard(id, toIndex),
      gatherCards: (ids: readonly string[]) => session.sequence.gather(ids),
      title: state.title,
      setTitle: (title: string) => session.setTitle(title),
      shotNumbering: state.shotNumbering,
      setShotNumbering: (style: ShotNumberingStyle) => session.setShotNumbering(style),
      lastRejection: state.lastRejection,
      takes: session.takes,
    }),
    [session, state, order],
  )
}
