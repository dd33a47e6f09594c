/**
 * The board's takes as the web app sees them: the document's `takes` root (YKeyValue layout,
 * written by the server) read into valid takes grouped by card, newest first.
 *
 * - Entries that fail `takeSchema` are ignored (logged once), so a bad entry never breaks a card.
 * - Each card's list is a stable array: it is replaced only when one of that card's takes
 *   changes, so `useSyncExternalStore` re-renders exactly the cards whose takes moved.
 * - Clients may only delete takes (`deleteTake`); everything else is the server's to write.
 */
import { takeSchema, takesArray, type Take } from '@sceneboard/shared'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

type KeyValueChange =
  | { action: 'add'; newValue: unknown }
  | { action: 'update'; oldValue: unknown; newValue: unknown }
  | { action: 'delete'; oldValue: unknown }

const NO_TAKES: readonly Take[] = Object.freeze([])

function newestFirst(a: Take, b: Take): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

export class TakesModel {
  private readonly kv: YKeyValue<unknown>
  /** Valid takes by take id. */
  private readonly takes = new Map<string, Take>()
  /** Each card's takes, newest first; replaced (never mutated) when they change. */
  private readonly byCard = new Map<string, readonly Take[]>()
  private readonly cardListeners = new Map<string, Set<() => void>>()
  private readonly listeners = new Set<() => void>()
  private readonly warned = new Set<string>()
  private version = 0

  constructor(private readonly doc: Y.Doc) {
    this.kv = new YKeyValue<unknown>(takesArray<unknown>(doc))
    for (const [key, entry] of this.kv.map) this.read(key, entry.val)
    for (const cardId of new Set([...this.takes.values()].map((take) => take.cardId))) {
      this.rebuild(cardId)
    }
    this.kv.on('change', this.onChange)
  }

  /** The card's takes, newest first: the same array until one of them changes. */
  getCardTakes = (cardId: string): readonly Take[] => this.byCard.get(cardId) ?? NO_TAKES

  getTake(id: string): Take | undefined {
    return this.takes.get(id)
  }

  /** Every valid take, in no particular order. */
  allTakes(): Take[] {
    return [...this.takes.values()]
  }

  /** A number that changes whenever any take changes (a snapshot for whole-board views). */
  getVersion = (): number => this.version

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Calls `listener` when the takes of `cardId` change, and only then. */
  subscribeCard(cardId: string, listener: () => void): () => void {
    let set = this.cardListeners.get(cardId)
    if (!set) this.cardListeners.set(cardId, (set = new Set()))
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.cardListeners.delete(cardId)
    }
  }

  /** Removes a take from the board (the one write clients may make to `takes`). */
  deleteTake(id: string): boolean {
    if (!this.kv.has(id)) return false
    this.doc.transact(() => this.kv.delete(id))
    return true
  }

  dispose(): void {
    this.kv.off('change', this.onChange)
    this.listeners.clear()
    this.cardListeners.clear()
  }

  /** Parses one entry into `takes`; returns the card it belongs to, or null when invalid. */
  private read(key: string, value: unknown): string | null {
    const parsed = takeSchema.safeParse(value)
    if (!parsed.success || parsed.data.id !== key) {
      this.takes.delete(key)
      if (!this.warned.has(key)) {
        this.warned.add(key)
        console.warn(`Ignored an invalid take in the board: ${key}`)
      }
      return null
    }
    this.takes.set(key, parsed.data)
    return parsed.data.cardId
  }

  private rebuild(cardId: string): void {
    const list = [...this.takes.values()].filter((take) => take.cardId === cardId).sort(newestFirst)
    if (list.length === 0) this.byCard.delete(cardId)
    else this.byCard.set(cardId, Object.freeze(list))
  }

  private onChange = (changes: Map<string, KeyValueChange>): void => {
    const touched = new Set<string>()
    for (const [key, change] of changes) {
      const before = this.takes.get(key)
      if (before) touched.add(before.cardId)
      if (change.action === 'delete') {
        this.takes.delete(key)
      } else {
        const cardId = this.read(key, change.newValue)
        if (cardId) touched.add(cardId)
      }
    }
    if (touched.size === 0) return
    for (const cardId of touched) this.rebuild(cardId)
    this.version++
    for (const cardId of touched) {
      for (const listener of this.cardListeners.get(cardId) ?? []) listener()
    }
    for (const listener of this.listeners) listener()
  }
}
