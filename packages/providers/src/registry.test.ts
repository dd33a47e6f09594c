import { describe, expect, it } from 'vitest'
import { PROVIDER_ENV_VARS, enabledProviders, providerFor } from './registry.js'

const KEYS = {
  OPENAI_API_KEY: 'sk-openai-secret',
  RUNWAYML_API_SECRET: 'key_runway_secret',
  LUMAAI_API_KEY: 'luma-secret',
  GEMINI_API_KEY: 'AIza-gemini-secret',
  COMFYUI_URL: 'http://127.0.0.1:8188',
  COMFYUI_API_KEY: 'comfy-proxy-secret',
}
const SECRETS = Object.entries(KEYS)
  .filter(([name]) => name !== 'COMFYUI_URL')
  .map(([, value]) => value)

describe('enabledProviders', () => {
  it('enables nothing without keys or a self-hosted URL', () => {
    expect(enabledProviders({})).toEqual([])
    expect(
      enabledProviders({ OPENAI_API_KEY: '  ', OPENAI_BASE_URL: 'https://gateway.example' }),
    ).toEqual([])
    expect(enabledProviders({ COMFYUI_API_KEY: 'token' })).toEqual([])
  })

  it('enables exactly the hosted providers whose key is set, and ComfyUI by its URL', () => {
    expect(
      enabledProviders({ RUNWAYML_API_SECRET: KEYS.RUNWAYML_API_SECRET }).map((p) => p.id),
    ).toEqual(['runway'])
    expect(enabledProviders({ COMFYUI_URL: 'http://gpu-box:8188' }).map((p) => p.id)).toEqual([
      'comfyui',
    ])
    expect(enabledProviders(KEYS).map((p) => p.id)).toEqual([
      'openai-videos',
      'runway',
      'luma',
      'gemini-veo',
      'comfyui',
    ])
  })

  it('takes the Gemini key from GOOGLE_API_KEY when GEMINI_API_KEY is unset', () => {
    expect(enabledProviders({ GOOGLE_API_KEY: 'AIza-google' }).map((p) => p.id)).toEqual([
      'gemini-veo',
    ])
  })

  it('never exposes a key in what it describes or serialises', () => {
    for (const provider of enabledProviders(KEYS)) {
      const seen = JSON.stringify([provider.describe(), provider, Object.entries(provider)])
      for (const key of SECRETS) expect(seen).not.toContain(key)
    }
  })

  it('stops with one clear message for every unusable value', () => {
    const env = {
      ...KEYS,
      OPENAI_BASE_URL: 'api.example.com/v1',
      LUMAAI_BASE_URL: 'ftp://x',
      COMFYUI_URL: 'localhost:8188',
    }
    expect(() => enabledProviders(env)).toThrow(
      'Provider configuration: OPENAI_BASE_URL must be an http(s) URL, got "api.example.com/v1"; ' +
        'LUMAAI_BASE_URL must be an http(s) URL, got "ftp://x"; ' +
        'COMFYUI_URL must be an http(s) URL, got "localhost:8188"',
    )
    expect(() =>
      enabledProviders({ COMFYUI_URL: KEYS.COMFYUI_URL, COMFYUI_WORKFLOW: '/no/such/flow.json' }),
    ).toThrow(
      'Provider configuration: COMFYUI_WORKFLOW (/no/such/flow.json) cannot be read: ENOENT',
    )
  })

  it('lists every variable a server should pass on', () => {
    expect(PROVIDER_ENV_VARS).toEqual([
      'OPENAI_API_KEY',
      'OPENAI_BASE_URL',
      'RUNWAYML_API_SECRET',
      'RUNWAYML_BASE_URL',
      'LUMAAI_API_KEY',
      'LUMAAI_BASE_URL',
      'GEMINI_API_KEY',
      'GOOGLE_API_KEY',
      'GOOGLE_GEMINI_BASE_URL',
      'COMFYUI_API_KEY',
      'COMFYUI_URL',
      'COMFYUI_WORKFLOW',
    ])
  })

  it('finds the provider of a persisted handle', () => {
    const providers = enabledProviders(KEYS)
    expect(providerFor({ providerId: 'luma', remoteId: 'g1', model: 'ray-2' }, providers)?.id).toBe(
      'luma',
    )
    expect(
      providerFor({ providerId: 'gone', remoteId: 'x', model: 'm' }, providers),
    ).toBeUndefined()
  })
})
