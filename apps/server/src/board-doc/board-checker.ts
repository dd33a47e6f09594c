/**
 * Keeps one board's Y.Doc valid (rules VAL-n in apps/server/SPEC.md).
 *
 * A Yjs update cannot be dropped once its sender applied it: later updates from that client build
 * on it and would stall. So the server applies every update and, in the same transaction, amends
 * whatever breaks the rules: a refused record goes back to its last valid value (a fresh
 * `{key, val}` entry, which every YKeyValue reader takes as the current one) or disappears if it
 * never had one; refused sequence entries, meta values and anything outside the layout are
 * removed or restored. The update that leaves the room already carries the amendment, so other
 * clients and storage never hold the refused content.
 */
import { DOC_ROOTS } from '@sceneboard/shared'
import * as Y from 'yjs'
import type { Rejection } from '../sync/hooks.js'
import { deleteIndexes, forEachElement, markElement } from './array-walk.js'
import {
  RECORDS_PART,
  SEQUENCE_PART,
  checkMetaValue,
  checkRecordEntry,
  checkSequenceEntry,
  metaPart,
  type RecordEntry,
} from './document-rules.js'
import { RecordIndex } from './record-index.js'
import { isAddedIn, transactionChanges } from './transaction-changes.js'

type Report = (rejection: Rejection) => void

interface ElementRef {
  item: Y.Item
  offset: number
  value: unknown
}

type Placement =
  | { kind: 'records' | 'sequence' }
  | { kind: 'meta'; key: string }
  | { kind: 'stray'; id: string; reason: string }
  /** Inside a nested type that is itself being checked or is already deleted. */
  | { kind: 'covered' }

export class BoardChecker {
  readonly index = new RecordIndex()
  private readonly metaValues = new Map<string, unknown>()
  private readonly records: Y.Array<unknown>
  private readonly sequence: Y.Array<unknown>
  private readonly meta: Y.Map<unknown>

  constructor(private readonly doc: Y.Doc) {
    this.records = doc.getArray<unknown>(DOC_ROOTS.records)
    this.sequence = doc.getArray<unknown>(DOC_ROOTS.sequence)
    this.meta = doc.getMap<unknown>(DOC_ROOTS.meta)
  }

  /**
   * Indexes a freshly loaded doc and removes, in one transaction tagged `origin`, whatever in it
   * breaks the rules (nothing, unless it was stored by an older server). Returns what was removed.
   */
  indexLoaded(origin: unknown): Rejection[] {
    const problems: Rejection[] = []
    const report: Report = (problem) => problems.push(problem)
    Y.transact(
      this.doc,
      (transaction) => {
        this.indexLoadedRecords(report)
        const badEntries: number[] = []
        forEachElement(this.sequence, (value, index) => {
          const reason = checkSequenceEntry(value)
          if (reason) badEntries.push(index)
          if (reason) report({ id: SEQUENCE_PART, reason })
        })
        deleteIndexes(this.sequence, badEntries)
        for (const [key, item] of this.meta._map) {
          if (item.deleted) continue
          const value = this.meta.get(key)
          const reason = checkMetaValue(key, value)
          if (reason) report({ id: metaPart(key), reason })
          if (reason) this.meta.delete(key)
          else this.metaValues.set(key, value)
        }
        this.removeStrays(transaction, report)
      },
      origin,
    )
    return problems
  }

