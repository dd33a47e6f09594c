/**
 * The server's view of one YKeyValue root (records, or takes), kept in step with every change:
 * for each key, the live `{key, val}` entries in the array (more than one only while concurrent
 * writes of one key are being cleaned up) and the current valid value. The current value is what
 * a refused change is rolled back to; the scene-card count feeds the board summary.
 */
import { isSceneCard, type KeyValueEntry } from '@sceneboard/shared'
import type { BoardRecord } from './document-rules.js'

export class RecordIndex<V extends object = BoardRecord> {
  private readonly live = new Map<string, Set<KeyValueEntry<V>>>()
  private readonly current = new Map<string, V>()
  private cards = 0

  get sceneCardCount(): number {
    return this.cards
  }

  get size(): number {
    return this.current.size
  }

  /** The current valid record for `key`. */
  value(key: string): V | undefined {
    return this.current.get(key)
  }

  liveEntries(key: string): KeyValueEntry<V>[] {
    return [...(this.live.get(key) ?? [])]
  }

  addLive(entry: KeyValueEntry<V>): void {
    let entries = this.live.get(entry.key)
    if (!entries) this.live.set(entry.key, (entries = new Set()))
    entries.add(entry)
  }

  /** Forgets a live entry (by identity); returns its key, or null when it was not live. */
  removeLive(entry: unknown): string | null {
    const key = (entry as { key?: unknown } | null)?.key
    if (typeof key !== 'string') return null
    const entries = this.live.get(key)
    if (!entries?.delete(entry as KeyValueEntry<V>)) return null
    if (entries.size === 0) this.live.delete(key)
    return key
  }

  /** Sets (or, with undefined, clears) the current record of `key`. */
  setCurrent(key: string, record: V | undefined): void {
    const previous = this.current.get(key)
    if (previous && isSceneCard(previous)) this.cards--
    if (record) {
      this.current.set(key, record)
      if (isSceneCard(record)) this.cards++
    } else {
      this.current.delete(key)
    }
  }
}
