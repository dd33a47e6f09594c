import { SCENE_CARD_TYPE } from '@sceneboard/shared'
import { BaseBoxShapeTool } from 'tldraw'

/** Creates a scene card: click for a default-size card centred on the pointer, or drag a box. */
export class SceneCardTool extends BaseBoxShapeTool {
  static override id = SCENE_CARD_TYPE
  static override initial = 'idle'
  override shapeType = SCENE_CARD_TYPE
}

/** The tool's keyboard shortcut: free among tldraw 5.4's shortcuts ("S" for scene). */
export const SCENE_CARD_TOOL_KBD = 's'
