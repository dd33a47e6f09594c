/**
 * The providers the server has switched on (`GET /api/providers`), fetched once per page and
 * shared by every Generate control, with the choice resolved against what this browser
 * remembers.
 */
import type { ProviderView } from '@sceneboard/shared'
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { listProviders } from '../api/jobs-api'
import type { GenerationChoice } from './generate-request'
import { useGenerationSettings } from './generation-settings'
import { resolveChoice } from './provider-choice'

export type ProvidersState =
  | { status: 'loading' }
  | { status: 'ready'; providers: ProviderView[] }
  | { status: 'error'; message: string }

let state: ProvidersState = { status: 'loading' }
let request: Promise<void> | null = null
const listeners = new Set<() => void>()

function setState(next: ProvidersState): void {
  state = next
  for (const listener of listeners) listener()
}

function load(): void {
  if (request) return
  request = listProviders().then(
    (providers) => setState({ status: 'ready', providers }),
    (error: unknown) => {
      request = null
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
    },
  )
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export interface Providers {
  state: ProvidersState
  providers: ProviderView[]
  /** What Generate uses now; null until the providers are known (or when there are none). */
  choice: GenerationChoice | null
  remember(choice: GenerationChoice): void
  reload(): void
}

export function useProviders(): Providers {
  useEffect(load, [])
  const current = useSyncExternalStore(subscribe, () => state)
  const provider = useGenerationSettings((settings) => settings.provider)
  const model = useGenerationSettings((settings) => settings.model)
  const variations = useGenerationSettings((settings) => settings.variations)
  const remember = useGenerationSettings((settings) => settings.remember)
  const providers = current.status === 'ready' ? current.providers : NO_PROVIDERS
  const reload = useCallback(() => {
    if (state.status !== 'error') return
    setState({ status: 'loading' })
    load()
  }, [])
  return {
    state: current,
    providers,
    choice: resolveChoice(providers, { provider, model, variations }),
    remember,
    reload,
  }
}

const NO_PROVIDERS: ProviderView[] = []
