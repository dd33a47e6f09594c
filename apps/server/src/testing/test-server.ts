/**
 * A real Sceneboard server for tests: createApp on port 0 with its SQLite file in a temporary
 * DATA_DIR. `restart()` closes it and starts a new one on the same data.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, type AppOptions, type SceneboardApp } from '../app.js'
import type { ServerConfig } from '../config.js'

export interface TestServerOptions {
  dataDir?: string
  config?: Partial<ServerConfig>
  app?: AppOptions
}

export interface TestServer {
  app: SceneboardApp
  url: string
  /** Base for y-websocket providers: `ws://host:port/sync` (the provider appends `/<boardId>`). */
  syncUrl: string
  dataDir: string
  /** Closes the server, then starts a new one on the same DATA_DIR (and the same options). */
  restart(overrides?: TestServerOptions): Promise<TestServer>
  close(): Promise<void>
}

const tempDirs = new Set<string>()

export async function makeTempDir(prefix = 'sceneboard-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  tempDirs.add(dir)
  return dir
}

/** Removes every folder made by makeTempDir (call in afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all([...tempDirs].map((dir) => rm(dir, { recursive: true, force: true })))
  tempDirs.clear()
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeTempDir())
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    webDist: join(dataDir, 'no-web-build'),
    maxMessageBytes: 1024 * 1024,
    compactEvery: 500,
    logLevel: 'silent',
    maxUploadBytes: 16 * 1024 * 1024,
    previsConcurrency: 1,
    hostedConcurrency: 2,
    previsSlate: false,
    providerEnv: {},
    ...options.config,
  }
  const app = createApp(config, {
    roomUnloadDelayMs: 20,
    heartbeatMs: 0,
    cardArrivalMs: 500,
    ...options.app,
  })
  const url = await app.listen()
  return {
    app,
    url,
    syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
    dataDir,
    async restart(overrides = {}) {
      await app.close()
      return startTestServer({ ...options, ...overrides, dataDir })
    },
    close: () => app.close(),
  }
}

/** Creates a board through the HTTP API and returns its id. */
export async function createBoardOver(url: string, body: object = {}): Promise<string> {
  const response = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 201) throw new Error(`creating a board answered ${response.status}`)
  return ((await response.json()) as { id: string }).id
}
