import {
  DefaultContextMenu,
  DefaultContextMenuContent,
  TldrawUiMenuGroup,
  TldrawUiMenuItem,
  useEditor,
  useValue,
  type TLUiContextMenuProps,
} from 'tldraw'
import {
  groupSelectionIntoScene,
  selectedSceneCardIds,
  selectedSceneFrames,
  ungroupSelectedScenes,
} from './group-into-scene'
import { useSequence } from './sequence-context'

/** The canvas's right-click menu, with Group as scene / Ungroup scene above tldraw's own items. */
export function SceneContextMenu(props: TLUiContextMenuProps) {
  const editor = useEditor()
  const sequence = useSequence()
  const cards = useValue('context scene cards', () => selectedSceneCardIds(editor).length, [editor])
  const frames = useValue('context scene frames', () => selectedSceneFrames(editor).length, [
    editor,
  ])
  return (
    <DefaultContextMenu {...props}>
      {(cards > 0 || frames > 0) && (
        <TldrawUiMenuGroup id="sceneboard-scenes">
          {frames > 0 ? (
            <TldrawUiMenuItem
              id="sceneboard-ungroup-scene"
              label="Ungroup scene"
              onSelect={() => void ungroupSelectedScenes(editor)}
            />
          ) : (
            <TldrawUiMenuItem
              id="sceneboard-group-scene"
              label="Group as scene"
              onSelect={() => void groupSelectionIntoScene(editor, sequence)}
            />
          )}
        </TldrawUiMenuGroup>
      )}
      <DefaultContextMenuContent />
    </DefaultContextMenu>
  )
}
