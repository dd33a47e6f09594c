import { describe, expect, it } from 'vitest'
import { clampLines, wrapText } from './slate-text.js'

describe('slate text', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapText('a keeper winds the lamp clockwork', 12)).toEqual([
      'a keeper',
      'winds the',
      'lamp',
      'clockwork',
    ])
  })

  it('breaks a word longer than a line and keeps paragraphs', () => {
    expect(wrapText('abcdefghij xy\nnext', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy', 'next'])
  })

  it('ends a clamped text in an ellipsis within the width', () => {
    const lines = clampLines(['one line', 'two lines', 'three'], 2, 9)
    expect(lines).toEqual(['one line', 'two line…'])
    expect(clampLines(['short'], 3, 9)).toEqual(['short'])
  })
})
