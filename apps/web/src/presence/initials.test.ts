import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it('takes the first letters of the first and last word', () => {
    expect(initials('Maren Holt')).toBe('MH')
    expect(initials('  ana  maria  lopez ')).toBe('AL')
    expect(initials('ana')).toBe('A')
    expect(initials('')).toBe('?')
    expect(initials('Émile Zola')).toBe('ÉZ')
  })
})
