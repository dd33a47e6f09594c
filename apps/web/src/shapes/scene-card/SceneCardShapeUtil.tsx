/**
 * The rendering half of the scene card (its props, validators and migrations live in
 * @sceneboard/shared, where the server checks records against the same schema).
 */
import {
  SCENE_CARD_TYPE,
  defaultSceneCardProps,
  sceneCardMigrations,
  sceneCardShapeProps,
  type SceneCardProps,
  type SceneCardShape,
} from '@sceneboard/shared'
import {
  HTMLContainer,
  Rectangle2d,
  ShapeUtil,
  resizeBox,
  type Geometry2d,
  type TLResizeInfo,
} from 'tldraw'
import { SceneCardFace } from './SceneCardFace'
import './scene-card.css'

/** Below this a card face cannot show its parts legibly. */
export const SCENE_CARD_MIN_SIZE = { w: 240, h: 300 } as const
const CORNER_RADIUS = 14

export class SceneCardShapeUtil extends ShapeUtil<SceneCardShape> {
  static override type = SCENE_CARD_TYPE
  static override props = sceneCardShapeProps
  static override migrations = sceneCardMigrations

  getDefaultProps(): SceneCardProps {
    return defaultSceneCardProps()
  }

  getGeometry(shape: SceneCardShape): Geometry2d {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  /** Double-click (or Enter) edits the title and subject on the card itself. */
  override canEdit(): boolean {
    return true
  }

  override onResize(shape: SceneCardShape, info: TLResizeInfo<SceneCardShape>) {
    return resizeBox(shape, info, {
      minWidth: SCENE_CARD_MIN_SIZE.w,
      minHeight: SCENE_CARD_MIN_SIZE.h,
    })
  }

  /** Title and subject, for canvas search and screen readers. */
  override getText(shape: SceneCardShape): string {
    return [shape.props.title, shape.props.spec.subject].filter(Boolean).join('. ')
  }

  override getAriaDescriptor(shape: SceneCardShape): string {
    return `Scene card ${shape.props.title || 'untitled'}`
  }

  component(shape: SceneCardShape) {
    return (
      <HTMLContainer>
        <SceneCardFace shape={shape} />
      </HTMLContainer>
    )
  }

  getIndicatorPath(shape: SceneCardShape): Path2D {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, CORNER_RADIUS)
    return path
  }
}
