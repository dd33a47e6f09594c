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
 *
 * The two YKeyValue roots, records and takes, follow the same rules with their own entry check:
 * records may be written by anyone, takes only by the server (clients may delete them).
 */
import { DOC_ROOTS, type Take } from '@sceneboard/shared'
import * as Y from 'yjs'
import type { Rejection } from '../sync/hooks.js'
import { deleteIndexes, forEachElement, markElement } from './array-walk.js'
import {
  RECORDS_PART,
  SEQUENCE_PART,
  TAKES_PART,
  checkMetaValue,
  checkRecordEntry,
  checkSequenceEntry,
  checkTakeEntry,
  metaPart,
  type BoardRecord,
  type EntryCheck,
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
  | { kind: 'records' | 'takes' | 'sequence' }
  | { kind: 'meta'; key: string }
  | { kind: 'stray'; id: string; reason: string }
  /** Inside a nested type that is itself being checked or is already deleted. */
  | { kind: 'covered' }

/** A root in the YKeyValue layout: its array, the index of its entries and its entry check. */
interface KeyedRoot<V extends object> {
  part: string
  array: Y.Array<unknown>
  index: RecordIndex<V>
  check(value: unknown, fromClient: boolean): EntryCheck<V>
}

export class BoardChecker {
  readonly index = new RecordIndex()
  readonly takeIndex = new RecordIndex<Take>()
  private readonly metaValues = new Map<string, unknown>()
  private readonly records: Y.Array<unknown>
  private readonly takes: Y.Array<unknown>
  private readonly sequence: Y.Array<unknown>
  private readonly meta: Y.Map<unknown>
  private readonly recordRoot: KeyedRoot<BoardRecord>
  private readonly takeRoot: KeyedRoot<Take>

  constructor(private readonly doc: Y.Doc) {
    this.records = doc.getArray<unknown>(DOC_ROOTS.records)
    this.takes = doc.getArray<unknown>(DOC_ROOTS.takes)
    this.sequence = doc.getArray<unknown>(DOC_ROOTS.sequence)
    this.meta = doc.getMap<unknown>(DOC_ROOTS.meta)
    this.recordRoot = {
      part: RECORDS_PART,
      array: this.records,
      index: this.index,
      check: checkRecordEntry,
    }
    this.takeRoot = {
      part: TAKES_PART,
      array: this.takes,
      index: this.takeIndex,
      check: checkTakeEntry,
    }
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
        this.indexLoadedEntries(this.recordRoot, report)
        this.indexLoadedEntries(this.takeRoot, report)
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
   * refused part; returns true when the doc was amended. `fromClient` is false for the server's
   * own changes (the only ones that may write takes).
   */
  check(transaction: Y.Transaction, report: Report, fromClient = true): boolean {
    const { added, removed } = transactionChanges(transaction)
    if (added.length === 0 && removed.length === 0) return false

    const recordRemovals: unknown[] = []
    const takeRemovals: unknown[] = []
    const metaKeys = new Set<string>()
    for (const item of removed) {
      if (item.parent === this.records && item.parentSub === null) {
        recordRemovals.push(...item.content.getContent())
      } else if (item.parent === this.takes && item.parentSub === null) {
        takeRemovals.push(...item.content.getContent())
      } else if (item.parent === this.meta && item.parentSub !== null) {
        metaKeys.add(item.parentSub)
      }
    }

    const adds: Record<'records' | 'takes' | 'sequence', ElementRef[]> = {
      records: [],
      takes: [],
      sequence: [],
    }
    const strays: Array<{ item: Y.Item; id: string; reason: string }> = []
    for (const item of added) {
      const placement = this.placementOf(item, transaction)
      if (placement.kind === 'meta') {
        metaKeys.add(placement.key)
      } else if (placement.kind === 'stray') {
        strays.push({ item, id: placement.id, reason: placement.reason })
      } else if (placement.kind !== 'covered') {
        const refs = adds[placement.kind]
        item.content.getContent().forEach((value, offset) => refs.push({ item, offset, value }))
      }
    }

    let amended = this.checkKeyed(this.recordRoot, adds.records, recordRemovals, fromClient, report)
    amended =
      this.checkKeyed(this.takeRoot, adds.takes, takeRemovals, fromClient, report) || amended
    amended = this.checkSequence(adds.sequence, report) || amended
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
    if (parent === this.records || parent === this.takes || parent === this.sequence) {
      const part =
        parent === this.records ? RECORDS_PART : parent === this.takes ? TAKES_PART : SEQUENCE_PART
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

  /** Checks the entries a change added to (and removed from) a YKeyValue root, and amends them. */
  private checkKeyed<V extends object>(
    root: KeyedRoot<V>,
    adds: ElementRef[],
    removals: unknown[],
    fromClient: boolean,
    report: Report,
  ): boolean {
    const index = root.index
    const touched = new Set<string>()
    for (const value of removals) {
      const key = index.removeLive(value)
      if (key !== null) touched.add(key)
    }
    const refused = new Map<Y.Item, Set<number>>()
    const refusedKeys = new Set<string>()
    for (const { item, offset, value } of adds) {
      const check = root.check(value, fromClient)
      if (check.ok) {
        index.addLive(check.entry)
        touched.add(check.entry.key)
        continue
      }
      markElement(refused, item, offset)
      report({ id: check.key ?? root.part, reason: check.reason })
      if (check.key !== null) {
        refusedKeys.add(check.key)
        touched.add(check.key)
      }
    }

    const stale = new Set<unknown>()
    const restores: Array<{ key: string; val: V }> = []
    let positions: Map<unknown, number> | null = null
    for (const key of touched) {
      const live = index.liveEntries(key)
      let winner = live[0]
      if (live.length > 1) {
        // Concurrent writes of one key: the rightmost entry wins, as in YKeyValue.
        positions ??= this.elementPositions(root.array)
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
    forEachElement(root.array, (value, position, item, offset) => {
      if (refused.get(item)?.has(offset) || stale.has(value)) doomed.push(position)
    })
    deleteIndexes(root.array, doomed)
    if (restores.length > 0) {
      root.array.push(restores)
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

  /** Indexes a loaded YKeyValue root (stored entries count as the server's own). */
  private indexLoadedEntries<V extends object>(root: KeyedRoot<V>, report: Report): void {
    const latest = new Map<string, { entry: { key: string; val: V }; position: number }>()
    const doomed: number[] = []
    forEachElement(root.array, (value, position) => {
      const check = root.check(value, false)
      if (!check.ok) {
        doomed.push(position)
        report({ id: check.key ?? root.part, reason: check.reason })
        return
      }
      const previous = latest.get(check.entry.key)
      if (previous) doomed.push(previous.position)
      latest.set(check.entry.key, { entry: check.entry, position })
    })
    deleteIndexes(root.array, doomed)
    for (const { entry } of latest.values()) {
      root.index.addLive(entry)
      root.index.setCurrent(entry.key, entry.val)
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
    for (const item of this.takes._map.values())
      remove(item, TAKES_PART, 'takes is a list, not a map')
    for (const item of this.sequence._map.values())
      remove(item, SEQUENCE_PART, 'sequence is a list, not a map')
    for (let item = this.meta._start; item !== null; item = item.right) {
      remove(item, 'meta', 'meta is a map, not a list')
    }
    const layout = new Set<unknown>([this.records, this.takes, this.sequence, this.meta])
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
