/**
 * The generation side of the server, wired together: providers (previs and the enabled hosted
 * adapters), the ledger, the runner, the queue and the service the HTTP routes call. `createApp`
 * builds it once; `queue.start()` resumes unfinished jobs, `queue.close()` stops them.
 */
import { join } from 'node:path'
import { enabledProviders, type HttpTuning, type VideoProvider } from '@sceneboard/providers'
import type { ServerConfig } from '../config.js'
import type { MediaStore } from '../media/media-store.js'
import type { BoardStorage } from '../storage/board-storage.js'
import type { SyncLogger } from '../sync/sync-logger.js'
import type { SyncServer } from '../sync/sync-server.js'
import type { BoardTakes } from '../takes/board-takes.js'
import { EXPORTS_DIR_NAME, ExportJobs } from './export-jobs.js'
import { JobLedger } from './job-ledger.js'
import { JobQueue } from './job-queue.js'
import { JobRunner } from './job-runner.js'
import { JobService } from './job-service.js'
import type { JobStorage } from './job-storage.js'
import { PrevisProvider } from './providers/previs-provider.js'
import { ProviderRegistry } from './providers/provider-registry.js'

/** Previs renders in progress, inside DATA_DIR (cleared on start). */
export const RENDERS_DIR_NAME = 'renders'

export interface JobSystemOptions {
  config: ServerConfig
  storage: JobStorage
  boards: BoardStorage
  takes: BoardTakes
  media: MediaStore
  /** The rooms export jobs read their boards through. */
  sync: SyncServer
  logger: SyncLogger
  /** Hosted providers to use instead of those enabled by keys in `config.providerEnv`. */
  hostedProviders?: readonly VideoProvider[]
  /** Timeouts, retries and test doubles for the hosted adapters enabled from the environment. */
  providerHttp?: HttpTuning
  /** Poll interval for every provider instead of its own (tests). */
  pollIntervalMs?: number
  /** Least time between two stored progress values of a job (default 500 ms). */
  progressIntervalMs?: number
}

export interface JobSystem {
  providers: ProviderRegistry
  queue: JobQueue
  service: JobService
  ledger: JobLedger
  /** Export jobs (provider "export"), run by the same queue. */
  exports: ExportJobs
  /** Folder of previs renders in progress. */
  rendersDir: string
}

export function createJobSystem(options: JobSystemOptions): JobSystem {
  const { config, storage, takes, media, logger } = options
  const rendersDir = join(config.dataDir, RENDERS_DIR_NAME)
  const hosted =
    options.hostedProviders ??
    enabledProviders(config.providerEnv, options.providerHttp ? { http: options.providerHttp } : {})
  const providers = new ProviderRegistry({
    previs: new PrevisProvider({ workDir: rendersDir }),
    previsConcurrency: config.previsConcurrency,
    hosted,
    hostedConcurrency: config.hostedConcurrency,
    pollIntervalMs: options.pollIntervalMs,
  })
  const ledger = new JobLedger(storage, takes, logger)
  const runner = new JobRunner({
    registry: providers,
    ledger,
    media,
    logger,
    progressIntervalMs: options.progressIntervalMs ?? 500,
    previsSlate: config.previsSlate,
  })
  const exports = new ExportJobs({
    sync: options.sync,
    media,
    ledger,
    logger,
    exportsDir: join(config.dataDir, EXPORTS_DIR_NAME),
    progressIntervalMs: options.progressIntervalMs ?? 500,
    retentionMs: config.exportRetentionMs,
  })
  const queue = new JobQueue({ storage, ledger, runner, registry: providers, logger, exports })
  const service = new JobService({
    registry: providers,
    ledger,
    queue,
    boards: options.boards,
    takes,
    media,
    previsSlate: config.previsSlate,
  })
  return { providers, queue, service, exports, ledger, rendersDir }
}
