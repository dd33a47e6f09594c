/**
 * A fake ComfyUI server: POST /prompt validates the API-format graph the way ComfyUI does (known
 * node types, required inputs, INT inputs that are numbers, model files that are installed, an
 * output node) and answers {prompt_id, number, node_errors} or ComfyUI's error body; the prompt
 * then waits in /queue (pending, then running) and lands in /history with its outputs, or with
 * status "error" and an execution_error or execution_interrupted message. /view serves the files.
 * ComfyUI has no keys; given one, the fake stands for an authenticating proxy in front of it.
 */
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { WAN_T2V_FILES } from '../../src/comfyui-workflow.js'
import { CLIP_MP4, POSTER_JPG } from '../fixtures/media.js'
import { FakeHttpServer, bearer, sendBytes, sendJson, type RecordedRequest } from './fake-http.js'
import { FakeJobs, phaseOf, type FakeJob } from './fake-jobs.js'

interface NodeRules {
  required: string[]
  /** Inputs ComfyUI converts to INT, failing on anything else. */
  ints?: string[]
  /** Inputs that name an installed model file. */
  files?: Record<string, string[]>
  output?: boolean
}

const NODES: Record<string, NodeRules> = {
  UNETLoader: {
    required: ['unet_name', 'weight_dtype'],
    files: { unet_name: [WAN_T2V_FILES.diffusionModel, 'ltx-video-2b.safetensors'] },
  },
  CLIPLoader: {
    required: ['clip_name', 'type'],
    files: { clip_name: [WAN_T2V_FILES.textEncoder] },
  },
  VAELoader: { required: ['vae_name'], files: { vae_name: [WAN_T2V_FILES.vae] } },
  ModelSamplingSD3: { required: ['model', 'shift'] },
  CLIPTextEncode: { required: ['text', 'clip'] },
  EmptyHunyuanLatentVideo: {
    required: ['width', 'height', 'length', 'batch_size'],
    ints: ['width', 'height', 'length', 'batch_size'],
  },
  KSampler: {
    required: ['seed', 'steps', 'cfg', 'sampler_name', 'scheduler', 'denoise', 'model'],
    ints: ['seed', 'steps'],
  },
  VAEDecode: { required: ['samples', 'vae'] },
  CreateVideo: { required: ['images', 'fps'] },
  SaveVideo: { required: ['video', 'filename_prefix', 'format', 'codec'], output: true },
  VHS_VideoCombine: {
    required: ['images', 'frame_rate', 'filename_prefix', 'format'],
    ints: ['frame_rate'],
    output: true,
  },
}

/** How the finished prompt lists its files: core SaveVideo, VideoHelperSuite, `videos`, images only. */
export type OutputShape = 'save-video' | 'vhs' | 'videos' | 'images-only'

type NodeErrors = Record<
  string,
  { errors: Record<string, unknown>[]; dependent_outputs: string[]; class_type: string }
>

const error = (type: string, message: string, details = '') => ({
  type,
  message,
  details,
  extra_info: {},
})

export class FakeComfyUI {
  readonly jobs = new FakeJobs('')
  readonly video = CLIP_MP4
  outputShape: OutputShape = 'save-video'
  /** Answer with ids of its own, as ComfyUI did before it took a client's prompt_id. */
  ignoreClientIds = false
  #number = 0

  private constructor(
    readonly api: FakeHttpServer,
    readonly apiKey: string,
  ) {}

  /** With a non-empty `apiKey`, every request needs it as a bearer token (a proxy in front). */
  static async start(apiKey = ''): Promise<FakeComfyUI> {
    let fake: FakeComfyUI | undefined = undefined
    const api = await FakeHttpServer.start((request, res) => fake?.handle(request, res))
    fake = new FakeComfyUI(api, apiKey)
    return fake
  }

  get baseUrl(): string {
    return this.api.url
  }

  close(): Promise<void> {
    return this.api.close()
  }

