import { TLDOCUMENT_ID, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  DEFAULT_PAGE_ID,
  baseBoardRecords,
  initializeBoardDoc,
  type BoardContent,
} from './board-init.js'
import { boardSchema, checkBoardRecord } from './board-schema.js'
import {
  BOARD_TITLE_MAX,
  DOC_LAYOUT_VERSION,
  META_KEYS,
  metaMap,
  readBoardTitle,
  recordsArray,
  sequenceArray,
} from './doc-layout.js'
import { buildSampleBoard } from './sample-board.js'

function initialized(
  content: BoardContent = { title: 'Night Courier', records: [], sequence: [] },
) {
  const doc = new Y.Doc()
  initializeBoardDoc(doc, content, 1_700_000_000_000)
  return doc
}

describe('initializeBoardDoc', () => {
  it('writes the document and first page records, keyed by id', () => {
    const entries = recordsArray<TLRecord>(initialized()).toArray()
    expect(entries.map((entry) => entry.key)).toEqual([TLDOCUMENT_ID, DEFAULT_PAGE_ID])
    for (const entry of entries) {
      expect(entry.val.id).toBe(entry.key)
      expect(checkBoardRecord(entry.val)).toMatchObject({ ok: true })
    }
  })

  it('writes the layout meta: version, schema, title and creation time', () => {
    const meta = metaMap(initialized())
    expect(meta.get(META_KEYS.layoutVersion)).toBe(DOC_LAYOUT_VERSION)
    expect(meta.get(META_KEYS.schema)).toEqual(boardSchema.serialize())
    expect(meta.get(META_KEYS.title)).toBe('Night Courier')
    expect(meta.get(META_KEYS.createdAt)).toBe(1_700_000_000_000)
  })

  it('cuts an overlong title to the maximum', () => {
    const doc = initialized({ title: 't'.repeat(BOARD_TITLE_MAX + 50), records: [], sequence: [] })
    expect(readBoardTitle(doc)).toHaveLength(BOARD_TITLE_MAX)
  })

  it('writes the given records after the base ones and the sequence in order', () => {
    const sample = buildSampleBoard()
    const doc = initialized(sample)
    const keys = recordsArray<TLRecord>(doc)
      .toArray()
      .map((entry) => entry.key)
    expect(keys).toEqual([...baseBoardRecords(), ...sample.records].map((record) => record.id))
    expect(new Set(keys).size).toBe(keys.length)
    expect(sequenceArray(doc).toArray()).toEqual(sample.sequence)
  })

  it('syncs to another document as one update', () => {
    const source = initialized(buildSampleBoard())
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(source))
    expect(recordsArray(copy).toJSON()).toEqual(recordsArray(source).toJSON())
    expect(readBoardTitle(copy)).toBe('Sample: The Lighthouse')
    expect(copy.getArray('sequence').length).toBe(7)
  })
})

describe('readBoardTitle', () => {
  it('is empty when the title is unset or not a string', () => {
    const doc = new Y.Doc()
    expect(readBoardTitle(doc)).toBe('')
    metaMap(doc).set(META_KEYS.title, 42)
    expect(readBoardTitle(doc)).toBe('')
  })
})
