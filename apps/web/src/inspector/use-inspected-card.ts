import { isSceneCard, type SceneCardShape } from '@sceneboard/shared'
import { useValue, type Editor } from 'tldraw'
import { useUiStore } from '../state/ui-store'

/** The one selected scene card, or null when the selection is anything else. */
export function useSelectedSceneCard(editor: Editor | null): SceneCardShape | null {
  return useValue(
    'selected scene card',
    () => {
      const shape = editor?.getOnlySelectedShape()
      return shape && isSceneCard(shape) ? shape : null
    },
    [editor],
  )
}

/** The card the inspector shows: exactly one scene card selected and the panel switched on. */
export function useInspectedCard(editor: Editor | null): SceneCardShape | null {
  const card = useSelectedSceneCard(editor)
  const open = useUiStore((state) => state.inspectorOpen)
  return open ? card : null
}
