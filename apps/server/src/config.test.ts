import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, REPO_ROOT, loadConfig } from './config.js'

describe('configuration', () => {
  it('defaults: port 8787 on every interface, data and web build under the repository root', () => {
    expect(loadConfig({})).toEqual({
      port: 8787,
      host: '0.0.0.0',
      dataDir: resolve(REPO_ROOT, 'data'),
      webDist: resolve(REPO_ROOT, 'apps/web/dist'),
      maxMessageBytes: 8 * 1024 * 1024,
      compactEvery: 500,
      logLevel: 'info',
      maxUploadBytes: 200 * 1024 * 1024,
      previsConcurrency: 1,
      hostedConcurrency: 2,
      previsSlate: true,
      exportRetentionMs: 24 * 60 * 60 * 1000,
      mediaKeepMs: 7 * 24 * 60 * 60 * 1000,
      providerEnv: {},
    })
    expect(REPO_ROOT).toBe(resolve(import.meta.dirname, '../../..'))
  })

  it('reads every variable; empty values count as unset', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/boards',
      WEB_DIST: '/srv/web',
      MAX_MESSAGE_BYTES: '65536',
      COMPACT_EVERY: '20',
      LOG_LEVEL: 'debug',
      MAX_UPLOAD_BYTES: '1048576',
      PREVIS_CONCURRENCY: '2',
      HOSTED_CONCURRENCY: '3',
      PREVIS_SLATE: 'off',
      EXPORT_RETENTION_MINUTES: '90',
      MEDIA_KEEP_DAYS: '30',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
      UNRELATED: 'x',
    })
    expect(config).toEqual({
      port: 9000,
      host: '127.0.0.1',
      dataDir: '/tmp/boards',
      webDist: '/srv/web',
      maxMessageBytes: 65536,
      compactEvery: 20,
      logLevel: 'debug',
      maxUploadBytes: 1048576,
      previsConcurrency: 2,
      hostedConcurrency: 3,
      previsSlate: false,
      exportRetentionMs: 90 * 60 * 1000,
      mediaKeepMs: 30 * 24 * 60 * 60 * 1000,
      providerEnv: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
    })
    expect(loadConfig({ PORT: '', LOG_LEVEL: ' ' }).port).toBe(8787)
  })

  it('bad values stop the start with every problem named', () => {
    let error: unknown
    try {
      loadConfig({
        PORT: 'eighty',
        COMPACT_EVERY: '0',
        LOG_LEVEL: 'loud',
        MAX_MESSAGE_BYTES: '1.5',
        PREVIS_CONCURRENCY: '0',
        EXPORT_RETENTION_MINUTES: '0',
        MEDIA_KEEP_DAYS: '0',
        RUNWAYML_API_SECRET: 'key',
        RUNWAYML_BASE_URL: 'not a url',
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems
    expect(problems).toHaveLength(8)
    expect(problems.join('\n')).toMatch(/EXPORT_RETENTION_MINUTES="0": must be at least 1/)
    expect(problems.join('\n')).toMatch(/MEDIA_KEEP_DAYS="0": must be at least 1/)
    expect(problems.join('\n')).toMatch(/PREVIS_CONCURRENCY="0": must be at least 1/)
    expect(problems.join('\n')).toMatch(/RUNWAYML_BASE_URL must be an http\(s\) URL/)
    expect(problems.join('\n')).toMatch(/PORT="eighty": must be a number/)
    expect(problems.join('\n')).toMatch(/COMPACT_EVERY="0": must be at least 1/)
    expect(problems.join('\n')).toMatch(/LOG_LEVEL="loud"/)
    expect(problems.join('\n')).toMatch(/MAX_MESSAGE_BYTES="1.5": must be a whole number/)
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": must be at most 65535/)
  })

  it('reads every provider variable: key fallbacks, URL-only providers and their workflow files', () => {
    const config = loadConfig({
      GOOGLE_API_KEY: 'g-key',
      COMFYUI_URL: 'http://127.0.0.1:8188',
      UNRELATED: 'x',
    })
    expect(config.providerEnv).toEqual({
      GOOGLE_API_KEY: 'g-key',
      COMFYUI_URL: 'http://127.0.0.1:8188',
    })
    expect(() =>
      loadConfig({
        COMFYUI_URL: 'http://127.0.0.1:8188',
        COMFYUI_WORKFLOW: '/nonexistent/sceneboard-workflow.json',
      }),
    ).toThrow(/sceneboard-workflow\.json/)
  })
})