  /**
   * Checks what `transaction` (still open) changed and amends the doc inside it. Reports every
   * refused part; returns true when the doc was amended.
   */
  check(transaction: Y.Transaction, report: Report): boolean {
    const { added, removed } = transactionChanges(transaction)
    if (added.length === 0 && removed.length === 0) return false

    const recordRemovals: unknown[] = []
    const metaKeys = new Set<string>()
    for (const item of removed) {
      if (item.parent === this.records && item.parentSub === null) {
        recordRemovals.push(...item.content.getContent())
      } else if (item.parent === this.meta && item.parentSub !== null) {
        metaKeys.add(item.parentSub)
      }
    }

    const recordAdds: ElementRef[] = []
    const sequenceAdds: ElementRef[] = []
    const strays: Array<{ item: Y.Item; id: string; reason: string }> = []
    for (const item of added) {
      const placement = this.placementOf(item, transaction)
      if (placement.kind === 'records' || placement.kind === 'sequence') {
        const refs = placement.kind === 'records' ? recordAdds : sequenceAdds
        item.content.getContent().forEach((value, offset) => refs.push({ item, offset, value }))
      } else if (placement.kind === 'meta') {
        metaKeys.add(placement.key)
      } else if (placement.kind === 'stray') {
        strays.push({ item, id: placement.id, reason: placement.reason })
      }
    }

    let amended = this.checkRecords(recordAdds, recordRemovals, report)
    amended = this.checkSequence(sequenceAdds, report) || amended
    amended = this.checkMeta(metaKeys, report) || amended
    for (const stray of strays) {
      if (!stray.item.deleted) stray.item.delete(transaction)
      report({ id: stray.id, reason: stray.reason })
      amended = true
    }
    return amended
  }

  private placementOf(item: Y.Item, transaction: Y.Transaction): Placement {
    const parent = item.parent
    if (!(parent instanceof Y.AbstractType)) return { kind: 'covered' }
    if (parent === this.records || parent === this.sequence) {
      const part = parent === this.records ? RECORDS_PART : SEQUENCE_PART
      if (item.parentSub !== null)
        return { kind: 'stray', id: part, reason: `${part} is a list, not a map` }
      if (!(item.content instanceof Y.ContentAny)) {
        return {
          kind: 'stray',
          id: part,
          reason: `${part} holds plain values, not shared types or binary`,
        }
      }
      return { kind: part }
    }
    if (parent === this.meta) {
      if (item.parentSub === null)
        return { kind: 'stray', id: 'meta', reason: 'meta is a map, not a list' }
      return { kind: 'meta', key: item.parentSub }
    }
    if (parent._item === null) {
      const name = Y.findRootTypeKey(parent)
      return {
        kind: 'stray',
        id: name,
        reason: `${JSON.stringify(name)} is not part of the board document`,
      }
    }
    const owner = parent._item
    if (owner.deleted || isAddedIn(transaction, owner)) return { kind: 'covered' }
    return {
      kind: 'stray',
      id: 'document',
      reason: 'nested shared types are not part of the board document',
    }
  }

  private checkRecords(adds: ElementRef[], removals: unknown[], report: Report): boolean {
    const index = this.index
    const touched = new Set<string>()
    for (const value of removals) {
      const key = index.removeLive(value)
      if (key !== null) touched.add(key)
    }
    const refused = new Map<Y.Item, Set<number>>()
    const refusedKeys = new Set<string>()
    for (const { item, offset, value } of adds) {
      const check = checkRecordEntry(value)
      if (check.ok) {
        index.addLive(check.entry)
        touched.add(check.entry.key)
        continue
      }
      markElement(refused, item, offset)
      report({ id: check.key ?? RECORDS_PART, reason: check.reason })
      if (check.key !== null) {
        refusedKeys.add(check.key)
        touched.add(check.key)
      }
    }

    const stale = new Set<unknown>()
    const restores: RecordEntry[] = []
    let positions: Map<unknown, number> | null = null
    for (const key of touched) {
      const live = index.liveEntries(key)
      let winner = live[0]
      if (live.length > 1) {
        // Concurrent writes of one record: the rightmost entry wins, as in YKeyValue.
        positions ??= this.elementPositions(this.records)
        const at = positions
        winner = live.reduce((best, entry) => (at.get(entry)! > at.get(best)! ? entry : best))
      }
      if (refusedKeys.has(key)) {
        // The sender took the refused entry as current; a fresh entry holding the value to keep
        // becomes current for every reader, the sender included.
        const kept = winner?.val ?? index.value(key)
        for (const entry of live) {
          stale.add(entry)
          index.removeLive(entry)
        }
        if (kept) restores.push({ key, val: kept })
        index.setCurrent(key, kept)
      } else {
        for (const entry of live) {
          if (entry === winner) continue
          stale.add(entry)
          index.removeLive(entry)
        }
        index.setCurrent(key, winner?.val)
      }
    }
    if (refused.size === 0 && stale.size === 0) return false

    const doomed: number[] = []
    forEachElement(this.records, (value, position, item, offset) => {
      if (refused.get(item)?.has(offset) || stale.has(value)) doomed.push(position)
    })
    deleteIndexes(this.records, doomed)
    if (restores.length > 0) {
      this.records.push(restores)
      for (const entry of restores) index.addLive(entry)
    }
    return true
  }

