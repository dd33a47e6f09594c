import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MemoryBoardStorage } from '../storage/memory-storage.js'
import { HttpError } from './errors.js'
import { existingBoardId, issueList, parseBoardId, parseInput } from './parse-request.js'

/** What the error handler turns into the response: status, code, message, details. */
function refusal(
  run: () => unknown,
): Pick<HttpError, 'statusCode' | 'code' | 'message' | 'details'> {
  try {
    run()
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    const { statusCode, code, message, details } = error
    return { statusCode, code, message, details }
  }
  throw new Error('expected a refusal')
}

describe('parseBoardId', () => {
  it('answers the id when it is one, 400 invalid_board_id in the schema words when not', () => {
    expect(parseBoardId({ id: 'abc_DEF-1' })).toBe('abc_DEF-1')
    expect(refusal(() => parseBoardId({ id: 'no spaces' }))).toEqual({
      statusCode: 400,
      code: 'invalid_board_id',
      message: 'a board id is 1 to 64 characters of A-Z, a-z, 0-9, _ and -',
      details: undefined,
    })
  })
})

describe('existingBoardId', () => {
  it('answers a stored board, 404 board_not_found for another', async () => {
    const storage = new MemoryBoardStorage()
    await storage.createBoard({
      id: 'here',
      title: '',
      cardCount: 0,
      createdAt: 0,
      snapshot: new Uint8Array(),
    })
    await expect(existingBoardId(storage, { id: 'here' })).resolves.toBe('here')
    await expect(existingBoardId(storage, { id: 'gone' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'board_not_found',
      message: 'there is no board gone',
    })
    await expect(existingBoardId(storage, {})).rejects.toMatchObject({
      statusCode: 400,
      code: 'invalid_board_id',
    })
  })
})

describe('parseInput', () => {
  const schema = z.object({ title: z.string(), spec: z.object({ seconds: z.number() }) }).strict()

  it('answers what the schema reads', () => {
    const input = { title: 'Dawn', spec: { seconds: 3 } }
    expect(parseInput(schema, input, 'not valid', issueList)).toEqual(input)
  })

  it('refuses with 400 invalid_request, the message and the details the route asks for', () => {
    const input = { title: 1, spec: { seconds: 'three' } }
    expect(refusal(() => parseInput(schema, input, 'the request is not valid', issueList))).toEqual(
      {
        statusCode: 400,
        code: 'invalid_request',
        message: 'the request is not valid',
        details: [
          { path: 'title', message: expect.any(String) },
          { path: 'spec.seconds', message: expect.any(String) },
        ],
      },
    )
    const flattened = refusal(() => parseInput(schema, input, 'not valid', z.flattenError))
    expect(flattened.details).toEqual(z.flattenError(schema.safeParse(input).error!))
  })
})
