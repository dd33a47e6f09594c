/** Sceneboard's custom shapes and tools, passed to tldraw and to the store the sync module builds. */
import { SceneCardShapeUtil } from './scene-card/SceneCardShapeUtil'
import { SceneCardTool } from './scene-card/SceneCardTool'

export { SceneCardShapeUtil } from './scene-card/SceneCardShapeUtil'
export { SCENE_CARD_TOOL_KBD, SceneCardTool } from './scene-card/SceneCardTool'

export const customShapeUtils = [SceneCardShapeUtil]
export const customTools = [SceneCardTool]
