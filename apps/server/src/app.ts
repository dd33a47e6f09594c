/**
 * Builds the Sceneboard server without starting it: one fastify instance serving the HTTP API,
 * the built web app and, on the same port, the sync endpoint (WebSocket upgrades on /sync/<id>).
 * `main.ts` starts it; tests call `createApp` with a temporary DATA_DIR and port 0.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import type { HttpTuning, VideoProvider } from '@sceneboard/providers'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { boardGuard } from './board-doc/board-guard.js'
import type { ServerConfig } from './config.js'
import { registerBoardRoutes } from './http/board-routes.js'
import { registerClipRoutes } from './http/clip-routes.js'
import { errorBody, registerErrorHandlers } from './http/errors.js'
import { registerExportRoutes } from './http/export-routes.js'
import { registerJobRoutes } from './http/job-routes.js'
import { registerUploadRoutes } from './http/upload-routes.js'
import { registerWebApp } from './http/web-app-routes.js'
import type { JobQueue } from './jobs/job-queue.js'
import type { JobStorage } from './jobs/job-storage.js'
import { createJobSystem } from './jobs/job-system.js'
import { MemoryJobStorage } from './jobs/memory-job-storage.js'
import type { ProviderRegistry } from './jobs/providers/provider-registry.js'
import { SqliteJobStorage } from './jobs/sqlite-job-storage.js'
import { FileMediaStore, type MediaStore } from './media/media-store.js'
import { MediaCollector } from './media/media-collector.js'
import { boardPersistence } from './persistence/board-persistence.js'
import type { BoardStorage } from './storage/board-storage.js'
import { SQLITE_FILE_NAME, openSqliteDatabase } from './storage/sqlite-database.js'
import { SqliteBoardStorage } from './storage/sqlite-storage.js'
import type { SyncHooks } from './sync/hooks.js'
import { SyncServer } from './sync/sync-server.js'
import { BoardTakes } from './takes/board-takes.js'

/** The media store's folder inside DATA_DIR. */
export const MEDIA_DIR_NAME = 'media'
export { RENDERS_DIR_NAME } from './jobs/job-system.js'

export interface AppOptions {
  /** Storage to use instead of the SQLite file in DATA_DIR (tests, other backends). */
  storage?: BoardStorage
  /** How long an empty room stays loaded (default 1 s). */
  roomUnloadDelayMs?: number
  /** WebSocket ping interval (default 30 s). */
  heartbeatMs?: number
  /** How long a claimed awareness client id's connection has to answer a ping (default 2.5 s). */
  awarenessClaimGraceMs?: number
  /** Extensions run after the built-in ones (validation, persistence). */
  extraHooks?: readonly SyncHooks[]
  /** Media store to use instead of the folder DATA_DIR/media. */
  media?: MediaStore
  /**
   * Job storage to use instead of the SQLite file (default: the SQLite file, or memory when
   * `storage` is given).
   */
  jobStorage?: JobStorage
  /** Hosted providers to use instead of those enabled by keys in `config.providerEnv`. */
  hostedProviders?: readonly VideoProvider[]
  /** Timeouts, retries and test doubles for the hosted adapters enabled from the environment. */
  providerHttp?: HttpTuning
  /** Poll interval for every provider instead of its own (tests). */
  pollIntervalMs?: number
  /** Least time between two stored progress values of a job (default 500 ms). */
  progressIntervalMs?: number
  /** How long a request naming a card the board does not hold yet waits for it (default 3 s). */
  cardArrivalMs?: number
}

export interface SceneboardApp {
  readonly server: FastifyInstance
  readonly storage: BoardStorage
  readonly sync: SyncServer
  readonly media: MediaStore
  readonly takes: BoardTakes
  readonly jobStorage: JobStorage
  readonly jobs: JobQueue
  readonly providers: ProviderRegistry
  /** Base URL (http://host:port) once listening. */
  readonly url: string
  listen(): Promise<string>
  /**
   * Stops running jobs (they resume on the next start), closes clients (1001), stores and
   * compacts every open board, then closes storage.
   */
  close(): Promise<void>
}

