import { useEditor, useValue } from 'tldraw'
import { useSequence } from '../sequence/sequence-context'
import { SCENE_CARD_TOOL_KBD } from '../shapes'
import { IconPlus } from '../ui/icons'
import { addSceneCardAfterLast } from './add-scene-card'

/** Shown in front of an empty page: how to start a storyboard. */
export function EmptyBoardHint() {
  const editor = useEditor()
  const { order } = useSequence()
  // Out of the way as soon as there is something on the page or another tool is picked.
  const show = useValue(
    'show empty board hint',
    () => editor.getCurrentPageShapeIds().size === 0 && editor.getCurrentToolId() === 'select',
    [editor],
  )
  if (!show) return null
  return (
    <div className="empty-board" data-testid="empty-board-hint">
      <div className="empty-board__card">
        <div className="empty-board__art" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
        <h2>Start the storyboard</h2>
        <p>
          Each scene card is one shot of the film. Add the first one, then describe what the camera
          sees: the cards play in the order of the sequence below.
        </p>
        <button
          type="button"
          className="sb-button sb-button--primary"
          onClick={() => addSceneCardAfterLast(editor, order)}
        >
          <IconPlus size={16} />
          Add the first scene
        </button>
        <p className="empty-board__kbd">
          or press <kbd>{SCENE_CARD_TOOL_KBD.toUpperCase()}</kbd> and click anywhere on the canvas
        </p>
      </div>
    </div>
  )
}