  private checkSequence(adds: ElementRef[], report: Report): boolean {
    const refused = new Map<Y.Item, Set<number>>()
    for (const { item, offset, value } of adds) {
      const reason = checkSequenceEntry(value)
      if (!reason) continue
      markElement(refused, item, offset)
      report({ id: SEQUENCE_PART, reason })
    }
    if (refused.size === 0) return false
    const doomed: number[] = []
    forEachElement(this.sequence, (_value, position, item, offset) => {
      if (refused.get(item)?.has(offset)) doomed.push(position)
    })
    deleteIndexes(this.sequence, doomed)
    return true
  }

  private checkMeta(keys: Set<string>, report: Report): boolean {
    let amended = false
    for (const key of keys) {
      const value = this.meta.get(key)
      const reason = checkMetaValue(key, value)
      if (reason === null) {
        if (value === undefined) this.metaValues.delete(key)
        else this.metaValues.set(key, value)
        continue
      }
      const last = this.metaValues.get(key)
      if (value === undefined && last === undefined) continue
      report({ id: metaPart(key), reason })
      if (last !== undefined) this.meta.set(key, last)
      else this.meta.delete(key)
      amended = true
    }
    return amended
  }

  private indexLoadedRecords(report: Report): void {
    const latest = new Map<string, { entry: RecordEntry; position: number }>()
    const doomed: number[] = []
    forEachElement(this.records, (value, position) => {
      const check = checkRecordEntry(value)
      if (!check.ok) {
        doomed.push(position)
        report({ id: check.key ?? RECORDS_PART, reason: check.reason })
        return
      }
      const previous = latest.get(check.entry.key)
      if (previous) doomed.push(previous.position)
      latest.set(check.entry.key, { entry: check.entry, position })
    })
    deleteIndexes(this.records, doomed)
    for (const { entry } of latest.values()) {
      this.index.addLive(entry)
      this.index.setCurrent(entry.key, entry.val)
    }
  }

  /** Removes items that sit outside the layout: map-style items in the lists and vice versa, unknown roots. */
  private removeStrays(transaction: Y.Transaction, report: Report): void {
    const remove = (item: Y.Item | null, id: string, reason: string) => {
      if (item && !item.deleted) {
        item.delete(transaction)
        report({ id, reason })
      }
    }
    for (const item of this.records._map.values())
      remove(item, RECORDS_PART, 'records is a list, not a map')
    for (const item of this.sequence._map.values())
      remove(item, SEQUENCE_PART, 'sequence is a list, not a map')
    for (let item = this.meta._start; item !== null; item = item.right) {
      remove(item, 'meta', 'meta is a map, not a list')
    }
    const layout = new Set<unknown>([this.records, this.sequence, this.meta])
    for (const [name, type] of this.doc.share) {
      if (layout.has(type)) continue
      const reason = `${JSON.stringify(name)} is not part of the board document`
      for (let item = type._start; item !== null; item = item.right) remove(item, name, reason)
      for (const item of type._map.values()) remove(item, name, reason)
    }
  }

  private elementPositions(array: Y.Array<unknown>): Map<unknown, number> {
    const positions = new Map<unknown, number>()
    forEachElement(array, (value, position) => positions.set(value, position))
    return positions
  }
}
