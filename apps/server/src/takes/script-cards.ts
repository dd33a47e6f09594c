/**
 * A screenplay's scenes written into a board as scene cards (IMP-2): one server-origin change
 * through the board's room, checked like a client's, stored before it is broadcast. The cards are
 * laid out in rows under the cards already on the page, on the grid of the default card size plus
 * a gap, with fractional indices above the page's highest; their ids are appended to the
 * sequence in script order.
 */
import type { CardDraft } from '@sceneboard/exporters'
import {
  checkBoardRecord,
  DEFAULT_PAGE_ID,
  defaultSceneCardProps,
  isSceneCard,
  normalizeSequence,
  recordsArray,
  SCENE_CARD_DEFAULT_SIZE,
  SCENE_CARD_TITLE_MAX,
  sequenceArray,
} from '@sceneboard/shared'
import { createShapeId } from '@tldraw/tlschema'
import { getIndicesAbove, type IndexKey } from '@tldraw/utils'
import type { SyncServer } from '../sync/sync-server.js'
import { readEntries, writeEntry } from './keyed-entries.js'

/** Space between imported cards, and between them and the cards above. */
export const SCRIPT_CARD_GAP = 40
/** Imported cards a row. */
export const SCRIPT_CARDS_PER_ROW = 4

type PlainRecord = Record<string, unknown> & { id: string; typeName?: string; type?: string }

function numberOf(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** Appends the cards to the board; resolves with how many were added, once stored. */
export async function appendScriptCards(
  sync: SyncServer,
  boardId: string,
  drafts: readonly CardDraft[],
): Promise<number> {
  return sync.withRoom(boardId, async (room) => {
    let added = 0
    let refusal: string | null = null
    const rejections = room.transact((doc) => {
      const records = recordsArray<PlainRecord>(doc)
      const existing = [...readEntries(records).values()]
      const onPage = existing.filter((record) => record.parentId === DEFAULT_PAGE_ID)
      const highest = onPage
        .map((record) => String(record.index ?? ''))
        .filter((index) => index !== '')
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .at(-1)
      const cards = existing.filter((record) => isSceneCard(record))
      let top = 0
      let left = 0
      if (cards.length > 0) {
        left = Math.min(...cards.map((card) => numberOf(card.x)))
        top =
          Math.max(
            ...cards.map(
              (card) =>
                numberOf(card.y) +
                numberOf((card.props as { h?: unknown }).h, SCENE_CARD_DEFAULT_SIZE.h),
            ),
          ) + SCRIPT_CARD_GAP
      }
      const indices = getIndicesAbove((highest ?? null) as IndexKey | null, drafts.length)
      const made: PlainRecord[] = drafts.map((draft, i) => ({
        typeName: 'shape',
        id: createShapeId(),
        type: 'scene-card',
        parentId: DEFAULT_PAGE_ID,
        index: indices[i]!,
        x: left + (i % SCRIPT_CARDS_PER_ROW) * (SCENE_CARD_DEFAULT_SIZE.w + SCRIPT_CARD_GAP),
        y:
          top +
          Math.floor(i / SCRIPT_CARDS_PER_ROW) * (SCENE_CARD_DEFAULT_SIZE.h + SCRIPT_CARD_GAP),
        rotation: 0,
        isLocked: false,
        opacity: 1,
        meta: {},
        props: defaultSceneCardProps({
          title: draft.title.slice(0, SCENE_CARD_TITLE_MAX),
          spec: draft.spec,
        }),
      }))
      for (const record of made) {
        const check = checkBoardRecord(record)
        if (!check.ok) {
          refusal = check.reason
          return
        }
      }
      const stored = sequenceArray(doc).toArray()
      const order = normalizeSequence(
        stored,
        cards.map((card) => card.id),
      )
      const missing = order.filter((id) => !stored.includes(id))
      for (const record of made) writeEntry(records, record.id, record)
      sequenceArray(doc).push([...missing, ...made.map((record) => record.id)])
      added = made.length
    })
    if (refusal) throw new Error(`an imported card is not a valid record: ${refusal}`)
    if (rejections.length > 0) {
      throw new Error(
        `the board refused the imported cards: ${rejections.map((r) => r.reason).join('; ')}`,
      )
    }
    await room.flushed()
    return added
  })
}
