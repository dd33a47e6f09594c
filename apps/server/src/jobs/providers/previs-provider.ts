/**
 * The built-in `previs` provider: the offline renderer of packages/previs (`renderPrevis`) behind
 * the same VideoProvider interface as the hosted adapters, so the queue has one way to run jobs.
 *
 * `start` begins a render in this process and returns a handle; `poll` reports its progress;
 * `download` hands over the MP4 and the poster and removes the render's folder; `cancel` aborts
 * the render (ffmpeg is killed). A render lives in memory only, so a previs handle does not
 * survive a restart: the queue renders such a job again from scratch (`resumable: false`).
 *
 * Any duration from 1 to 60 s and the five aspect ratios render as asked, so the plan changes
 * nothing. `extend` continues the source take's camera move and action (`continueFrom` with its
 * spec); `remix` renders the new spec.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ASPECT_RATIOS,
  DURATION_SECONDS_MAX,
  DURATION_SECONDS_MIN,
  type ShotSpec,
} from '@sceneboard/shared'
import { outputSize, renderPrevis, type PrevisResult } from '@sceneboard/previs'
import {
  ProviderError,
  type CallContext,
  type DownloadedClip,
  type GenerationRequest,
  type ModelInfo,
  type PlannedRequest,
  type PollResult,
  type ProviderInfo,
  type RemoteHandle,
  type SourceTake,
  type VideoProvider,
} from '@sceneboard/providers'

export const PREVIS_PROVIDER_ID = 'previs'
export const PREVIS_MODEL_ID = 'previs-1'

/**
 * A previs request may carry the source take's spec (to continue it), the slate, and the
 * subjects of the board's other cards (to draw the people they describe alike).
 */
export interface PrevisGenerationRequest extends GenerationRequest {
  source?: SourceTake & { spec?: ShotSpec }
  slate?: { show: boolean; shotNumber?: string }
  cast?: readonly string[]
}

export interface PrevisPlannedRequest extends PlannedRequest {
  spec: ShotSpec
  continueFrom?: { spec: ShotSpec }
  slate?: { show: boolean; shotNumber?: string }
  cast?: readonly string[]
}

export interface PrevisProviderOptions {
  /** Folder for renders in progress (one subfolder each, removed once downloaded). */
  workDir: string
  /** How often the queue polls a render (default 200 ms). */
  pollIntervalMs?: number
}

const DURATIONS = Array.from(
  { length: DURATION_SECONDS_MAX - DURATION_SECONDS_MIN + 1 },
  (_, i) => DURATION_SECONDS_MIN + i,
)

export const PREVIS_MODELS: readonly ModelInfo[] = [
  {
    id: PREVIS_MODEL_ID,
    label: 'Previs animatic',
    // Any length from 1 to 60 s renders as asked; whole seconds are listed for pickers.
    durations: DURATIONS,
    sizes: ASPECT_RATIOS.map((ratio) => outputSize(ratio)),
    imageInput: 'none',
    extend: true,
    remix: true,
    seed: true,
    maxPromptLength: 100_000,
  },
]

interface Render {
  controller: AbortController
  progress: number
  outDir: string
  /** Settles when the render ends; never rejects (the outcome is in `result` or `error`). */
  done: Promise<void>
  result: PrevisResult | null
  error: Error | null
}

export class PrevisProvider implements VideoProvider {
  readonly id = PREVIS_PROVIDER_ID
  readonly label = 'Previs (built in)'
  private readonly renders = new Map<string, Render>()

  constructor(private readonly options: PrevisProviderOptions) {}

  describe(): ProviderInfo {
    return {
      id: this.id,
      label: this.label,
      models: [...PREVIS_MODELS],
      defaultModel: PREVIS_MODEL_ID,
      pollIntervalMs: this.options.pollIntervalMs ?? 200,
    }
  }

