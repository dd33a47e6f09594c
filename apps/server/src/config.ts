/**
 * The server's configuration, read once from the environment and checked with zod, so a bad value
 * stops the process at boot with a message naming the variable instead of failing later.
 * Every variable is documented here and in apps/server/README.md.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
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
})

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  webDist: string
  maxMessageBytes: number
  compactEvery: number
  logLevel: (typeof LOG_LEVELS)[number]
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
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment')
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`
      }),
    )
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
  }
}
