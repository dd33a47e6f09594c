import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import {
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

let server: TestServer | null = null

afterEach(async () => {
  await server?.close()
  server = null
})

afterAll(removeTempDirs)

async function builtWebApp(): Promise<string> {
  const dist = await makeTempDir('sceneboard-web-')
  await mkdir(join(dist, 'assets'))
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><title>Sceneboard</title><div id="root"></div>',
  )
  await writeFile(join(dist, 'assets', 'index-3f2a1b.js'), 'console.log("app")')
  await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  return dist
}

describe('web app', () => {
  it('serves the build: index.html for the app routes, hashed assets cached for good', async () => {
    server = await startTestServer({ config: { webDist: await builtWebApp() } })
    for (const path of ['/', '/b/someBoard_1']) {
      const page = await fetch(`${server.url}${path}`)
      expect(page.status, path).toBe(200)
      expect(page.headers.get('content-type')).toMatch(/text\/html/)
      expect(page.headers.get('cache-control')).toBe('no-cache')
      expect(await page.text()).toContain('<div id="root">')
    }
    const asset = await fetch(`${server.url}/assets/index-3f2a1b.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await asset.text()).toContain('app')
    const icon = await fetch(`${server.url}/favicon.svg`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('cache-control')).not.toMatch(/immutable/)

    for (const path of ['/assets/missing.js', '/b/not%20an%20id', '/elsewhere']) {
      const missing = await fetch(`${server.url}${path}`)
      expect(missing.status, path).toBe(404)
      expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } })
    }
  })

  it('without a build, / says how to build the web app and the API still works', async () => {
    server = await startTestServer()
    for (const path of ['/', '/b/someBoard']) {
      const page = await fetch(`${server.url}${path}`)
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toMatch(/text\/html/)
      expect(await page.text()).toContain('pnpm build')
    }
    expect((await fetch(`${server.url}/api/boards`)).status).toBe(200)
  })
})
