/**
 * Which providers this server can use: each hosted provider is switched on by its key in the
 * environment, with an optional base URL (for gateways and for tests). Keys stay inside the
 * adapters' private fields; `describe()` and error messages never carry them.
 */
import type { HttpTuning } from './http-client.js'
import { LUMA_DEFAULT_BASE_URL, LumaProvider } from './luma.js'
import { OPENAI_DEFAULT_BASE_URL, OpenAIVideosProvider } from './openai-videos.js'
import type { RemoteHandle, VideoProvider } from './provider.js'
import { RUNWAY_DEFAULT_BASE_URL, RunwayProvider } from './runway.js'

export type ProviderEnv = Readonly<Record<string, string | undefined>>

interface ProviderSetting {
  id: string
  keyVar: string
  urlVar: string
  defaultUrl: string
  create(apiKey: string, baseUrl: string, http: HttpTuning | undefined): VideoProvider
}

/** The environment each hosted provider reads; also what the README documents. */
export const PROVIDER_SETTINGS: readonly ProviderSetting[] = [
  {
    id: 'openai-videos',
    keyVar: 'OPENAI_API_KEY',
    urlVar: 'OPENAI_BASE_URL',
    defaultUrl: OPENAI_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new OpenAIVideosProvider({ apiKey, baseUrl, ...opt(http) }),
  },
  {
    id: 'runway',
    keyVar: 'RUNWAYML_API_SECRET',
    urlVar: 'RUNWAYML_BASE_URL',
    defaultUrl: RUNWAY_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new RunwayProvider({ apiKey, baseUrl, ...opt(http) }),
  },
  {
    id: 'luma',
    keyVar: 'LUMAAI_API_KEY',
    urlVar: 'LUMAAI_BASE_URL',
    defaultUrl: LUMA_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new LumaProvider({ apiKey, baseUrl, ...opt(http) }),
  },
]

const opt = (http: HttpTuning | undefined) => (http ? { http } : {})

export interface RegistryOptions {
  /** Timeouts, retries and test doubles for every enabled adapter. */
  http?: HttpTuning
}

/**
 * The hosted providers whose key is set, in a stable order. Throws one Error naming every
 * malformed base URL, so a misconfigured server stops at boot rather than at the first job.
 */
export function enabledProviders(env: ProviderEnv, options: RegistryOptions = {}): VideoProvider[] {
  const problems: string[] = []
  const providers: VideoProvider[] = []
  for (const setting of PROVIDER_SETTINGS) {
    const key = env[setting.keyVar]?.trim()
    if (!key) continue
    const baseUrl = env[setting.urlVar]?.trim() || setting.defaultUrl
    if (!isHttpUrl(baseUrl)) {
      problems.push(`${setting.urlVar} must be an http(s) URL, got "${baseUrl}"`)
      continue
    }
    providers.push(setting.create(key, baseUrl, options.http))
  }
  if (problems.length > 0) throw new Error(`Provider configuration: ${problems.join('; ')}`)
  return providers
}

/** The provider a persisted handle belongs to, when it is still enabled. */
export function providerFor(
  handle: RemoteHandle,
  providers: readonly VideoProvider[],
): VideoProvider | undefined {
  return providers.find((provider) => provider.id === handle.providerId)
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
