/**
 * A self-hosted ComfyUI server (COMFYUI_URL), running a text-to-video workflow graph.
 *
 *   POST /prompt               {prompt: <API-format graph>, client_id, prompt_id}
 *                              -> {prompt_id, number, node_errors}
 *   GET  /history/{prompt_id}  {} until it ran, then {[id]: {outputs: {node: {images|gifs|videos:
 *                              [{filename, subfolder, type, format?}]}}, status: {status_str,
 *                              completed, messages: [[event, data]]}}}
 *   GET  /queue                {queue_running: [[number, prompt_id, ...]], queue_pending: [...]}
 *   GET  /view                 ?filename&subfolder&type=output: the file
 *   POST /queue {delete: [id]} drops a pending prompt; POST /interrupt {prompt_id} stops a running one
 *
 * Errors come as {error: {type, message, details}, node_errors: {node: {class_type, errors}}} (or
 * {error: "..."}). ComfyUI has no keys of its own; COMFYUI_API_KEY is sent as a bearer token for a
 * server behind an authenticating proxy.
 *
 * The prompt id is chosen here (ComfyUI accepts a client's `prompt_id`), so a create whose answer
 * was lost is looked up before it is sent again: no prompt is queued twice. History lives in the
 * ComfyUI process: after it restarts, a job it no longer knows ends failed with that reason.
 */
import { randomUUID } from 'node:crypto'
import { historyResult, mimeOf, videoOutput } from './comfyui-history.js'
import { BUILT_IN_WORKFLOW, fillWorkflow, type ComfyWorkflow } from './comfyui-workflow.js'
import { HttpClient, type ErrorBodyParser, type HttpTuning } from './http-client.js'
import { HostedProvider } from './hosted-provider.js'
import type {
  CallContext,
  DownloadedClip,
  ModelInfo,
  PlannedRequest,
  PollResult,
  RemoteHandle,
} from './provider.js'
import { ProviderError } from './provider-error.js'
import {
  asObject,
  messageOf,
  protocolError,
  requireString,
  type JsonObject,
} from './response-checks.js'

/** Frames per second the graph is filled with; a clip of d seconds gets 16 d + 1 frames. */
export const COMFYUI_FPS = 16
export const COMFYUI_DEFAULT_NEGATIVE =
  'blurry, low quality, distorted, deformed, static, still frame, subtitles, watermark, text'

const size = (width: number, height: number) => ({ width, height })
/** Wan's 480p frames; the frame counts (33 to 81) suit 4k+1 and 8k+1 video models alike. */
const workflowModel = (workflow: ComfyWorkflow): ModelInfo => ({
  id: workflow.id,
  label: workflow.label,
  durations: [2, 3, 4, 5],
  sizes: [size(832, 480), size(480, 832), size(624, 624)],
  imageInput: 'none',
  extend: false,
  remix: false,
  seed: true,
  maxPromptLength: 2000,
})

/** Creates tried at most this often when each answer was lost and the lookup found nothing. */
const CREATE_ATTEMPTS = 3

export interface ComfyUIOptions {
  /** e.g. http://127.0.0.1:8188 */
  baseUrl: string
  /** Bearer token for a proxy in front of ComfyUI; ComfyUI itself takes none. */
  apiKey?: string
  /** The user's own workflow (COMFYUI_WORKFLOW); the built-in Wan 2.1 template otherwise. */
  workflow?: ComfyWorkflow
  /** Filled into {{negative}}. */
  negativePrompt?: string
  http?: HttpTuning
}

export class ComfyUIProvider extends HostedProvider {
  readonly #http: HttpClient
  readonly #workflow: ComfyWorkflow
  readonly #negative: string
  readonly #clientId = randomUUID()

