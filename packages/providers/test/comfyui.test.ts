import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COMFYUI_DEFAULT_NEGATIVE, ComfyUIProvider } from '../src/comfyui.js'
import type { ComfyGraph } from '../src/comfyui-workflow.js'
import { enabledProviders } from '../src/registry.js'
import { FakeComfyUI } from './fakes/comfyui-fake.js'
import { PIXEL_PNG } from './fixtures/media.js'
import { InstantClock } from './instant-clock.js'
import { contractRequest, describeProviderContract, pollUntilDone } from './provider-contract.js'

describeProviderContract({
  name: 'comfyui',
  // Behind a proxy that wants a bearer token, so a refused key can be shown.
  startFake: () => FakeComfyUI.start('comfy-proxy-token'),
  create: (options) => new ComfyUIProvider(options),
  createPath: /^\/prompt$/,
  statusPath: /^\/history\/[^/]+$/,
  authMessage: 'Authentication required',
  cancel: { method: 'POST', path: /^\/queue$/ },
  idempotentCreate: true,
})

/** An API-format LTX-style workflow saved by a user, placeholders in its own places. */
const USER_WORKFLOW: ComfyGraph = {
  '1': {
    class_type: 'UNETLoader',
    inputs: { unet_name: 'ltx-video-2b.safetensors', weight_dtype: 'default' },
  },
  '2': { class_type: 'CLIPTextEncode', inputs: { text: '{{prompt}}, film grain', clip: ['1', 0] } },
  '3': { class_type: 'CLIPTextEncode', inputs: { text: '{{negative}}', clip: ['1', 0] } },
  '4': {
    class_type: 'EmptyHunyuanLatentVideo',
    inputs: { width: '{{width}}', height: '{{height}}', length: '{{frames}}', batch_size: 1 },
  },
  '5': {
    class_type: 'KSampler',
    inputs: {
      seed: '{{seed}}',
      steps: 20,
      cfg: 3,
      sampler_name: 'euler',
      scheduler: 'simple',
      denoise: 1,
      model: ['1', 0],
    },
  },
  '6': { class_type: 'VAEDecode', inputs: { samples: ['5', 0], vae: ['1', 0] } },
  '7': {
    class_type: 'VHS_VideoCombine',
    inputs: {
      images: ['6', 0],
      frame_rate: '{{fps}}',
      filename_prefix: 'shot',
      format: 'video/h264-mp4',
    },
  },
}

