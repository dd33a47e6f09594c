/**
 * Scenes from the canvas: the scene cards inside a tldraw frame form that frame's scene, labelled
 * with the frame's name. A card inside nested frames belongs to its nearest frame, and the frame
 * around that one names the act ("Act one" around "The storm").
 */
import type { SceneGroup } from './shot-numbering.js'

export const FRAME_TYPE = 'frame'
const SCENE_CARD = 'scene-card'

/** The parts of a tldraw record this module reads. */
export interface BoardRecordLike {
  id: string
  typeName?: string
  type?: string
  parentId?: string
  props?: unknown
}

function frameName(record: BoardRecordLike | undefined): string {
  const props = record?.props as { name?: unknown } | undefined
  return typeof props?.name === 'string' ? props.name.trim() : ''
}

/** The nearest frame above a record, if any (cycles, which a valid store never has, end the walk). */
function enclosingFrame(
  record: BoardRecordLike,
  byId: ReadonlyMap<string, BoardRecordLike>,
): BoardRecordLike | undefined {
  const seen = new Set<string>([record.id])
  let parent = record.parentId ? byId.get(record.parentId) : undefined
  while (parent && parent.type !== FRAME_TYPE && !seen.has(parent.id)) {
    seen.add(parent.id)
    parent = parent.parentId ? byId.get(parent.parentId) : undefined
  }
  return parent?.type === FRAME_TYPE && !seen.has(parent.id) ? parent : undefined
}

/** One scene per frame that holds scene cards, in the order the records are listed. */
export function scenesFromFrames(records: Iterable<BoardRecordLike>): SceneGroup[] {
  const byId = new Map<string, BoardRecordLike>()
  for (const record of records) byId.set(record.id, record)
  const groups = new Map<string, string[]>()
  for (const record of byId.values()) {
    if (record.typeName !== 'shape' || record.type !== SCENE_CARD) continue
    const frame = enclosingFrame(record, byId)
    if (!frame) continue
    const cards = groups.get(frame.id) ?? []
    cards.push(record.id)
    groups.set(frame.id, cards)
  }
  return [...groups].map(([frameId, cardIds]) => {
    const frame = byId.get(frameId) as BoardRecordLike
    const label = frameName(frame)
    const act = frameName(enclosingFrame(frame, byId))
    return {
      id: frameId,
      cardIds,
      ...(label === '' ? {} : { label }),
      ...(act === '' ? {} : { act }),
    }
  })
}
