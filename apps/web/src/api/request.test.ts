import { describe, expect, it } from 'vitest'
import { errorMessage, responseError } from './request.js'

describe('errorMessage', () => {
  it("reads the server's {error: {code, message}} body", () => {
    const body = { error: { code: 'unknown_provider', message: 'there is no provider "nope"' } }
    expect(errorMessage(body)).toBe('there is no provider "nope"')
  })

  it('appends the first field errors of a refused body', () => {
    const body = {
      error: {
        code: 'invalid_request',
        message: 'the job request is not valid',
        details: {
          formErrors: [],
          fieldErrors: { spec: ['Too big: expected number to be <=60'], variations: ['Invalid'] },
        },
      },
    }
    expect(errorMessage(body)).toBe(
      'the job request is not valid (spec: Too big: expected number to be <=60; variations: Invalid)',
    )
  })

  it('appends field errors given as a list of {path, message}', () => {
    const body = {
      error: {
        code: 'invalid_request',
        message: 'the job request is not valid',
        details: [
          { path: 'spec.cameraMovement', message: 'Invalid option' },
          { path: '', message: 'boardId and sceneId go together' },
        ],
      },
    }
    expect(errorMessage(body)).toBe(
      'the job request is not valid (spec.cameraMovement: Invalid option; boardId and sceneId go together)',
    )
  })

  it('still reads the older {message} and {error: text} shapes, and nothing else', () => {
    expect(errorMessage({ message: 'plain' })).toBe('plain')
    expect(errorMessage({ error: 'text' })).toBe('text')
    expect(errorMessage({ error: { code: 'x' } })).toBeUndefined()
    expect(errorMessage(null)).toBeUndefined()
    expect(errorMessage('<html>')).toBeUndefined()
  })
})

describe('responseError', () => {
  it('carries the status and code, and falls back to the status when the body says nothing', () => {
    const error = responseError(413, {
      error: { code: 'too_large', message: 'the file is too large' },
    })
    expect(error).toMatchObject({
      status: 413,
      code: 'too_large',
      message: 'the file is too large',
    })
    expect(responseError(502, null).message).toBe('The server answered 502.')
  })
})
