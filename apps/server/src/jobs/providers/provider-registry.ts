/**
 * The providers this server runs jobs on: `previs` (built in, always there, the default) and the
 * hosted adapters switched on by their keys (`enabledProviders` from packages/providers), each
 * with its concurrency limit, its poll interval and whether its handles survive a restart.
 * `views()` is what `GET /api/providers` shows: ids, labels and models, never a key.
 */
import type { ProviderView } from '@sceneboard/shared'
import type { VideoProvider } from '@sceneboard/providers'
import { PREVIS_PROVIDER_ID, type PrevisProvider } from './previs-provider.js'

export interface RegisteredProvider {
  provider: VideoProvider
  /** Whether a persisted handle can still be polled after a restart (hosted: yes; previs: no). */
  resumable: boolean
  /** Jobs of this provider running at once. */
  concurrency: number
  /** Pause between two polls of a running job. */
  pollIntervalMs: number
}

export interface ProviderRegistryOptions {
  previs: PrevisProvider
  previsConcurrency: number
  hosted: readonly VideoProvider[]
  hostedConcurrency: number
  /** Overrides every provider's own poll interval (tests). */
  pollIntervalMs?: number
}

export class ProviderRegistry {
  private readonly entries = new Map<string, RegisteredProvider>()
  private readonly previs: PrevisProvider

  constructor(options: ProviderRegistryOptions) {
    this.previs = options.previs
    const add = (provider: VideoProvider, resumable: boolean, concurrency: number) => {
      if (this.entries.has(provider.id)) throw new Error(`two providers are named ${provider.id}`)
      this.entries.set(provider.id, {
        provider,
        resumable,
        concurrency,
        pollIntervalMs: options.pollIntervalMs ?? provider.describe().pollIntervalMs,
      })
    }
    add(options.previs, false, options.previsConcurrency)
    for (const provider of options.hosted) add(provider, true, options.hostedConcurrency)
  }

  get defaultId(): string {
    return PREVIS_PROVIDER_ID
  }

  get(id: string): RegisteredProvider | undefined {
    return this.entries.get(id)
  }

  get ids(): string[] {
    return [...this.entries.keys()]
  }

  /** The enabled providers as the API lists them, the default (previs) first. */
  views(): ProviderView[] {
    return [...this.entries.values()].map(({ provider }) => {
      const info = provider.describe()
      return {
        id: info.id,
        label: info.label,
        isDefault: info.id === this.defaultId,
        models: info.models.map((model) => ({
          id: model.id,
          label: model.label,
          durationsSeconds: [...model.durations],
          sizes: model.sizes.map((size) => `${size.width}x${size.height}`),
          // Natively, or as a new clip from the last frame of the take.
          canExtend: model.extend || model.imageInput !== 'none',
          // Natively, or as a fresh generation from the edited spec.
          canRemix: true,
        })),
      }
    })
  }

  /** Stops work that lives in this process (previs renders). */
  stop(): Promise<void> {
    return this.previs.stopAll()
  }
}
