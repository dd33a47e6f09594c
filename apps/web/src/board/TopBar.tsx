import type { Editor } from 'tldraw'
import { useInspectedCard, useSelectedSceneCard } from '../inspector/use-inspected-card'
import { NameField } from '../presence/NameField'
import { PresenceAvatars } from '../presence/PresenceAvatars'
import { ExportMenu } from '../export/ExportMenu'
import { usePlayerStore } from '../player/player-store'
import { Link } from '../routing/Link'
import { useSequence } from '../sequence/sequence-context'
import { SCENE_CARD_TOOL_KBD } from '../shapes'
import { useUiStore } from '../state/ui-store'
import type { ConnectionState } from '../sync/use-board-sync'
import { IconArrowLeft, IconPanelRight, IconPlay, IconPlus } from '../ui/icons'
import { Logo } from '../ui/Logo'
import { addSceneCardAfterLast } from './add-scene-card'
import { BoardTitleField } from './BoardTitleField'
import { ConnectionBadge } from './ConnectionBadge'

interface TopBarProps {
  editor: Editor | null
  title: string
  connection: ConnectionState
  ready: boolean
  onTitleChange(title: string): void
}

/** The thin bar above the canvas: way home, board title, connection, "+ Scene", who is here. */
export function TopBar({ editor, title, connection, ready, onTitleChange }: TopBarProps) {
  const { order } = useSequence()
  const selectedCard = useSelectedSceneCard(editor)
  const inspected = useInspectedCard(editor)
  const toggleInspector = useUiStore((state) => state.toggleInspector)
  const kbd = SCENE_CARD_TOOL_KBD.toUpperCase()
  const openPlayer = usePlayerStore((state) => state.openPlayer)

  return (
    <header className="topbar">
      <div className="topbar__left">
        <Link href="/" className="topbar__home" data-testid="back-to-boards" title="All boards">
          <IconArrowLeft size={16} />
          <Logo compact />
          <span className="topbar__home-text">Boards</span>
        </Link>
        <span className="topbar__divider" aria-hidden="true" />
        <BoardTitleField title={title} disabled={!ready} onChange={onTitleChange} />
        <ConnectionBadge state={connection} />
      </div>

      <div className="topbar__center">
        <button
          type="button"
          className="sb-button sb-button--primary topbar__add"
          data-testid="add-scene"
          disabled={!editor}
          title={`Add a scene card after the last shot (or pick the scene-card tool: ${kbd})`}
          onClick={() => editor && addSceneCardAfterLast(editor, order)}
        >
          <IconPlus size={16} />
          Scene
        </button>
        <button
          type="button"
          className="sb-button topbar__play"
          data-testid="play-board"
          disabled={!editor || order.length === 0}
          title="Play the board as a film (space: play/pause, ←/→: shots, Esc: close)"
          onClick={openPlayer}
        >
          <IconPlay size={16} />
          Play
        </button>
        <ExportMenu />
      </div>

      <div className="topbar__right">
        <PresenceAvatars editor={editor} />
        <NameField editor={editor} />
        <button
          type="button"
          className="sb-icon-button topbar__panel-toggle"
          data-testid="inspector-toggle"
          aria-pressed={inspected !== null}
          disabled={!selectedCard}
          title={
            selectedCard
              ? 'Show or hide the shot details'
              : 'Select one scene card to see its details'
          }
          aria-label="Shot details panel"
          onClick={toggleInspector}
        >
          <IconPanelRight size={18} />
        </button>
      </div>
    </header>
  )
}
