import { stopEventPropagation, useEditor, useValue } from 'tldraw'
import { useSequence } from '../sequence/sequence-context'
import { SCENE_CARD_TOOL_KBD } from '../shapes'
import { IconPlus } from '../ui/icons'
import { addSceneCardAfterLast } from './add-scene-card'

/**
 * The canvas background, with how to start a storyboard while the page is empty. It sits under
 * the shapes and the other people's cursors, so it never hides them.
 */
export function BoardBackground() {
  return (
    <div className="tl-background">
      <EmptyBoardHint />
    </div>
  )
}

/** How to start a storyboard, shown while the page is empty. */
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
          data-testid="add-first-scene"
          // Kept from the canvas underneath, which would otherwise capture the pointer.
          onPointerDown={stopEventPropagation}
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
