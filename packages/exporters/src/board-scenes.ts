/**
 * Scenes from the canvas: cards inside a tldraw frame form that frame's scene, labelled with the
 * frame's name. A card inside nested frames belongs to its nearest frame.
 */
import type { BoardRecordLike } from './film.js'
import type { SceneGroup } from './shot-numbering.js'

const FRAME_TYPE = 'frame'

function frameName(record: BoardRecordLike): string {
  const props = record.props as { name?: unknown } | undefined
  return typeof props?.name === 'string' ? props.name.trim() : ''
}

/** One scene per frame that holds scene cards, in the order the frames are listed. */
export function scenesFromFrames(records: Iterable<BoardRecordLike>): SceneGroup[] {
  const byId = new Map<string, BoardRecordLike>()
  for (const record of records) byId.set(record.id, record)
  const groups = new Map<string, string[]>()
  for (const record of byId.values()) {
    if (record.typeName !== 'shape' || record.type !== 'scene-card') continue
    let parent = record.parentId ? byId.get(record.parentId) : undefined
    while (parent && parent.type !== FRAME_TYPE) {
      parent = parent.parentId ? byId.get(parent.parentId) : undefined
    }
    if (!parent) continue
    const cards = groups.get(parent.id) ?? []
    cards.push(record.id)
    groups.set(parent.id, cards)
  }
  return [...groups].map(([frameId, cardIds]) => {
    const label = frameName(byId.get(frameId) as BoardRecordLike)
    return label === '' ? { cardIds } : { cardIds, label }
  })
}
