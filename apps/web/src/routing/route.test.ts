import { describe, expect, it } from 'vitest'
import { boardPath, parseRoute } from './route'

describe('parseRoute', () => {
  it('maps / to the home page', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' })
  })

  it('maps /b/<id> to the board page, ignoring a trailing slash', () => {
    expect(parseRoute('/b/Abc_12-x')).toEqual({ page: 'board', boardId: 'Abc_12-x' })
    expect(parseRoute('/b/Abc_12-x/')).toEqual({ page: 'board', boardId: 'Abc_12-x' })
  })

  it('flags board ids outside [A-Za-z0-9_-]{1,64}', () => {
    expect(parseRoute('/b/has%20space')).toEqual({ page: 'invalid-board', rawId: 'has space' })
    expect(parseRoute('/b/' + 'x'.repeat(65)).page).toBe('invalid-board')
    expect(parseRoute('/b/a/b').page).toBe('invalid-board')
    expect(parseRoute('/b/%E0%A4%A').page).toBe('invalid-board')
  })

  it('reports other paths as not found', () => {
    expect(parseRoute('/nope')).toEqual({ page: 'not-found', path: '/nope' })
  })

  it('builds board paths that parse back', () => {
    expect(parseRoute(boardPath('k3Jd9'))).toEqual({ page: 'board', boardId: 'k3Jd9' })
  })
})
