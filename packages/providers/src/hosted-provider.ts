/**
 * What every adapter of a remote video API has in common, and nothing more: its id and label,
 * `describe()` from its model table, and `plan()` through the shared `planRequest`. Each adapter
 * keeps its own HTTP client (the key in a private field) and writes out its own `start`, `poll`,
 * `download` and `cancel`, so each API's requests and answers stay readable in one file.
 */
import { planRequest, type PlanOptions } from './plan.js'
import type {
  CallContext,
  DownloadedClip,
  GenerationRequest,
  MediaFile,
  ModelInfo,
  PlannedRequest,
  PollResult,
  ProviderInfo,
  RemoteHandle,
  VideoProvider,
} from './provider.js'
import { ProviderError } from './provider-error.js'

export interface HostedProviderInfo {
  id: string
  label: string
  models: readonly ModelInfo[]
  defaultModel: string
  /** How often the queue should poll a running job. */
  pollIntervalMs: number
  /** How requests are fitted beyond the model table (images by URL only, prompt always needed). */
  planning?: Pick<PlanOptions, 'imageByUrlOnly' | 'promptAlwaysRequired'>
}

export abstract class HostedProvider implements VideoProvider {
  readonly id: string
  readonly label: string
  readonly #info: HostedProviderInfo

  protected constructor(info: HostedProviderInfo) {
    this.id = info.id
    this.label = info.label
    this.#info = info
  }

  describe(): ProviderInfo {
    const { id, label, models, defaultModel, pollIntervalMs } = this.#info
    return { id, label, models: [...models], defaultModel, pollIntervalMs }
  }

  plan(request: GenerationRequest): PlannedRequest {
    const { id, label, models, defaultModel, planning } = this.#info
    return planRequest(request, {
      providerId: id,
      providerLabel: label,
      models,
      defaultModel,
      ...planning,
    })
  }

  abstract start(planned: PlannedRequest, ctx?: CallContext): Promise<RemoteHandle>
  abstract poll(handle: RemoteHandle, ctx?: CallContext): Promise<PollResult>
  abstract download(handle: RemoteHandle, ctx?: CallContext): Promise<DownloadedClip>

  /** The handle to persist for a job the provider calls `remoteId`. */
  protected remoteHandle(planned: PlannedRequest, remoteId: string): RemoteHandle {
    return { providerId: this.id, remoteId, model: planned.model }
  }
}

/** Runs a cancel or delete call; a job already gone at the provider (404) counts as done. */
export async function unlessGone(call: Promise<unknown>): Promise<void> {
  try {
    await call
  } catch (error) {
    if (error instanceof ProviderError && error.status === 404) return
    throw error
  }
}

/** Fetches a poster; the clip is what was asked for, so a failed poster is left out. */
export async function optionalPoster(
  fetchPoster: () => Promise<MediaFile>,
): Promise<MediaFile | undefined> {
  try {
    return await fetchPoster()
  } catch (error) {
    if (error instanceof ProviderError && error.kind !== 'aborted') return undefined
    throw error
  }
}
