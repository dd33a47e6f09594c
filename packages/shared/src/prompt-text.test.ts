import { describe, expect, it } from 'vitest'
import { cleanFreeText, openFragment, paragraph, sentence } from './prompt-text.js'

describe('cleanFreeText', () => {
  it('collapses whitespace and stray separators', () => {
    expect(cleanFreeText('  rain ,, wind ;  salt\n\tspray , ')).toBe('rain, wind; salt spray')
    expect(cleanFreeText('dark,. quiet')).toBe('dark. quiet')
  })

  it('empties text that is only whitespace and punctuation', () => {
    expect(cleanFreeText(' \n ,.; ')).toBe('')
  })
})

describe('sentence', () => {
  it('joins fragments, capitalises and ends with one full stop', () => {
    expect(sentence(['hard light.', '', 'at dusk'])).toBe('Hard light, at dusk.')
    expect(sentence(['wait...'])).toBe('Wait.')
  })

  it('keeps a final question or exclamation mark', () => {
    expect(sentence(['is it her?'])).toBe('Is it her?')
    expect(sentence(['now!!'])).toBe('Now!')
  })

  it('is empty without content', () => {
    expect(sentence([])).toBe('')
    expect(sentence(['  ', '.'])).toBe('')
  })
})

describe('openFragment and paragraph', () => {
  it('strips sentence punctuation and skips empty sentences', () => {
    expect(openFragment(' the keeper!  ')).toBe('the keeper')
    expect(paragraph(['One.', '', 'Two.'])).toBe('One. Two.')
  })
})
