/**
 * A BoardStorage wrapper for tests: reports appends and compactions as events, and can hold
 * appends back (as a slow database would) until the test lets them through.
 */
import { EventEmitter } from 'node:events'
import type {
  AppendResult,
  BoardStorage,
  BoardSummary,
  NewBoard,
  StoredBoard,
  SummaryPatch,
} from '../storage/board-storage.js'

export interface ObservedStorageEvents {
  /** An append was requested (it may still be held). */
  'append-requested': [boardId: string, update: Uint8Array]
  appended: [boardId: string, update: Uint8Array]
  compacted: [boardId: string, throughSeq: number]
}

export class ObservedStorage extends EventEmitter<ObservedStorageEvents> implements BoardStorage {
  private held: Array<() => void> | null = null

  constructor(readonly inner: BoardStorage) {
    super()
  }

  /** From now on, appends wait until `release()`. */
  holdAppends(): void {
    this.held ??= []
  }

  /** Lets every held append through and stops holding. */
  release(): void {
    const held = this.held ?? []
    this.held = null
    for (const resume of held) resume()
  }

  async appendUpdate(id: string, update: Uint8Array, at?: number): Promise<AppendResult> {
    this.emit('append-requested', id, update)
    if (this.held) await new Promise<void>((resume) => this.held!.push(resume))
    const result = await this.inner.appendUpdate(id, update, at)
    this.emit('appended', id, update)
    return result
  }

  async compact(id: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    await this.inner.compact(id, snapshot, throughSeq)
    this.emit('compacted', id, throughSeq)
  }

  createBoard(board: NewBoard): Promise<void> {
    return this.inner.createBoard(board)
  }
  exists(id: string): Promise<boolean> {
    return this.inner.exists(id)
  }
  listBoards(): Promise<BoardSummary[]> {
    return this.inner.listBoards()
  }
  getSummary(id: string): Promise<BoardSummary | null> {
    return this.inner.getSummary(id)
  }
  loadBoard(id: string): Promise<StoredBoard | null> {
    return this.inner.loadBoard(id)
  }
  updateSummary(id: string, patch: SummaryPatch): Promise<void> {
    return this.inner.updateSummary(id, patch)
  }
  deleteBoard(id: string): Promise<boolean> {
    return this.inner.deleteBoard(id)
  }
  close(): Promise<void> {
    return this.inner.close()
  }
}
