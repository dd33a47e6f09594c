/**
 * The BoardStorage contract (rules STOR-n in apps/server/SPEC.md) as one vitest suite that every
 * backend runs. A new backend (PostgreSQL, ...) passes this suite and needs nothing else changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BoardExistsError,
  BoardNotFoundError,
  type BoardStorage,
  type NewBoard,
} from './board-storage.js'

export interface StorageUnderTest {
  /** A fresh, empty storage. */
  open(): Promise<BoardStorage>
  /** Closes `storage` and opens the same data again; absent for backends that forget on close. */
  reopen?(storage: BoardStorage): Promise<BoardStorage>
  /** Removes whatever `open` created (temporary folders). */
  cleanup?(): Promise<void>
}

const bytes = (...values: number[]) => new Uint8Array(values)

function newBoard(id: string, overrides: Partial<NewBoard> = {}): NewBoard {
  return {
    id,
    title: `Board ${id}`,
    cardCount: 0,
    createdAt: 1_000,
    snapshot: bytes(0, 0),
    ...overrides,
  }
}

export function describeBoardStorageContract(name: string, backend: StorageUnderTest): void {
  describe(`BoardStorage contract: ${name}`, () => {
    let storage: BoardStorage

    beforeEach(async () => {
      storage = await backend.open()
    })

    afterEach(async () => {
      await storage.close()
      await backend.cleanup?.()
    })

    it('STOR-1 a created board exists, is listed and summarised with createdAt as updatedAt', async () => {
      await storage.createBoard(newBoard('a', { title: 'Harbour', cardCount: 3, createdAt: 5_000 }))
      expect(await storage.exists('a')).toBe(true)
      expect(await storage.exists('b')).toBe(false)
      const summary = {
        id: 'a',
        title: 'Harbour',
        cardCount: 3,
        createdAt: 5_000,
        updatedAt: 5_000,
      }
      expect(await storage.getSummary('a')).toEqual(summary)
      expect(await storage.getSummary('b')).toBeNull()
      expect(await storage.listBoards()).toEqual([summary])
    })

    it('STOR-2 creating a board with a taken id rejects and keeps the first board', async () => {
      await storage.createBoard(newBoard('a', { title: 'First' }))
      await expect(storage.createBoard(newBoard('a', { title: 'Second' }))).rejects.toBeInstanceOf(
        BoardExistsError,
      )
      expect((await storage.getSummary('a'))?.title).toBe('First')
    })

    it('STOR-3 a board loads as its snapshot and every appended update, oldest first (round trip)', async () => {
      await storage.createBoard(newBoard('a', { snapshot: bytes(9, 8, 7) }))
      await storage.appendUpdate('a', bytes(1))
      await storage.appendUpdate('a', bytes(2, 2))
      await storage.appendUpdate('a', bytes(3, 3, 3))
      const loaded = await storage.loadBoard('a')
      expect(loaded).not.toBeNull()
      expect([...loaded!.snapshot!]).toEqual([9, 8, 7])
      expect(loaded!.updates.map((update) => [...update])).toEqual([[1], [2, 2], [3, 3, 3]])
      expect(loaded!.snapshotSeq).toBe(0)
      expect(loaded!.lastSeq).toBe(3)
      expect(await storage.loadBoard('missing')).toBeNull()
    })

    it('STOR-4 appends are numbered in order, counted since the snapshot, and move updatedAt', async () => {
      await storage.createBoard(newBoard('a', { createdAt: 1_000 }))
      expect(await storage.appendUpdate('a', bytes(1), 2_000)).toEqual({
        seq: 1,
        updatesSinceSnapshot: 1,
      })
      expect(await storage.appendUpdate('a', bytes(2), 3_000)).toEqual({
        seq: 2,
        updatesSinceSnapshot: 2,
      })
      expect((await storage.getSummary('a'))?.updatedAt).toBe(3_000)
      await expect(storage.appendUpdate('missing', bytes(1))).rejects.toBeInstanceOf(
        BoardNotFoundError,
      )
    })

    it('STOR-5 the board list is ordered by last change, newest first', async () => {
      await storage.createBoard(newBoard('old', { createdAt: 1_000 }))
      await storage.createBoard(newBoard('new', { createdAt: 2_000 }))
      await storage.createBoard(newBoard('edited', { createdAt: 500 }))
      await storage.appendUpdate('edited', bytes(1), 3_000)
      expect((await storage.listBoards()).map((board) => board.id)).toEqual([
        'edited',
        'new',
        'old',
      ])
    })

    it('STOR-6 compaction replaces the snapshot and drops exactly the updates it covers', async () => {
      await storage.createBoard(newBoard('a'))
      for (let i = 1; i <= 4; i++) await storage.appendUpdate('a', bytes(i))
      await storage.compact('a', bytes(42), 3)
      let loaded = await storage.loadBoard('a')
      expect([...loaded!.snapshot!]).toEqual([42])
      expect(loaded!.snapshotSeq).toBe(3)
      expect(loaded!.updates.map((update) => [...update])).toEqual([[4]])
      expect(await storage.appendUpdate('a', bytes(5))).toEqual({ seq: 5, updatesSinceSnapshot: 2 })

      await storage.compact('a', bytes(1, 1), 2)
      loaded = await storage.loadBoard('a')
      expect([...loaded!.snapshot!]).toEqual([42])
      expect(loaded!.updates).toHaveLength(2)

      await expect(storage.compact('a', bytes(0), 9)).rejects.toBeInstanceOf(RangeError)
      await expect(storage.compact('missing', bytes(0), 1)).rejects.toBeInstanceOf(
        BoardNotFoundError,
      )
    })

    it('STOR-7 summary patches change title and card count but not updatedAt', async () => {
      await storage.createBoard(newBoard('a', { title: 'Before', cardCount: 1, createdAt: 1_000 }))
      await storage.updateSummary('a', { title: 'After' })
      await storage.updateSummary('a', { cardCount: 7 })
      await storage.updateSummary('missing', { title: 'Nobody' })
      expect(await storage.getSummary('a')).toMatchObject({
        title: 'After',
        cardCount: 7,
        updatedAt: 1_000,
      })
      expect(await storage.exists('missing')).toBe(false)
    })

    it('STOR-8 deleting a board removes all of it and nothing else', async () => {
      await storage.createBoard(newBoard('a'))
      await storage.createBoard(newBoard('b'))
      await storage.appendUpdate('a', bytes(1))
      await storage.appendUpdate('b', bytes(2))
      expect(await storage.deleteBoard('a')).toBe(true)
      expect(await storage.deleteBoard('a')).toBe(false)
      expect(await storage.exists('a')).toBe(false)
      expect(await storage.loadBoard('a')).toBeNull()
      expect((await storage.listBoards()).map((board) => board.id)).toEqual(['b'])
      expect((await storage.loadBoard('b'))!.updates.map((update) => [...update])).toEqual([[2]])
      await storage.createBoard(newBoard('a', { snapshot: bytes(5) }))
      expect(await storage.loadBoard('a')).toMatchObject({ updates: [], lastSeq: 0 })
    })

    it('STOR-9 boards number and compact their updates independently', async () => {
      await storage.createBoard(newBoard('a'))
      await storage.createBoard(newBoard('b'))
      await storage.appendUpdate('a', bytes(1))
      await storage.appendUpdate('a', bytes(2))
      expect((await storage.appendUpdate('b', bytes(3))).seq).toBe(1)
      await storage.compact('a', bytes(9), 2)
      expect((await storage.loadBoard('b'))!.updates.map((update) => [...update])).toEqual([[3]])
    })

    it('STOR-10 stored bytes are copies the caller cannot change afterwards', async () => {
      const snapshot = bytes(1, 2)
      const update = bytes(3, 4)
      await storage.createBoard(newBoard('a', { snapshot }))
      await storage.appendUpdate('a', update)
      snapshot[0] = 99
      update[0] = 99
      const first = await storage.loadBoard('a')
      first!.updates[0]![1] = 99
      const second = await storage.loadBoard('a')
      expect([...second!.snapshot!]).toEqual([1, 2])
      expect([...second!.updates[0]!]).toEqual([3, 4])
    })

    it.skipIf(!backend.reopen)(
      'STOR-11 everything stored is there after closing and reopening',
      async () => {
        await storage.createBoard(
          newBoard('a', { title: 'Kept', cardCount: 2, snapshot: bytes(7) }),
        )
        await storage.appendUpdate('a', bytes(1), 2_000)
        await storage.appendUpdate('a', bytes(2), 3_000)
        await storage.compact('a', bytes(8), 1)
        storage = await backend.reopen!(storage)
        expect(await storage.getSummary('a')).toEqual({
          id: 'a',
          title: 'Kept',
          cardCount: 2,
          createdAt: 1_000,
          updatedAt: 3_000,
        })
        const loaded = await storage.loadBoard('a')
        expect([...loaded!.snapshot!]).toEqual([8])
        expect(loaded!.updates.map((update) => [...update])).toEqual([[2]])
        expect(await storage.appendUpdate('a', bytes(3))).toEqual({
          seq: 3,
          updatesSinceSnapshot: 2,
        })
      },
    )
  })
}
