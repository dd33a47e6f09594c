import { describe, expect, it } from 'vitest'
import { BOARD_ID_PATTERN, boardIdSchema, isValidBoardId, newBoardId } from './ids.js'

describe('board ids', () => {
  it.each(['a', 'A-b_9', 'x'.repeat(64), '0123456789', '_-_'])('accepts %j', (id) => {
    expect(isValidBoardId(id)).toBe(true)
    expect(boardIdSchema.safeParse(id).success).toBe(true)
  })

  it.each(['', 'x'.repeat(65), 'a b', 'a/b', '../etc', 'a.b', 'ü', 'a%20', 'id\n', 'semi;colon'])(
    'refuses %j',
    (id) => {
      expect(isValidBoardId(id)).toBe(false)
      expect(boardIdSchema.safeParse(id).success).toBe(false)
    },
  )

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, ['abc'], { id: 'abc' }]) {
      expect(isValidBoardId(value)).toBe(false)
    }
  })

  it('explains the rule when an id is refused', () => {
    const result = boardIdSchema.safeParse('no spaces')
    expect(result.error?.issues[0]?.message).toMatch(/1 to 64 characters/)
  })
})

describe('newBoardId', () => {
  it('makes valid 12-character ids from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const id = newBoardId()
      expect(id).toMatch(BOARD_ID_PATTERN)
      expect(id).toMatch(/^[A-HJ-NP-Za-km-z2-9]{12}$/)
    }
  })

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newBoardId()))
    expect(ids.size).toBe(1000)
  })

  it('draws from crypto.getRandomValues by default, not Math.random', () => {
    const original = Math.random
    Math.random = () => {
      throw new Error('Math.random used')
    }
    try {
      expect(newBoardId()).toHaveLength(12)
    } finally {
      Math.random = original
    }
  })

  it('is reproducible with a given random source, including its edges', () => {
    expect(newBoardId(() => 0)).toBe('AAAAAAAAAAAA')
    expect(newBoardId(() => 0.999999)).toBe('999999999999')
    expect(newBoardId(() => 1)).toBe('999999999999')
  })
})
