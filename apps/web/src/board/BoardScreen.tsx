import { useEffect, useMemo, useState } from 'react'
import { Tldraw, type Editor } from 'tldraw'
import 'tldraw/tldraw.css'
import { Inspector } from '../inspector/Inspector'
import { useInspectedCard } from '../inspector/use-inspected-card'
import { Player } from '../player/Player'
import { usePlayerStore } from '../player/player-store'
import { SequenceContext, sequenceView } from '../sequence/sequence-context'
import { SequenceStrip } from '../sequence/SequenceStrip'
import { useBoardScenes } from '../sequence/use-board-scenes'
import { customShapeUtils, customTools } from '../shapes'
import { TakesContext, type BoardTakes } from '../takes/takes-context'
import { useBoardSync, type BoardSync } from '../sync/use-board-sync'
import { BoardMessage } from './BoardMessage'
import { startFirstView } from './first-view'
import { RejectionToast } from './RejectionToast'
import { assetUrls, uiComponents, uiOverrides } from './tldraw-ui'
import { TopBar } from './TopBar'
import './board.css'

declare global {
  interface Window {
    /** Set while a board is open, for end-to-end tests. */
    __sceneboard?: { editor: Editor; sync: BoardSync }
  }
}

const licenseKey = import.meta.env.VITE_TLDRAW_LICENSE_KEY as string | undefined

/** One open board: the canvas between the top bar, the inspector and the sequence strip. */
export function BoardScreen({ boardId }: { boardId: string }) {
  const sync = useBoardSync(boardId)
  const [editor, setEditor] = useState<Editor | null>(null)
  const inspected = useInspectedCard(editor)
  const playerOpen = usePlayerStore((state) => state.open)
  const closePlayer = usePlayerStore((state) => state.closePlayer)
  useEffect(() => closePlayer, [boardId, closePlayer])
  const scenes = useBoardScenes(sync.store)
  const { order, moveCard, gatherCards, shotNumbering, setShotNumbering } = sync
  const sequence = useMemo(
    () =>
      sequenceView({
        order,
        scenes,
        numbering: shotNumbering,
        setNumbering: setShotNumbering,
        moveCard,
        gatherCards,
      }),
    [order, scenes, shotNumbering, setShotNumbering, moveCard, gatherCards],
  )
  const takes = useMemo<BoardTakes>(
    () => ({ boardId: sync.boardId, model: sync.takes }),
    [sync.boardId, sync.takes],
  )

  useEffect(() => {
    document.title = `${sync.title || 'Untitled board'} · Sceneboard`
  }, [sync.title])

  useEffect(() => {
    if (!editor) return
    window.__sceneboard = { editor, sync }
  }, [editor, sync])
  useEffect(() => () => void delete window.__sceneboard, [])

  if (sync.connection === 'not-found') {
    return (
      <BoardMessage title="Board not found" testId="board-not-found">
        <p>
          There is no board <code>{boardId}</code> on this server. It may have been deleted, or the
          link may be incomplete.
        </p>
      </BoardMessage>
    )
  }
  if (sync.connection === 'invalid' && !sync.ready) {
    return (
      <BoardMessage title="This board cannot be opened" testId="board-refused">
        <p>The server refused the connection to this board.</p>
      </BoardMessage>
    )
  }
  if (sync.fatalError) {
    return (
      <BoardMessage title="This board cannot be opened" testId="board-error">
        <p>{sync.fatalError}</p>
      </BoardMessage>
    )
  }

  return (
    <SequenceContext.Provider value={sequence}>
      <TakesContext.Provider value={takes}>
        <div className="board" data-ready={sync.ready || undefined}>
          <TopBar
            editor={editor}
            title={sync.title}
            connection={sync.connection}
            ready={sync.ready}
            onTitleChange={sync.setTitle}
          />
          <div className="board__body">
            <main className="board__canvas" aria-label="Storyboard canvas">
              {sync.ready ? (
                <Tldraw
                  store={sync.store}
                  shapeUtils={customShapeUtils}
                  tools={customTools}
                  overrides={uiOverrides}
                  components={uiComponents}
                  assetUrls={assetUrls}
                  licenseKey={licenseKey}
                  onMount={(mounted) => {
                    setEditor(mounted)
                    const stopFirstView = startFirstView(mounted, boardId)
                    return () => {
                      stopFirstView()
                      setEditor(null)
                    }
                  }}
                />
              ) : (
                <BoardLoading offline={sync.connection === 'offline'} />
              )}
              <RejectionToast
                rejection={sync.lastRejection}
                editor={editor}
                shots={sequence.shots}
              />
              {editor && playerOpen && <Player editor={editor} />}
            </main>
            {editor && inspected && (
              <Inspector key={inspected.id} editor={editor} card={inspected} />
            )}
          </div>
          {editor && <SequenceStrip editor={editor} />}
        </div>
      </TakesContext.Provider>
    </SequenceContext.Provider>
  )
}

function BoardLoading({ offline }: { offline: boolean }) {
  return (
    <div className="board__loading" data-testid="board-loading" aria-busy="true">
      <span className="board__spinner" aria-hidden="true" />
      <p>{offline ? 'The server cannot be reached yet. Retrying…' : 'Opening the board…'}</p>
    </div>
  )
}
