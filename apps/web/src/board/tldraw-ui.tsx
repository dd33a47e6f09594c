/**
 * How Sceneboard customises tldraw's interface: the scene-card tool in the toolbar and the
 * keyboard-shortcuts dialog, Group as scene in the right-click menu, the style panel only where
 * styles apply (not for scene cards, nor for nothing), and every asset (icons, fonts, translations) served from this app.
 */
import { SCENE_CARD_TYPE } from '@sceneboard/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import {
  DefaultKeyboardShortcutsDialog,
  DefaultKeyboardShortcutsDialogContent,
  DefaultStylePanel,
  DefaultToolbar,
  DefaultToolbarContent,
  TldrawUiMenuItem,
  useEditor,
  useIsToolSelected,
  useTools,
  useValue,
  type TLComponents,
  type TLUiAssetUrlOverrides,
  type TLUiOverrides,
  type TLUiStylePanelProps,
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

/** Tools that draw nothing with colours, fills or dashes. */
const UNSTYLED_TOOLS = new Set(['select', 'hand', 'eraser', 'laser', 'zoom', SCENE_CARD_TYPE])

/**
 * The style panel, only where styles apply: for the next shape while a drawing tool is picked,
 * or for a selection holding a drawn shape. Scene cards take no colour, fill or dash (the panel
 * would show nothing but an opacity slider beside the shot details), and with nothing selected
 * it would sit over the board for no shape at all.
 */
function StylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const styled = useValue(
    'styles apply',
    () => {
      if (!UNSTYLED_TOOLS.has(editor.getCurrentToolId())) return true
      return editor.getSelectedShapes().some((shape) => shape.type !== SCENE_CARD_TYPE)
    },
    [editor],
  )
  return styled ? <DefaultStylePanel {...props} /> : null
}

export const uiComponents: TLComponents = {
  Toolbar,
  StylePanel,
  ContextMenu: SceneContextMenu,
  KeyboardShortcutsDialog,
  Background: BoardBackground,
}