function rejectUpgrade(socket: Duplex, path: string): void {
  const body = JSON.stringify(errorBody('not_found', `no WebSocket endpoint at ${path}`))
  socket.on('error', () => {})
  socket.end(
    'HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

export function createApp(config: ServerConfig, options: AppOptions = {}): SceneboardApp {
  const server = Fastify({
    logger: { level: config.logLevel },
    // Errors are logged; one line per request would drown them.
    logController: new LogController({ disableRequestLogging: true }),
  })
  const database = options.storage
    ? null
    : openSqliteDatabase(join(config.dataDir, SQLITE_FILE_NAME))
  const storage = options.storage ?? new SqliteBoardStorage(database!)
  const jobStorage =
    options.jobStorage ?? (database ? new SqliteJobStorage(database) : new MemoryJobStorage())
  const guard = boardGuard(server.log)
  const persistence = boardPersistence(storage, {
    compactEvery: config.compactEvery,
    summarize: (doc) => guard.summaryOf(doc),
    logger: server.log,
  })
  const sync = new SyncServer({
    hooks: [guard, persistence, ...(options.extraHooks ?? [])],
    maxMessageBytes: config.maxMessageBytes,
    unloadDelayMs: options.roomUnloadDelayMs,
    heartbeatMs: options.heartbeatMs,
    claimGraceMs: options.awarenessClaimGraceMs,
    logger: server.log,
  })

  const media = options.media ?? new FileMediaStore(join(config.dataDir, MEDIA_DIR_NAME))
  // Media nothing uses any more is removed after a while (MEDIA-7); only from a folder store.
  const collector =
    media instanceof FileMediaStore
      ? new MediaCollector({
          root: media.root,
          boards: storage,
          jobs: jobStorage,
          logger: server.log,
          keepMs: config.mediaKeepMs,
        })
      : null
  const takes = new BoardTakes(sync, options.cardArrivalMs ?? 3_000)

  const {
    providers,
    queue: jobs,
    service: jobService,
    exports,
    ledger,
    rendersDir,
  } = createJobSystem({
    config,
    storage: jobStorage,
    boards: storage,
    takes,
    media,
    sync,
    logger: server.log,
    hostedProviders: options.hostedProviders,
    providerHttp: options.providerHttp,
    pollIntervalMs: options.pollIntervalMs,
    progressIntervalMs: options.progressIntervalMs,
  })

  let url: string | null = null
  let closing: Promise<void> | null = null

  // A JSON API: a text/plain body is refused (415) instead of reaching the routes as a string.
  server.removeContentTypeParser('text/plain')
  registerErrorHandlers(server)
  server.get('/healthz', async (_request, reply) =>
    closing ? reply.code(503).send({ status: 'closing' }) : { status: 'ok' },
  )
  registerBoardRoutes(server, storage, sync)
  registerClipRoutes(server, media)
  registerUploadRoutes(server, { storage, media, takes, maxUploadBytes: config.maxUploadBytes })
  registerJobRoutes(server, jobService, providers, (job) => exports.fileOf(job))
  registerExportRoutes(server, { storage, sync, exports, ledger, queue: jobs })
  registerWebApp(server, config.webDist)

  server.server.on('upgrade', (request, socket, head) => {
    if (closing) return void socket.destroy()
    if (!sync.handleUpgrade(request, socket, head)) {
      rejectUpgrade(socket, new URL(request.url ?? '/', 'http://localhost').pathname)
    }
  })

  return {
    server,
    storage,
    sync,
    media,
    takes,
    jobStorage,
    jobs,
    providers,
    get url() {
      if (!url) throw new Error('the app is not listening yet')
      return url
    },
    async listen() {
      await media.init()
      await rm(rendersDir, { recursive: true, force: true })
      await server.listen({ port: config.port, host: config.host })
      const address = server.server.address()
      const port = typeof address === 'object' && address ? address.port : config.port
      const anyHost = config.host === '0.0.0.0' || config.host === '::'
      const host = anyHost
        ? 'localhost'
        : config.host.includes(':')
          ? `[${config.host}]`
          : config.host
      url = `http://${host}:${port}`
      await jobs.start()
      // The first sweep reads every board: off the start-up path.
      void collector?.start()
      return url
    },
    close() {
      closing ??= (async () => {
        await collector?.stop()
        await jobs.close()
        await sync.close()
        await persistence.idle()
        await server.close()
        await jobStorage.close()
        await storage.close()
      })()
      return closing
    },
  }
}
