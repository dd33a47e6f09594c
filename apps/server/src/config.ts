/**
 * The server's configuration, read once from the environment and checked with zod, so a bad value
 * stops the process at boot with a message naming the variable instead of failing later.
 * Every variable is documented here and in apps/server/README.md.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROVIDER_ENV_VARS, enabledProviders } from '@sceneboard/providers'
import { z } from 'zod'

/** The repository root, found from this file's location so the defaults do not depend on cwd. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

const MEBIBYTE = 1024 * 1024

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)

const envSchema = z.object({
  /** TCP port for HTTP, the web app and the sync endpoint (0 picks a free port). */
  PORT: integer(0, 65535).default(8787),
  /** Interface to listen on; 0.0.0.0 serves the whole network, 127.0.0.1 only this machine. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Folder for the SQLite database (created when missing). Relative paths start at cwd. */
  DATA_DIR: z.string().min(1).default(resolve(REPO_ROOT, 'data')),
  /** The built web app (`pnpm build` writes it); `/` explains how to build it when missing. */
  WEB_DIST: z.string().min(1).default(resolve(REPO_ROOT, 'apps/web/dist')),
  /** Largest WebSocket frame accepted on the sync endpoint; a larger one closes with 4413. */
  MAX_MESSAGE_BYTES: integer(1024, 1024 * MEBIBYTE).default(8 * MEBIBYTE),
  /** Stored updates of one board between two snapshots (compaction also runs on room unload). */
  COMPACT_EVERY: integer(1, 1_000_000).default(500),
  /** Log verbosity of the server's JSON log lines on stdout. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Largest upload (a file dropped on the canvas or on a card); a larger one answers 413. */
  MAX_UPLOAD_BYTES: integer(1, 64 * 1024 * MEBIBYTE).default(200 * MEBIBYTE),
  /** Previs renders run at once (each uses about one core for drawing and one for encoding). */
  PREVIS_CONCURRENCY: integer(1, 64).default(1),
  /** Jobs of each hosted provider running at once (they wait on the provider, not on this machine). */
  HOSTED_CONCURRENCY: integer(1, 64).default(2),
  /** Whether previs clips carry the slate (shot number, camera move, lens, timecode). */
  PREVIS_SLATE: z
    .enum(['1', '0', 'true', 'false', 'on', 'off'], {
      error: 'must be on or off (1/0, true/false)',
    })
    .default('on'),
  /** Minutes a finished export's file is kept for download before it is removed (EXP-7). */
  EXPORT_RETENTION_MINUTES: integer(1, 366 * 24 * 60).default(24 * 60),
  /** Days a media file nothing uses any more is kept before it is removed (MEDIA-7). */
  MEDIA_KEEP_DAYS: integer(1, 3650).default(7),
})

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  webDist: string
  maxMessageBytes: number
  compactEvery: number
  logLevel: (typeof LOG_LEVELS)[number]
  maxUploadBytes: number
  previsConcurrency: number
  hostedConcurrency: number
  previsSlate: boolean
  /**
   * How long a finished export's file is kept (EXPORT_RETENTION_MINUTES); a configuration built
   * by hand without it keeps exports for the default 24 hours.
   */
  exportRetentionMs?: number
  /**
   * How long a media file out of use is kept (MEDIA_KEEP_DAYS); a configuration built by hand
   * without it keeps them for the default 7 days.
   */
  mediaKeepMs?: number
  /**
   * The hosted providers' variables (keys, base URLs, workflow files; PROVIDER_ENV_VARS in
   * packages/providers), for `enabledProviders`. Keys never leave the server.
   */
  providerEnv: Record<string, string>
}

/** The hosted providers' variables that are set, checked the way the adapters will read them. */
function readProviderEnv(env: NodeJS.ProcessEnv): {
  values: Record<string, string>
  problems: string[]
} {
  const values: Record<string, string> = {}
  for (const name of PROVIDER_ENV_VARS) {
    const value = env[name]
    if (value !== undefined && value.trim() !== '') values[name] = value.trim()
  }
  try {
    enabledProviders(values)
    return { values, problems: [] }
  } catch (error) {
    return { values, problems: [error instanceof Error ? error.message : String(error)] }
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid server configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Parses the environment (empty values count as unset). Throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ''),
  )
  const parsed = envSchema.safeParse(present)
  const providers = readProviderEnv(env)
  if (!parsed.success || providers.problems.length > 0) {
    throw new ConfigError([
      ...(parsed.error?.issues ?? []).map((issue) => {
        const name = String(issue.path[0] ?? 'environment')
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`
      }),
      ...providers.problems,
    ])
  }
  const values = parsed.data
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: resolve(values.DATA_DIR),
    webDist: resolve(values.WEB_DIST),
    maxMessageBytes: values.MAX_MESSAGE_BYTES,
    compactEvery: values.COMPACT_EVERY,
    logLevel: values.LOG_LEVEL,
    maxUploadBytes: values.MAX_UPLOAD_BYTES,
    previsConcurrency: values.PREVIS_CONCURRENCY,
    hostedConcurrency: values.HOSTED_CONCURRENCY,
    previsSlate: ['1', 'true', 'on'].includes(values.PREVIS_SLATE),
    exportRetentionMs: values.EXPORT_RETENTION_MINUTES * 60_000,
    mediaKeepMs: values.MEDIA_KEEP_DAYS * 24 * 60 * 60_000,
    providerEnv: providers.values,
  }
}