  constructor(options: ComfyUIOptions) {
    const workflow = options.workflow ?? BUILT_IN_WORKFLOW
    super({
      id: 'comfyui',
      label: 'ComfyUI',
      models: [workflowModel(workflow)],
      defaultModel: workflow.id,
      pollIntervalMs: 2_000,
    })
    this.#workflow = workflow
    this.#negative = options.negativePrompt ?? COMFYUI_DEFAULT_NEGATIVE
    this.#http = new HttpClient({
      providerId: this.id,
      baseUrl: options.baseUrl,
      headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
      parseError: parseComfyError,
      ...options.http,
    })
  }

  async start(planned: PlannedRequest, ctx: CallContext = {}): Promise<RemoteHandle> {
    const graph = fillWorkflow(this.#workflow.graph, {
      prompt: planned.prompt,
      negative: this.#negative,
      seed: planned.seed ?? 0,
      frames: planned.durationSeconds * COMFYUI_FPS + 1,
      width: planned.size.width,
      height: planned.size.height,
      fps: COMFYUI_FPS,
    })
    const promptId = randomUUID()
    const body = { prompt: graph, client_id: this.#clientId, prompt_id: promptId }
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await this.#http.json('POST', '/prompt', {
          body,
          signal: ctx.signal,
          retry: 'unprocessed',
        })
        // A ComfyUI older than client-chosen ids answers with one of its own.
        const queued = requireString(
          asObject(answer, this.id, 'the queued prompt'),
          'prompt_id',
          this.id,
        )
        return this.remoteHandle(planned, queued)
      } catch (error) {
        if (!answerLost(error) || attempt >= CREATE_ATTEMPTS) throw error
        if (await this.#knows(promptId, ctx)) return this.remoteHandle(planned, promptId)
      }
    }
  }

  async poll(handle: RemoteHandle, ctx: CallContext = {}): Promise<PollResult> {
    const id = handle.remoteId
    const entry = await this.#history(id, ctx)
    if (entry) return historyResult(entry)
    const queue = await this.#queue(ctx)
    if (queue.running.includes(id)) return { status: 'running' }
    if (queue.pending.includes(id)) return { status: 'queued' }
    // It may have finished between the two reads.
    const finished = await this.#history(id, ctx)
    if (finished) return historyResult(finished)
    return {
      status: 'failed',
      error: `ComfyUI has no record of prompt ${id} (it was restarted, or its history cleared)`,
    }
  }

  async download(handle: RemoteHandle, ctx: CallContext = {}): Promise<DownloadedClip> {
    const entry = await this.#history(handle.remoteId, ctx)
    const file = entry ? videoOutput(entry.outputs) : undefined
    if (!file) throw protocolError(this.id, `prompt ${handle.remoteId} has no video to download`)
    const video = await this.#http.bytes('GET', '/view', {
      query: { filename: file.filename, subfolder: file.subfolder, type: file.type },
      signal: ctx.signal,
    })
    const mime = video.mime.startsWith('video/') ? video.mime : (mimeOf(file) ?? video.mime)
    return { video: { ...video, mime } }
  }

  /** Drops a pending prompt, or interrupts it while it runs; a finished one is left as it is. */
  async cancel(handle: RemoteHandle, ctx: CallContext = {}): Promise<void> {
    const id = handle.remoteId
    const queue = await this.#queue(ctx)
    if (queue.pending.includes(id)) {
      await this.#http.json('POST', '/queue', { body: { delete: [id] }, signal: ctx.signal })
    } else if (queue.running.includes(id)) {
      await this.#http.json('POST', '/interrupt', { body: { prompt_id: id }, signal: ctx.signal })
    }
  }

  async #history(id: string, ctx: CallContext): Promise<JsonObject | undefined> {
    const answer = await this.#http.json('GET', `/history/${encodeURIComponent(id)}`, {
      signal: ctx.signal,
    })
    const entry = asObject(answer ?? {}, this.id, 'the history')[id]
    return typeof entry === 'object' && entry !== null ? (entry as JsonObject) : undefined
  }

  async #queue(ctx: CallContext): Promise<{ running: string[]; pending: string[] }> {
    const queue = asObject(
      await this.#http.json('GET', '/queue', { signal: ctx.signal }),
      this.id,
      'the queue',
    )
    const ids = (items: unknown) =>
      Array.isArray(items)
        ? items
            .map((item) => (Array.isArray(item) ? item[1] : undefined))
            .filter((id): id is string => typeof id === 'string')
        : []
    return { running: ids(queue.queue_running), pending: ids(queue.queue_pending) }
  }

  /** Whether ComfyUI holds the prompt, queued, running or done. */
  async #knows(id: string, ctx: CallContext): Promise<boolean> {
    if (await this.#history(id, ctx)) return true
    const queue = await this.#queue(ctx)
    return queue.running.includes(id) || queue.pending.includes(id)
  }
}

/** A create that may have been queued although no readable answer came back. */
function answerLost(error: unknown): boolean {
  return (
    error instanceof ProviderError &&
    !error.retryable &&
    ['timeout', 'server', 'network', 'protocol'].includes(error.kind)
  )
}

/** {error: {type, message, details} | "...", node_errors: {node: {class_type, errors: [...]}}} */
const parseComfyError: ErrorBodyParser = (body) => {
  const { error, node_errors: nodeErrors } = (body ?? {}) as {
    error?: unknown
    node_errors?: unknown
  }
  const parts = [messageOf(error)]
  if (typeof nodeErrors === 'object' && nodeErrors !== null) {
    for (const [id, node] of Object.entries(nodeErrors)) {
      const { class_type: type, errors } = (node ?? {}) as {
        class_type?: unknown
        errors?: unknown
      }
      for (const item of Array.isArray(errors) ? (errors as JsonObject[]) : []) {
        const details = typeof item.details === 'string' && item.details ? `: ${item.details}` : ''
        parts.push(
          `${String(type ?? 'node')} (node ${id}): ${messageOf(item) ?? 'invalid'}${details}`,
        )
      }
    }
  }
  const type = (error as { type?: unknown } | undefined)?.type
  const message = parts.filter((part): part is string => Boolean(part)).join('; ')
  return { message, ...(typeof type === 'string' ? { code: type } : {}) }
}
