/**
 * Which provider, model and number of variations Generate uses: the last choice made in this
 * browser when the server still offers it, else the server's default provider and its first
 * model. Pure; the remembered choice is kept by generation-settings.ts.
 */
import type { ProviderView } from '@sceneboard/shared'
import { VARIATION_CHOICES, type GenerationChoice, type Variations } from './generate-request'

export interface RememberedChoice {
  provider: string | null
  model: string | null
  variations: number
}

export type ProviderModel = ProviderView['models'][number]

export function isVariations(value: unknown): value is Variations {
  return VARIATION_CHOICES.includes(value as Variations)
}

export function defaultProvider(providers: readonly ProviderView[]): ProviderView | undefined {
  return providers.find((provider) => provider.isDefault) ?? providers[0]
}

export function findModel(
  providers: readonly ProviderView[],
  providerId: string,
  modelId: string,
): ProviderModel | undefined {
  return providers
    .find((provider) => provider.id === providerId)
    ?.models.find((model) => model.id === modelId)
}

/** The choice to use now, or null when the server offers no provider with a model. */
export function resolveChoice(
  providers: readonly ProviderView[],
  remembered: RememberedChoice,
): GenerationChoice | null {
  const variations = isVariations(remembered.variations) ? remembered.variations : 1
  const usable = providers.filter((provider) => provider.models.length > 0)
  const provider =
    usable.find((candidate) => candidate.id === remembered.provider) ?? defaultProvider(usable)
  if (!provider) return null
  const model =
    provider.models.find((candidate) => candidate.id === remembered.model) ?? provider.models[0]!
  return { provider: provider.id, model: model.id, variations }
}

/** Switching provider keeps the remembered model only if the new provider has it. */
export function chooseProvider(
  providers: readonly ProviderView[],
  current: GenerationChoice,
  providerId: string,
): GenerationChoice {
  const provider = providers.find((candidate) => candidate.id === providerId)
  if (!provider || provider.models.length === 0) return current
  const model = provider.models.find((candidate) => candidate.id === current.model)
  return { ...current, provider: provider.id, model: (model ?? provider.models[0]!).id }
}

/** "Previs · Animatic 1" for a tooltip or a button's title. */
export function describeChoice(
  providers: readonly ProviderView[],
  choice: GenerationChoice,
): string {
  const provider = providers.find((candidate) => candidate.id === choice.provider)
  const model = provider?.models.find((candidate) => candidate.id === choice.model)
  const parts = [provider?.label ?? choice.provider, model?.label ?? choice.model]
  const name = parts[0] === parts[1] ? parts[0]! : parts.join(' · ')
  return choice.variations > 1 ? `${name}, ${choice.variations} variations` : name
}

/**
 * The duration a model will render for `wanted` seconds: the nearest it offers (the longer one
 * on a tie), or `wanted` when the model takes any duration.
 */
export function nearestDuration(offered: readonly number[], wanted: number): number {
  if (offered.length === 0) return wanted
  let best = offered[0]!
  for (const seconds of offered) {
    const gap = Math.abs(seconds - wanted)
    const bestGap = Math.abs(best - wanted)
    if (gap < bestGap || (gap === bestGap && seconds > best)) best = seconds
  }
  return best
}

/** "5s or 10s", "4s, 6s or 8s", "any whole second from 1s to 60s" (as formatDuration writes). */
export function describeDurations(offered: readonly number[]): string {
  const sorted = [...new Set(offered)].sort((a, b) => a - b)
  if (sorted.length === 0) return 'any duration'
  const consecutive = sorted.every(
    (s, i) => Number.isInteger(s) && (i === 0 || s === sorted[i - 1]! + 1),
  )
  if (consecutive && sorted.length > 3) {
    return `any whole second from ${sorted[0]}s to ${sorted.at(-1)}s`
  }
  const seconds = sorted.map((s) => `${s}s`)
  if (seconds.length === 1) return seconds[0]!
  return `${seconds.slice(0, -1).join(', ')} or ${seconds.at(-1)}`
}
