/**
 * Which providers this server can use. A hosted API is switched on by its key in the environment
 * (with an optional base URL, for gateways and for tests); a self-hosted server such as ComfyUI
 * by its URL alone (its key, if any, then optional). Keys stay inside the adapters' private
 * fields; `describe()` and error messages never carry them.
 */
import { ComfyUIProvider } from './comfyui.js'
import { loadWorkflowFile } from './comfyui-workflow.js'
import { GEMINI_DEFAULT_BASE_URL, GeminiVeoProvider } from './gemini-veo.js'
import type { HttpTuning } from './http-client.js'
import { LUMA_DEFAULT_BASE_URL, LumaProvider } from './luma.js'
import { OPENAI_DEFAULT_BASE_URL, OpenAIVideosProvider } from './openai-videos.js'
import type { RemoteHandle, VideoProvider } from './provider.js'
import { RUNWAY_DEFAULT_BASE_URL, RunwayProvider } from './runway.js'

export type ProviderEnv = Readonly<Record<string, string | undefined>>

interface SettingBase {
  id: string
  /** The variable holding the key. */
  keyVar: string
  /** Read in order when `keyVar` is unset. */
  keyFallbackVars?: readonly string[]
  urlVar: string
  /** Further variables the adapter reads (a workflow file ...). */
  optionVars?: readonly string[]
}

/** A hosted API: on when its key is set; the base URL defaults to the public API. */
export interface KeyedProviderSetting extends SettingBase {
  enabledBy: 'key'
  defaultUrl: string
  create(apiKey: string, baseUrl: string, http: HttpTuning | undefined): VideoProvider
}

/**
 * A self-hosted server: on when its URL is set, the key optional. `create` may throw an Error
 * naming a variable whose value it cannot use; the registry reports it at boot.
 */
export interface UrlProviderSetting extends SettingBase {
  enabledBy: 'url'
  create(settings: {
    baseUrl: string
    apiKey: string | undefined
    env: ProviderEnv
    http: HttpTuning | undefined
  }): VideoProvider
}

export type ProviderSetting = KeyedProviderSetting | UrlProviderSetting

const opt = (http: HttpTuning | undefined) => (http ? { http } : {})

/** The environment each provider reads; also what the README documents. */
export const PROVIDER_SETTINGS: readonly ProviderSetting[] = [
  {
    id: 'openai-videos',
    enabledBy: 'key',
    keyVar: 'OPENAI_API_KEY',
    urlVar: 'OPENAI_BASE_URL',
    defaultUrl: OPENAI_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new OpenAIVideosProvider({ apiKey, baseUrl, ...opt(http) }),
  },
  {
    id: 'runway',
    enabledBy: 'key',
    keyVar: 'RUNWAYML_API_SECRET',
    urlVar: 'RUNWAYML_BASE_URL',
    defaultUrl: RUNWAY_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new RunwayProvider({ apiKey, baseUrl, ...opt(http) }),
  },
  {
    id: 'luma',
    enabledBy: 'key',
    keyVar: 'LUMAAI_API_KEY',
    urlVar: 'LUMAAI_BASE_URL',
    defaultUrl: LUMA_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new LumaProvider({ apiKey, baseUrl, ...opt(http) }),
  },
  {
    id: 'gemini-veo',
    enabledBy: 'key',
    keyVar: 'GEMINI_API_KEY',
    keyFallbackVars: ['GOOGLE_API_KEY'],
    urlVar: 'GOOGLE_GEMINI_BASE_URL',
    defaultUrl: GEMINI_DEFAULT_BASE_URL,
    create: (apiKey, baseUrl, http) => new GeminiVeoProvider({ apiKey, baseUrl, ...opt(http) }),
  },
  {
    id: 'comfyui',
    enabledBy: 'url',
    keyVar: 'COMFYUI_API_KEY',
    urlVar: 'COMFYUI_URL',
    optionVars: ['COMFYUI_WORKFLOW'],
    create: ({ baseUrl, apiKey, env, http }) => {
      const file = env.COMFYUI_WORKFLOW?.trim()
      return new ComfyUIProvider({
        baseUrl,
        ...(apiKey ? { apiKey } : {}),
        ...(file ? { workflow: loadWorkflowFile(file) } : {}),
        ...opt(http),
      })
    },
  },
]

/** Every variable a provider reads, in the order above: what a server passes to `enabledProviders`. */
export const PROVIDER_ENV_VARS: readonly string[] = PROVIDER_SETTINGS.flatMap((setting) => [
  setting.keyVar,
  ...(setting.keyFallbackVars ?? []),
  setting.urlVar,
  ...(setting.optionVars ?? []),
])

export interface RegistryOptions {
  /** Timeouts, retries and test doubles for every enabled adapter. */
  http?: HttpTuning
}

/**
 * The providers whose key (or, for a self-hosted server, URL) is set, in a stable order. Throws
 * one Error naming every unusable value (a malformed URL, an unreadable workflow file), so a
 * misconfigured server stops at boot rather than at the first job.
 */
export function enabledProviders(env: ProviderEnv, options: RegistryOptions = {}): VideoProvider[] {
  const problems: string[] = []
  const providers: VideoProvider[] = []
  const read = (name: string) => env[name]?.trim() || undefined
  for (const setting of PROVIDER_SETTINGS) {
    const apiKey = [setting.keyVar, ...(setting.keyFallbackVars ?? [])].map(read).find(Boolean)
    const url = read(setting.urlVar)
    if (setting.enabledBy === 'key' ? !apiKey : !url) continue
    const baseUrl = url ?? (setting.enabledBy === 'key' ? setting.defaultUrl : '')
    if (!isHttpUrl(baseUrl)) {
      problems.push(`${setting.urlVar} must be an http(s) URL, got "${baseUrl}"`)
      continue
    }
    try {
      providers.push(
        setting.enabledBy === 'key'
          ? setting.create(apiKey ?? '', baseUrl, options.http)
          : setting.create({ baseUrl, apiKey, env, http: options.http }),
      )
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
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
