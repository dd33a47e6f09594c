/**
 * Writing a new board into an empty Y.Doc: the tldraw document and page records every board
 * starts with, optional extra records and sequence, and the layout meta. The server does this
 * once, when a board is created, so no two browsers ever race to create the first page.
 */
import {
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type TLPageId,
  type TLRecord,
} from '@tldraw/tlschema'
import { getIndexAbove } from '@tldraw/utils'
import type * as Y from 'yjs'
import { boardSchema } from './board-schema.js'
import {
  BOARD_TITLE_MAX,
  DOC_LAYOUT_VERSION,
  META_KEYS,
  metaMap,
  recordsArray,
  sequenceArray,
} from './doc-layout.js'

export const DEFAULT_PAGE_ID = PageRecordType.createId('page') as TLPageId

export interface BoardContent {
  title: string
  /** Records besides the document and the first page (shapes, bindings, assets). */
  records: TLRecord[]
  /** Scene-card ids in film order. */
  sequence: string[]
}

export function baseBoardRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Page 1', index: getIndexAbove() }),
  ]
}

export function initializeBoardDoc(
  doc: Y.Doc,
  content: BoardContent,
  now: number = Date.now(),
): void {
  doc.transact(() => {
    const records = recordsArray<TLRecord>(doc)
    records.push(
      [...baseBoardRecords(), ...content.records].map((record) => ({
        key: record.id,
        val: record,
      })),
    )
    sequenceArray(doc).push(content.sequence)
    const meta = metaMap(doc)
    meta.set(META_KEYS.layoutVersion, DOC_LAYOUT_VERSION)
    meta.set(META_KEYS.schema, boardSchema.serialize())
    meta.set(META_KEYS.title, content.title.slice(0, BOARD_TITLE_MAX))
    meta.set(META_KEYS.createdAt, now)
  })
}