  handle(request: RecordedRequest, res: ServerResponse): void {
    if (this.apiKey !== '' && bearer(request) !== this.apiKey) {
      return sendJson(res, 401, { error: 'Authentication required' })
    }
    const { method, path } = request
    const body = (request.json ?? {}) as Record<string, unknown>
    if (method === 'POST' && path === '/prompt') return this.#queuePrompt(body, res)
    if (method === 'GET' && path === '/queue') return sendJson(res, 200, this.#queue())
    if (method === 'POST' && path === '/queue') {
      for (const id of Array.isArray(body.delete) ? body.delete : []) {
        const job = this.jobs.get(String(id))
        if (job && phaseOf(job).state === 'queued') this.jobs.delete(job.id)
      }
      return void res.writeHead(200).end()
    }
    if (method === 'POST' && path === '/interrupt') {
      for (const job of this.#inPhase('running')) {
        if (body.prompt_id === undefined || body.prompt_id === job.id) job.canceled = true
      }
      return void res.writeHead(200).end()
    }
    const history = path.match(/^\/history\/([^/]+)$/)
    if (method === 'GET' && history) {
      const job = this.jobs.get(decodeURIComponent(history[1] ?? ''))
      if (!job) return sendJson(res, 200, {})
      const phase = this.jobs.poll(job)
      return sendJson(
        res,
        200,
        phase.state === 'queued' || phase.state === 'running' ? {} : { [job.id]: this.#entry(job) },
      )
    }
    if (method === 'GET' && path === '/view') return this.#view(request, res)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('404: Not Found')
  }

  #queuePrompt(body: Record<string, unknown>, res: ServerResponse): void {
    const graph = body.prompt
    if (typeof graph !== 'object' || graph === null) {
      return sendJson(res, 400, {
        error: error('no_prompt', 'No prompt provided', 'No prompt provided'),
        node_errors: {},
      })
    }
    const nodes = graph as Record<
      string,
      { class_type?: unknown; inputs?: Record<string, unknown> }
    >
    for (const [id, node] of Object.entries(nodes)) {
      if (!NODES[String(node.class_type)]) {
        const message = `Cannot execute because node ${String(node.class_type)} does not exist.`
        return sendJson(res, 400, {
          error: error('invalid_prompt', message, `Node ID '#${id}'`),
          node_errors: {},
        })
      }
    }
    const outputs = Object.keys(nodes).filter((id) => NODES[String(nodes[id]?.class_type)]?.output)
    if (outputs.length === 0) {
      return sendJson(res, 400, {
        error: error('prompt_no_outputs', 'Prompt has no outputs'),
        node_errors: [],
      })
    }
    const nodeErrors: NodeErrors = {}
    for (const [id, node] of Object.entries(nodes)) {
      const type = String(node.class_type)
      const rules = NODES[type] as NodeRules
      const inputs = node.inputs ?? {}
      const errors: Record<string, unknown>[] = []
      for (const name of rules.required) {
        if (!(name in inputs))
          errors.push(error('required_input_missing', 'Required input is missing', name))
      }
      for (const name of rules.ints ?? []) {
        if (name in inputs && !Number.isInteger(inputs[name]) && !Array.isArray(inputs[name])) {
          errors.push(
            error(
              'invalid_input_type',
              'Failed to convert an input value to a INT value',
              `${name}, ${String(inputs[name])}, invalid literal for int() with base 10: '${String(inputs[name])}'`,
            ),
          )
        }
      }
      for (const [name, installed] of Object.entries(rules.files ?? {})) {
        if (name in inputs && !installed.includes(String(inputs[name]))) {
          const list = installed.map((file) => `'${file}'`).join(', ')
          errors.push(
            error(
              'value_not_in_list',
              'Value not in list',
              `${name}: '${String(inputs[name])}' not in [${list}]`,
            ),
          )
        }
      }
      if (errors.length > 0)
        nodeErrors[id] = { errors, dependent_outputs: outputs, class_type: type }
    }
    if (Object.keys(nodeErrors).length > 0) {
      return sendJson(res, 400, {
        error: error('prompt_outputs_failed_validation', 'Prompt outputs failed validation'),
        node_errors: nodeErrors,
      })
    }
    const chosen =
      typeof body.prompt_id === 'string' && !this.ignoreClientIds ? body.prompt_id : undefined
    const job = this.jobs.create(
      { graph, clientId: body.client_id, outputNodes: outputs, number: this.#number },
      chosen ?? randomUUID(),
    )
    sendJson(res, 200, { prompt_id: job.id, number: this.#number++, node_errors: {} })
  }

  #inPhase(state: 'queued' | 'running'): FakeJob[] {
    return this.jobs.all().filter((job) => phaseOf(job).state === state)
  }

  #queue() {
    const item = (job: FakeJob) => [
      job.params.number,
      job.id,
      job.params.graph,
      { client_id: job.params.clientId },
      job.params.outputNodes,
    ]
    return {
      queue_running: this.#inPhase('running').map(item),
      queue_pending: this.#inPhase('queued').map(item),
    }
  }

  #files(job: FakeJob): Record<string, unknown> {
    const node = (job.params.outputNodes as string[])[0] ?? '1'
    const file = (filename: string, subfolder = '', type = 'output') => ({
      filename,
      subfolder,
      type,
    })
    switch (this.outputShape) {
      case 'save-video':
        return {
          [node]: { images: [file(`clip-${job.id}_00001_.mp4`, 'sceneboard')], animated: [true] },
        }
      case 'vhs':
        return {
          [node]: {
            gifs: [
              {
                ...file(`AnimateDiff-${job.id}_00001.mp4`),
                format: 'video/h264-mp4',
                frame_rate: 16,
                workflow: `AnimateDiff-${job.id}_00001.png`,
                fullpath: `/comfy/output/AnimateDiff-${job.id}_00001.mp4`,
              },
            ],
          },
          '99': { images: [file(`ComfyUI-${job.id}_00001_.png`)] },
        }
      case 'videos':
        return {
          [node]: {
            videos: [
              file(`preview-${job.id}.webm`, '', 'temp'),
              file(`final-${job.id}.mp4`, 'renders'),
            ],
          },
        }
      case 'images-only':
        return { [node]: { images: [file(`frame-${job.id}_00001_.png`)] } }
    }
  }

  #entry(job: FakeJob) {
    const phase = phaseOf(job)
    const at = { prompt_id: job.id, timestamp: 1_760_000_000_000 }
    const messages: unknown[] = [
      ['execution_start', at],
      ['execution_cached', { ...at, nodes: [] }],
    ]
    let outputs: Record<string, unknown> = {}
    let statusStr = 'success'
    if (phase.state === 'succeeded') {
      outputs = this.#files(job)
      messages.push(['execution_success', at])
    } else if (phase.state === 'failed') {
      statusStr = 'error'
      messages.push([
        'execution_error',
        {
          ...at,
          node_id: '8',
          node_type: 'KSampler',
          executed: ['1', '2', '3'],
          exception_message: phase.message,
          exception_type: 'torch.OutOfMemoryError',
          traceback: ['  File "execution.py", line 1'],
          current_inputs: {},
          current_outputs: {},
        },
      ])
    } else {
      statusStr = 'error'
      messages.push([
        'execution_interrupted',
        { ...at, node_id: '8', node_type: 'KSampler', executed: [] },
      ])
    }
    return {
      prompt: [job.params.number, job.id, job.params.graph, {}, job.params.outputNodes],
      outputs,
      status: { status_str: statusStr, completed: statusStr === 'success', messages },
      meta: {},
    }
  }

  #view(request: RecordedRequest, res: ServerResponse): void {
    const name = request.query.get('filename') ?? ''
    const subfolder = request.query.get('subfolder') ?? ''
    const type = request.query.get('type') ?? 'output'
    for (const job of this.jobs.all()) {
      if (phaseOf(job).state !== 'succeeded') continue
      for (const node of Object.values(this.#files(job)) as Record<string, unknown>[]) {
        for (const list of Object.values(node).filter(Array.isArray) as unknown[][]) {
          for (const entry of list as { filename?: string; subfolder?: string; type?: string }[]) {
            if (entry.filename === name && entry.subfolder === subfolder && entry.type === type) {
              const mime = name.endsWith('.png')
                ? 'image/png'
                : name.endsWith('.webm')
                  ? 'video/webm'
                  : 'video/mp4'
              return sendBytes(res, mime, mime === 'image/png' ? POSTER_JPG : this.video)
            }
          }
        }
      }
    }
    res.writeHead(404).end()
  }
}