  plan(request: PrevisGenerationRequest): PrevisPlannedRequest {
    const model = request.model ?? PREVIS_MODEL_ID
    if (model !== PREVIS_MODEL_ID) {
      throw new ProviderError(
        `${this.label} has no model "${model}" (models: ${PREVIS_MODEL_ID})`,
        {
          providerId: this.id,
          kind: 'unsupported',
        },
      )
    }
    const spec = { ...request.spec, seed: request.seed }
    const mode = request.mode ?? 'generate'
    const changes: PlannedRequest['changes'] = []
    if (request.referenceImage) {
      changes.push({
        field: 'referenceImage',
        from: 'given',
        to: 'not sent',
        message: 'reference image not used (previs draws the shot from its description)',
      })
    }
    const continueFrom =
      mode === 'extend' && request.source?.spec ? { spec: request.source.spec } : undefined
    return {
      providerId: this.id,
      model,
      mode,
      prompt: request.prompt,
      durationSeconds: spec.durationSeconds,
      size: outputSize(spec.aspectRatio),
      aspectRatio: spec.aspectRatio,
      seed: spec.seed,
      changes,
      spec,
      ...(continueFrom ? { continueFrom } : {}),
      ...(request.slate ? { slate: request.slate } : {}),
      ...(request.cast?.length ? { cast: request.cast } : {}),
    }
  }

  async start(planned: PlannedRequest): Promise<RemoteHandle> {
    const plan = planned as PrevisPlannedRequest
    if (!plan.spec) {
      throw new ProviderError('a previs render needs a plan made by the previs provider', {
        providerId: this.id,
        kind: 'invalid',
      })
    }
    const remoteId = `render_${randomBytes(9).toString('base64url')}`
    const outDir = join(this.options.workDir, remoteId)
    const render: Render = {
      controller: new AbortController(),
      progress: 0,
      outDir,
      done: Promise.resolve(),
      result: null,
      error: null,
    }
    render.done = renderPrevis(plan.spec, {
      outDir,
      signal: render.controller.signal,
      onProgress: (fraction) => (render.progress = fraction),
      ...(plan.slate ? { slate: plan.slate } : {}),
      ...(plan.continueFrom ? { continueFrom: plan.continueFrom } : {}),
      ...(plan.cast?.length ? { cast: plan.cast } : {}),
    }).then(
      (result) => void (render.result = result),
      (error: unknown) =>
        void (render.error = error instanceof Error ? error : new Error(String(error))),
    )
    this.renders.set(remoteId, render)
    return { providerId: this.id, remoteId, model: plan.model }
  }

  async poll(handle: RemoteHandle): Promise<PollResult> {
    const render = this.render(handle)
    if (render.result) return { status: 'succeeded', progress: 1 }
    if (render.error) {
      return render.controller.signal.aborted
        ? { status: 'canceled' }
        : { status: 'failed', error: `the previs render failed: ${render.error.message}` }
    }
    return { status: 'running', progress: render.progress }
  }

  async download(handle: RemoteHandle): Promise<DownloadedClip> {
    const render = this.render(handle)
    await render.done
    if (!render.result) {
      throw new ProviderError('the previs render has no clip', {
        providerId: this.id,
        kind: 'generation',
      })
    }
    try {
      const [video, poster] = await Promise.all([
        readFile(render.result.videoPath),
        readFile(render.result.posterPath),
      ])
      return {
        video: { bytes: new Uint8Array(video), mime: render.result.mime },
        poster: { bytes: new Uint8Array(poster), mime: 'image/jpeg' },
      }
    } finally {
      await this.forget(handle.remoteId, render)
    }
  }

  async cancel(handle: RemoteHandle, _ctx?: CallContext): Promise<void> {
    const render = this.renders.get(handle.remoteId)
    if (!render) return
    render.controller.abort()
    await render.done
    await this.forget(handle.remoteId, render)
  }

  /** Stops every render (server shutdown) and removes their folders. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.renders.keys()].map((remoteId) =>
        this.cancel({ providerId: this.id, remoteId, model: PREVIS_MODEL_ID }),
      ),
    )
  }

  private render(handle: RemoteHandle): Render {
    const render = this.renders.get(handle.remoteId)
    if (!render) {
      // Renders live in memory: after a restart the queue renders the job again instead.
      throw new ProviderError('this previs render is no longer running', {
        providerId: this.id,
        kind: 'invalid',
      })
    }
    return render
  }

  private async forget(remoteId: string, render: Render): Promise<void> {
    this.renders.delete(remoteId)
    await rm(render.outDir, { recursive: true, force: true })
  }
}
