/**
 * The one interface every hosted video provider implements.
 *
 * A generation is resumable by design: `start` returns a small JSON handle that the job queue
 * persists; after a server restart a new provider instance continues with `poll` and `download`
 * on that same handle. Nothing else about a running job lives in memory.
 *
 *   plan(request)          pure: fits the request to what the model can do, lists what changed
 *   start(planned)  ->  RemoteHandle (persist it)
 *   poll(handle)    ->  queued | running (progress) | succeeded | failed (message) | canceled
 *   download(handle) -> video bytes (+ poster when the provider makes one)
 *   cancel(handle)      best effort, where the provider can
 */
import type { AspectRatio, ShotSpec } from '@sceneboard/shared'

/** Output frame size in pixels. */
export interface VideoSize {
  width: number
  height: number
}

export type ImageInputSupport = 'none' | 'optional' | 'required'

export interface ModelInfo {
  id: string
  label: string
  /** Clip lengths the model can make, in seconds, ascending. */
  durations: readonly number[]
  /** Frame sizes the model can make, in order of preference. */
  sizes: readonly VideoSize[]
  /** Whether a reference image (first frame) can or must be given. */
  imageInput: ImageInputSupport
  /** Continues an earlier take of this provider natively (not only from its last frame). */
  extend: boolean
  /** Makes a variation of an earlier take of this provider with a new prompt. */
  remix: boolean
  /** Honours the seed; otherwise results vary between runs. */
  seed: boolean
  /** Longest prompt accepted, in UTF-16 code units. */
  maxPromptLength: number
}

/** What `GET /api/providers` lists; holds no secrets. */
export interface ProviderInfo {
  id: string
  label: string
  models: ModelInfo[]
  defaultModel: string
  /** How often the queue should poll a running job; providers ask not to be polled faster. */
  pollIntervalMs: number
}

/** Encoded image bytes. `url` is a public address of the same image, for providers that only fetch. */
export interface ImageInput {
  bytes: Uint8Array
  mime: string
  url?: string
}

/** The take a remix or an extension starts from. */
export interface SourceTake {
  /** Provider that made the take; native extend/remix only work on a provider's own takes. */
  providerId: string
  /** The provider's id for the take (RemoteHandle.remoteId), when it came from a provider. */
  remoteId?: string
  /** Last frame of the take, for continuing it as a first frame where there is no native extend. */
  lastFrame?: ImageInput
}

export type GenerationMode = 'generate' | 'extend' | 'remix'

export interface GenerationRequest {
  spec: ShotSpec
  /** The spec as a model prompt (composePrompt from @sceneboard/shared). */
  prompt: string
  /** Model id from ProviderInfo.models; the provider's default when absent. */
  model?: string
  seed: number
  referenceImage?: ImageInput
  mode?: GenerationMode
  source?: SourceTake
}

/** One value the provider could not do as asked, and what it does instead. */
export interface PlanChange {
  field: 'model' | 'duration' | 'size' | 'prompt' | 'referenceImage' | 'mode'
  from: string
  to: string
  /** "duration 7 s -> 8 s": ready to show on the take. */
  message: string
}

/** A request fitted to one model: every value here is one the provider accepts. */
export interface PlannedRequest {
  providerId: string
  model: string
  mode: GenerationMode
  prompt: string
  durationSeconds: number
  size: VideoSize
  aspectRatio: AspectRatio
  /** null when the model ignores seeds. */
  seed: number | null
  /** The image sent as the first frame, if any (the reference image, or a source's last frame). */
  image?: ImageInput
  /** The provider's id of the take to extend or remix natively. */
  sourceRemoteId?: string
  changes: PlanChange[]
}

/** JSON-serialisable; the job queue stores it and hands it back to `poll`, `download`, `cancel`. */
export interface RemoteHandle {
  providerId: string
  remoteId: string
  model: string
}

export type RemoteStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled'

export interface PollResult {
  status: RemoteStatus
  /** 0..1 where the provider reports it. */
  progress?: number
  /** The provider's own words when status is failed. */
  error?: string
}

export interface MediaFile {
  bytes: Uint8Array
  mime: string
}

export interface DownloadedClip {
  video: MediaFile
  poster?: MediaFile
}

/** Per-call context: the queue's abort signal (server shutdown, job canceled). */
export interface CallContext {
  signal?: AbortSignal
}

export interface VideoProvider {
  readonly id: string
  readonly label: string
  describe(): ProviderInfo
  /** Pure; throws ProviderError (kind 'unsupported') when the request cannot be fitted at all. */
  plan(request: GenerationRequest): PlannedRequest
  start(planned: PlannedRequest, ctx?: CallContext): Promise<RemoteHandle>
  poll(handle: RemoteHandle, ctx?: CallContext): Promise<PollResult>
  download(handle: RemoteHandle, ctx?: CallContext): Promise<DownloadedClip>
  cancel?(handle: RemoteHandle, ctx?: CallContext): Promise<void>
}
