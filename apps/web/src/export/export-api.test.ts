import { afterEach, describe, expect, it, vi } from 'vitest'
import { importScreenplay, startExport } from './export-api'

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => vi.unstubAllGlobals())

describe('export api', () => {
  it('starts an export with its options and returns the job id', async () => {
    const fetchMock = respond(202, { id: 'job-1' })
    await expect(startExport('b1', 'pdf', { panelsPerPage: 6 })).resolves.toBe('job-1')
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/boards/b1/exports')
    expect(JSON.parse(init.body as string)).toEqual({
      format: 'pdf',
      options: { panelsPerPage: 6 },
    })
  })

  it("shows the server's own message when a route is missing", async () => {
    respond(404, {
      error: { code: 'not_found', message: 'Route POST:/api/boards/b1/exports not found' },
    })
    await expect(startExport('b1', 'csv')).rejects.toThrow(
      'Route POST:/api/boards/b1/exports not found',
    )
  })

  it('sends a script as plain text and reads how many scenes were added', async () => {
    const fetchMock = respond(200, { added: 3 })
    await expect(importScreenplay('b1', 'INT. ROOM - DAY')).resolves.toBe(3)
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect((init.headers as Record<string, string>)['content-type']).toMatch(/^text\/plain/)
    expect(init.body).toBe('INT. ROOM - DAY')
  })

  it("reports the script's refusal in the server's words", async () => {
    respond(400, { error: { code: 'fountain_empty', message: 'the script has no scenes' } })
    await expect(importScreenplay('b1', 'hello')).rejects.toThrow('the script has no scenes')
  })
})
