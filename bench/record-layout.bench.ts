/**
 * Why the board keeps records in the YKeyValue layout: the same editing session (many small
 * edits to a few dozen scene cards, as when people drag and type) written into a plain Y.Map of
 * whole records and into the YKeyValue array. Prints the encoded document size, the time to
 * load the document, and the YKeyValue / Y.Map ratios measured in this same run.
 */
import { defaultSceneCardProps } from '@sceneboard/shared'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

const CARDS = 40
const EDITS = 20_000

function cardRecord(i: number, edit: number) {
  return {
    id: `shape:card${i}`,
    typeName: 'shape',
    type: 'scene-card',
    x: edit % 977,
    y: i * 10,
    props: defaultSceneCardProps({ title: `Shot ${i} (edit ${edit})` }),
  }
}

function editSession(write: (key: string, value: unknown) => void, doc: Y.Doc): void {
  for (let edit = 0; edit < EDITS; edit++) {
    const i = edit % CARDS
    doc.transact(() => write(`shape:card${i}`, cardRecord(i, edit)))
  }
}

function measure(name: string, build: (doc: Y.Doc) => void, load: (doc: Y.Doc) => number) {
  const doc = new Y.Doc()
  const started = performance.now()
  build(doc)
  const writeMs = performance.now() - started
  const update = Y.encodeStateAsUpdate(doc)
  const loadStarted = performance.now()
  const fresh = new Y.Doc()
  Y.applyUpdate(fresh, update)
  const records = load(fresh)
  const loadMs = performance.now() - loadStarted
  if (records !== CARDS) throw new Error(`${name}: loaded ${records} records, expected ${CARDS}`)
  return { name, bytes: update.byteLength, writeMs, loadMs }
}

export function runRecordLayoutBench(): void {
  const map = measure(
    'Y.Map of records',
    (doc) => {
      const records = doc.getMap('records')
      editSession((key, value) => records.set(key, value), doc)
    },
    (doc) => doc.getMap('records').size,
  )
  const kv = measure(
    'YKeyValue array',
    (doc) => {
      const records = new YKeyValue(doc.getArray<{ key: string; val: unknown }>('records'))
      editSession((key, value) => records.set(key, value), doc)
    },
    (doc) => new YKeyValue(doc.getArray<{ key: string; val: unknown }>('records')).map.size,
  )
  console.log(`record layout: ${EDITS} edits over ${CARDS} scene cards`)
  for (const row of [map, kv]) {
    console.log(
      `  ${row.name.padEnd(18)} ${String(row.bytes).padStart(10)} bytes  write ${row.writeMs.toFixed(0).padStart(6)} ms  load ${row.loadMs.toFixed(1).padStart(7)} ms`,
    )
  }
  console.log(
    `  ratio YKeyValue / Y.Map: size ${(kv.bytes / map.bytes).toFixed(3)}x, load ${(kv.loadMs / map.loadMs).toFixed(3)}x, write ${(kv.writeMs / map.writeMs).toFixed(3)}x`,
  )
}