describe('comfyui adapter', () => {
  let fake: FakeComfyUI
  let provider: ComfyUIProvider
  const http = () => ({ clock: new InstantClock() })
  const prompts = () => fake.api.requestsTo('POST', /^\/prompt$/)
  const graphSent = (index = 0) => (prompts()[index]?.json as { prompt: ComfyGraph }).prompt
  beforeEach(async () => {
    fake = await FakeComfyUI.start()
    provider = new ComfyUIProvider({ baseUrl: fake.baseUrl, http: http() })
  })
  afterEach(() => fake.close())

  it('queues the built-in Wan 2.1 workflow filled from the spec, under a prompt id of its own', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    const sent = prompts()[0]?.json as {
      prompt: ComfyGraph
      client_id: unknown
      prompt_id: unknown
    }
    expect(sent.prompt_id).toBe(handle.remoteId)
    expect(sent.prompt_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(typeof sent.client_id).toBe('string')
    expect(sent.prompt['5']?.inputs.text).toBe('A lighthouse keeper winds the lamp clockwork.')
    expect(sent.prompt['6']?.inputs.text).toBe(COMFYUI_DEFAULT_NEGATIVE)
    expect(sent.prompt['7']?.inputs).toMatchObject({ width: 832, height: 480, length: 65 })
    expect(sent.prompt['8']?.inputs.seed).toBe(7)
    expect(sent.prompt['10']?.inputs.fps).toBe(16)
    expect(sent.prompt['11']).toMatchObject({ class_type: 'SaveVideo', inputs: { format: 'mp4' } })
  })

  it('fits a spec to the frames the workflow makes and says what changed', () => {
    const spec = defaultShotSpec({ subject: 'A gull', durationSeconds: 7, aspectRatio: '2.39:1' })
    const image = { bytes: PIXEL_PNG, mime: 'image/png' }
    const planned = provider.plan({ spec, prompt: 'A gull.', seed: 3, referenceImage: image })
    expect(planned).toMatchObject({
      durationSeconds: 5,
      size: { width: 832, height: 480 },
      seed: 3,
    })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'reference image not sent (wan2.1-t2v-1.3b takes none)',
      'duration 7 s -> 5 s',
      'aspect 2.39:1 -> 1.73:1 (832x480)',
    ])
    const square = defaultShotSpec({ subject: 'A gull', aspectRatio: '1:1' })
    expect(provider.plan({ spec: square, prompt: 'A gull.', seed: 3 }).size).toEqual({
      width: 624,
      height: 624,
    })
    const lastFrame = image
    const extend = contractRequest({ mode: 'extend', source: { providerId: 'comfyui', lastFrame } })
    expect(() => provider.plan(extend)).toThrow('ComfyUI wan2.1-t2v-1.3b cannot extend this take')
  })

  it.each([
    ['vhs', 'AnimateDiff-', ''],
    ['videos', 'final-', 'renders'],
    ['save-video', 'clip-', 'sceneboard'],
  ] as const)(
    'finds the video among %s outputs and downloads it from /view',
    async (shape, stem, folder) => {
      fake.outputShape = shape
      const handle = await provider.start(provider.plan(contractRequest()))
      await pollUntilDone(provider, handle)
      const clip = await provider.download(handle)
      expect(clip).toEqual({ video: { bytes: fake.video, mime: 'video/mp4' } })
      const [view] = fake.api.requestsTo('GET', /^\/view$/)
      expect(view?.query.get('filename')).toMatch(new RegExp(`^${stem}.*\\.mp4$`))
      expect(view?.query.get('subfolder')).toBe(folder)
      expect(view?.query.get('type')).toBe('output')
    },
  )

  it('fails a run that made no video, naming what it made', async () => {
    fake.outputShape = 'images-only'
    const handle = await provider.start(provider.plan(contractRequest()))
    const last = (await pollUntilDone(provider, handle)).at(-1)
    expect(last).toEqual({
      status: 'failed',
      error: `the workflow finished without a video output (made frame-${handle.remoteId}_00001_.png)`,
    })
  })

  it('reports an execution error with the node that raised it', async () => {
    fake.jobs.failNextJob('CUDA out of memory. Tried to allocate 2.00 GiB')
    const last = (
      await pollUntilDone(provider, await provider.start(provider.plan(contractRequest())))
    ).at(-1)
    expect(last).toEqual({
      status: 'failed',
      error: 'KSampler (node 8): CUDA out of memory. Tried to allocate 2.00 GiB',
    })
  })

  it('interrupts a running prompt, which then reads as canceled', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    await provider.poll(handle)
    expect((await provider.poll(handle)).status).toBe('running')
    await provider.cancel(handle)
    const [interrupt] = fake.api.requestsTo('POST', /^\/interrupt$/)
    expect(interrupt?.json).toEqual({ prompt_id: handle.remoteId })
    expect(await provider.poll(handle)).toEqual({ status: 'canceled' })
  })

  it('says when ComfyUI no longer knows a prompt, as after its restart', async () => {
    const handle = { providerId: 'comfyui', remoteId: 'gone-1', model: 'wan2.1-t2v-1.3b' }
    expect(await provider.poll(handle)).toEqual({
      status: 'failed',
      error: 'ComfyUI has no record of prompt gone-1 (it was restarted, or its history cleared)',
    })
  })

  it('follows a ComfyUI that answers with prompt ids of its own', async () => {
    fake.ignoreClientIds = true
    const handle = await provider.start(provider.plan(contractRequest()))
    expect(handle.remoteId).not.toBe((prompts()[0]?.json as { prompt_id: string }).prompt_id)
    expect((await pollUntilDone(provider, handle)).at(-1)?.status).toBe('succeeded')
  })

  describe('with a workflow of the user (COMFYUI_WORKFLOW)', () => {
    const withWorkflow = async (graph: unknown) => {
      const dir = await mkdtemp(join(tmpdir(), 'comfy-workflow-'))
      const file = join(dir, 'ltx-shot.json')
      await writeFile(file, JSON.stringify(graph))
      const env = { COMFYUI_URL: fake.baseUrl, COMFYUI_WORKFLOW: file }
      return enabledProviders(env, { http: http() })[0] as ComfyUIProvider
    }

    it('fills its placeholders: numbers as numbers, text spliced into longer strings', async () => {
      const user = await withWorkflow(USER_WORKFLOW)
      expect(user.describe()).toMatchObject({
        defaultModel: 'workflow',
        models: [{ id: 'workflow', label: 'Workflow ltx-shot.json' }],
      })
      const spec = defaultShotSpec({ subject: 'A gull', durationSeconds: 3, aspectRatio: '9:16' })
      const handle = await user.start(user.plan({ spec, prompt: 'A gull turns.', seed: 11 }))
      const graph = graphSent()
      expect(graph['2']?.inputs.text).toBe('A gull turns., film grain')
      expect(graph['4']?.inputs).toEqual({ width: 480, height: 832, length: 49, batch_size: 1 })
      expect(graph['5']?.inputs.seed).toBe(11)
      expect(graph['7']?.inputs.frame_rate).toBe(16)
      expect(handle.model).toBe('workflow')
    })

    it('shows what ComfyUI refused, node by node', async () => {
      const broken = {
        ...USER_WORKFLOW,
        '1': {
          class_type: 'UNETLoader',
          inputs: { unet_name: 'missing.safetensors', weight_dtype: 'default' },
        },
      }
      const user = await withWorkflow(broken)
      await expect(user.start(user.plan(contractRequest()))).rejects.toMatchObject({
        kind: 'invalid',
        status: 400,
        code: 'prompt_outputs_failed_validation',
        message:
          "Prompt outputs failed validation; UNETLoader (node 1): Value not in list: unet_name: 'missing.safetensors' not in ['wan2.1_t2v_1.3B_fp16.safetensors', 'ltx-video-2b.safetensors']",
      })
      expect(prompts()).toHaveLength(1)
    })
  })
})
