import { describe, expect, it } from 'vitest'
import { enabledProviders, providerFor } from './registry.js'

const KEYS = {
  OPENAI_API_KEY: 'sk-openai-secret',
  RUNWAYML_API_SECRET: 'key_runway_secret',
  LUMAAI_API_KEY: 'luma-secret',
}

describe('enabledProviders', () => {
  it('enables nothing without keys', () => {
    expect(enabledProviders({})).toEqual([])
    expect(
      enabledProviders({ OPENAI_API_KEY: '  ', OPENAI_BASE_URL: 'https://gateway.example' }),
    ).toEqual([])
  })

  it('enables exactly the providers whose key is set', () => {
    expect(
      enabledProviders({ RUNWAYML_API_SECRET: KEYS.RUNWAYML_API_SECRET }).map((p) => p.id),
    ).toEqual(['runway'])
    expect(enabledProviders(KEYS).map((p) => p.id)).toEqual(['openai-videos', 'runway', 'luma'])
  })

  it('never exposes a key in what it describes or serialises', () => {
    for (const provider of enabledProviders(KEYS)) {
      const seen = JSON.stringify([provider.describe(), provider, Object.entries(provider)])
      for (const key of Object.values(KEYS)) expect(seen).not.toContain(key)
    }
  })

  it('stops with one clear message for malformed base URLs', () => {
    const env = { ...KEYS, OPENAI_BASE_URL: 'api.example.com/v1', LUMAAI_BASE_URL: 'ftp://x' }
    expect(() => enabledProviders(env)).toThrow(
      'Provider configuration: OPENAI_BASE_URL must be an http(s) URL, got "api.example.com/v1"; ' +
        'LUMAAI_BASE_URL must be an http(s) URL, got "ftp://x"',
    )
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
