/**
 * GET|HEAD /clips/<sha256>.<ext> on a real server: whole files, ranges (so video seeks), caching
 * headers, and every way of asking for a path outside the store answered with 404 JSON.
 */
import { request as httpRequest } from 'node:http'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEDIA_DIR_NAME } from '../app.js'
import type { StoredMedia } from '../media/media-store.js'
import { removeTempDirs, startTestServer, type TestServer } from '../testing/test-server.js'
import { parseByteRange } from './byte-range.js'
import { IMMUTABLE_CACHE } from './clip-routes.js'

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request with the path sent exactly as given (fetch would normalise `..` and `%2e`). */
function raw(
  server: TestServer,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}

let server: TestServer
let clip: StoredMedia
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251))

beforeAll(async () => {
  server = await startTestServer()
  // Any bytes will do: the store serves what it holds under the name given at storing.
  clip = await server.app.media.put(bytes, 'mp4')
  await writeFile(join(server.dataDir, 'secret.txt'), 'outside the store')
})

afterAll(async () => {
  await server.close()
  await removeTempDirs()
})

describe('byte ranges', () => {
  it('MEDIA-3 reads single, open, suffix and several ranges; ignores what it cannot read', () => {
    expect(parseByteRange(undefined, 100)).toEqual({ kind: 'whole' })
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ kind: 'range', start: 0, end: 9 })
    expect(parseByteRange('bytes=90-', 100)).toEqual({ kind: 'range', start: 90, end: 99 })
    expect(parseByteRange('bytes=95-200', 100)).toEqual({ kind: 'range', start: 95, end: 99 })
    expect(parseByteRange('bytes=-10', 100)).toEqual({ kind: 'range', start: 90, end: 99 })
    expect(parseByteRange('bytes=-500', 100)).toEqual({ kind: 'range', start: 0, end: 99 })
    expect(parseByteRange('bytes=200-300, 5-9', 100)).toEqual({ kind: 'range', start: 5, end: 9 })
    expect(parseByteRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(parseByteRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(parseByteRange('items=0-9', 100)).toEqual({ kind: 'whole' })
    expect(parseByteRange('bytes=9-0', 100)).toEqual({ kind: 'whole' })
    expect(parseByteRange('bytes=abc', 100)).toEqual({ kind: 'whole' })
  })
})

describe('serving clips', () => {
  const path = () => `/clips/${clip.sha256}.mp4`

  it('MEDIA-2 answers the whole file with its type, length, ETag and immutable caching', async () => {
    const response = await raw(server, path())
    expect(response.status).toBe(200)
    expect(response.body).toEqual(bytes)
    expect(response.headers).toMatchObject({
      'content-type': 'video/mp4',
      'content-length': '1000',
      'accept-ranges': 'bytes',
      etag: `"${clip.sha256}"`,
      'cache-control': IMMUTABLE_CACHE,
    })
  })

  it('MEDIA-3 answers a range with 206 and Content-Range, so video can seek', async () => {
    const response = await raw(server, path(), { headers: { range: 'bytes=100-199' } })
    expect(response.status).toBe(206)
    expect(response.headers['content-range']).toBe('bytes 100-199/1000')
    expect(response.headers['content-length']).toBe('100')
    expect(response.body).toEqual(bytes.subarray(100, 200))

    const suffix = await raw(server, path(), { headers: { range: 'bytes=-10' } })
    expect(suffix.headers['content-range']).toBe('bytes 990-999/1000')
    expect(suffix.body).toEqual(bytes.subarray(990))

    const several = await raw(server, path(), { headers: { range: 'bytes=0-1, 5-6' } })
    expect(several.status).toBe(206)
    expect(several.body).toEqual(bytes.subarray(0, 2))
  })

  it('MEDIA-3 answers 416 with the size for a range past the end', async () => {
    const response = await raw(server, path(), { headers: { range: 'bytes=1000-' } })
    expect(response.status).toBe(416)
    expect(response.headers['content-range']).toBe('bytes */1000')
    expect(JSON.parse(response.body.toString()).error.code).toBe('range_not_satisfiable')
  })

  it('MEDIA-2 answers 304 to a matching If-None-Match, and HEAD with headers only', async () => {
    const cached = await raw(server, path(), { headers: { 'if-none-match': `"${clip.sha256}"` } })
    expect(cached.status).toBe(304)
    expect(cached.body.length).toBe(0)
    const head = await raw(server, path(), { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe('1000')
    expect(head.headers.etag).toBe(`"${clip.sha256}"`)
    expect(head.body.length).toBe(0)
    const headRange = await raw(server, path(), { method: 'HEAD', headers: { range: 'bytes=0-9' } })
    expect(headRange.status).toBe(206)
    expect(headRange.headers['content-length']).toBe('10')
  })

  it('MEDIA-4 answers 404 JSON for every name outside the pattern, and no path outside the store', async () => {
    const hash = clip.sha256
    const attempts = [
      '/clips/..%2Fsceneboard.sqlite',
      '/clips/..%2F..%2Fsecret.txt',
      '/clips/%2e%2e%2fsecret.txt',
      '/clips/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/clips/..%5Csecret.txt',
      '/clips/%2Fetc%2Fpasswd',
      '/clips//etc/passwd',
      '/clips/../secret.txt',
      `/clips/${hash}.mp4%2F..%2F..%2Fsecret.txt`,
      `/clips/${hash}.mp4%00.txt`,
      `/clips/${hash.toUpperCase()}.mp4`,
      `/clips/${hash}.MP4`,
      `/clips/${hash}.txt`,
      `/clips/${hash}.png`,
      `/clips/${hash.slice(1)}.mp4`,
      '/clips/secret.txt',
      `/clips/${'0'.repeat(64)}.mp4`,
    ]
    for (const attempt of attempts) {
      const response = await raw(server, attempt)
      expect(response.status, attempt).toBe(404)
      expect(response.headers['content-type'], attempt).toMatch(/application\/json/)
      expect(JSON.parse(response.body.toString()).error.code, attempt).toMatch(/not_found/)
      expect(response.body.toString(), attempt).not.toContain('outside the store')
    }
  })

  it('MEDIA-4 does not follow a symlink placed in the store under a valid name', async () => {
    const hash = 'd'.repeat(64)
    const shard = join(server.dataDir, MEDIA_DIR_NAME, 'dd', 'dd')
    await mkdir(shard, { recursive: true })
    await symlink(join(server.dataDir, 'secret.txt'), join(shard, `${hash}.mp4`))
    const response = await raw(server, `/clips/${hash}.mp4`)
    expect(response.status).toBe(404)
    expect(response.body.toString()).not.toContain('outside the store')
  })
})
