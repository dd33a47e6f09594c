/**
 * How Sceneboard customises tldraw's interface: the scene-card tool in the toolbar and the
 * keyboard-shortcuts dialog, Group as scene in the right-click menu, and every asset (icons, fonts, translations) served from this app.
 */
import { SCENE_CARD_TYPE } from '@sceneboard/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import {
  DefaultKeyboardShortcutsDialog,
  DefaultKeyboardShortcutsDialogContent,
  DefaultToolbar,
  DefaultToolbarContent,
  TldrawUiMenuItem,
  useIsToolSelected,
  useTools,
  type TLComponents,
  type TLUiAssetUrlOverrides,
  type TLUiOverrides,
} from 'tldraw'
import { SCENE_CARD_TOOL_KBD } from '../shapes'
import { SceneContextMenu } from '../sequence/SceneContextMenu'
import { BoardBackground } from './BoardBackground'
import sceneCardIconUrl from '../shapes/scene-card/scene-card-tool-icon.svg?no-inline'

export const SCENE_CARD_ICON = 'sceneboard-scene-card'

const selfHostedAssets = getAssetUrlsByImport()

export const assetUrls: TLUiAssetUrlOverrides = {
  ...selfHostedAssets,
  icons: { ...selfHostedAssets.icons, [SCENE_CARD_ICON]: sceneCardIconUrl },
}

export const uiOverrides: TLUiOverrides = {
  tools(editor, tools) {
    tools[SCENE_CARD_TYPE] = {
      id: SCENE_CARD_TYPE,
      icon: SCENE_CARD_ICON,
      label: 'tool.scene-card',
      kbd: SCENE_CARD_TOOL_KBD,
      onSelect: () => editor.setCurrentTool(SCENE_CARD_TYPE),
    }
    return tools
  },
  translations: {
    en: { 'tool.scene-card': 'Scene card' },
  },
}

function Toolbar() {
  const tools = useTools()
  const tool = tools[SCENE_CARD_TYPE]
  const isSelected = useIsToolSelected(tool)
  return (
    <DefaultToolbar>
      {tool && <TldrawUiMenuItem {...tool} isSelected={isSelected} />}
      <DefaultToolbarContent />
    </DefaultToolbar>
  )
}

function KeyboardShortcutsDialog(props: Parameters<typeof DefaultKeyboardShortcutsDialog>[0]) {
  const tools = useTools()
  const tool = tools[SCENE_CARD_TYPE]
  return (
    <DefaultKeyboardShortcutsDialog {...props}>
      {tool && <TldrawUiMenuItem {...tool} />}
      <DefaultKeyboardShortcutsDialogContent />
    </DefaultKeyboardShortcutsDialog>
  )
}

export const uiComponents: TLComponents = {
  Toolbar,
  ContextMenu: SceneContextMenu,
  KeyboardShortcutsDialog,
  Background: BoardBackground,
}
