/**
 * Fitting a generation request to one model: the nearest duration and frame size it can make,
 * a prompt within its length, and what to do with images and source takes. Pure, shared by
 * every adapter, and every value changed on the way is listed for the take.
 */
import type { AspectRatio } from '@sceneboard/shared'
import type {
  GenerationRequest,
  ImageInput,
  ModelInfo,
  PlanChange,
  PlannedRequest,
  VideoSize,
} from './provider.js'
import { ProviderError } from './provider-error.js'

export function aspectValue(ratio: AspectRatio): number {
  const [w, h] = ratio.split(':').map(Number)
  return (w ?? 1) / (h ?? 1)
}

const NAMED_ASPECTS = ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', '9:21', '2.39:1'] as const

/** "16:9" for 1280x720, "1.75:1" for a size with no common name. */
export function aspectLabel(size: VideoSize): string {
  const value = size.width / size.height
  const named = NAMED_ASPECTS.find(
    (name) => Math.abs(aspectValue(name as AspectRatio) / value - 1) < 0.01,
  )
  return named ?? `${value.toFixed(2)}:1`
}

/** The nearest duration; between two equally near, the longer, so a shot is not cut short. */
export function nearestDuration(seconds: number, durations: readonly number[]): number {
  let best = durations[0]
  if (best === undefined) throw new Error('a model lists no durations')
  for (const d of durations) {
    const gap = Math.abs(d - seconds)
    const bestGap = Math.abs(best - seconds)
    if (gap < bestGap || (gap === bestGap && d > best)) best = d
  }
  return best
}

/** The size whose aspect ratio is nearest (on a log scale); ties go to the earlier listed size. */
export function nearestSize(ratio: AspectRatio, sizes: readonly VideoSize[]): VideoSize {
  const target = Math.log(aspectValue(ratio))
  let best: VideoSize | undefined
  let bestGap = Infinity
  for (const size of sizes) {
    const gap = Math.abs(Math.log(size.width / size.height) - target)
    if (gap < bestGap - 1e-9) [best, bestGap] = [size, gap]
  }
  if (best === undefined) throw new Error('a model lists no sizes')
  return best
}

/** Cuts a prompt to `max` UTF-16 code units at a word boundary. */
export function fitPrompt(prompt: string, max: number): string {
  if (prompt.length <= max) return prompt
  const cut = prompt.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()
}

export interface PlanOptions {
  providerId: string
  providerLabel: string
  models: readonly ModelInfo[]
  defaultModel: string
  /** The provider fetches images by URL only (no uploads or data URIs). */
  imageByUrlOnly?: boolean
  /** The provider needs a prompt even when an image is given. */
  promptAlwaysRequired?: boolean
}

export function planRequest(request: GenerationRequest, options: PlanOptions): PlannedRequest {
  const { providerId, providerLabel } = options
  const unsupported = (message: string) =>
    new ProviderError(message, { providerId, kind: 'unsupported' })
  const modelId = request.model ?? options.defaultModel
  const model = options.models.find((m) => m.id === modelId)
  if (!model) {
    const known = options.models.map((m) => m.id).join(', ')
    throw unsupported(`${providerLabel} has no model "${modelId}" (models: ${known})`)
  }
  const changes: PlanChange[] = []
  const change = (field: PlanChange['field'], from: string, to: string, message: string) =>
    changes.push({ field, from, to, message })

  // Where the clip starts from: a native extension or remix, a source's last frame, or an image.
  const mode = request.mode ?? 'generate'
  const source = request.source
  const ownTake = source?.providerId === providerId && source.remoteId !== undefined
  let plannedMode = mode
  let sourceRemoteId: string | undefined
  let image: ImageInput | undefined = request.referenceImage
  if (mode !== 'generate' && ownTake && model[mode]) {
    sourceRemoteId = source?.remoteId
    if (image) change('referenceImage', 'given', 'not sent', `reference image not sent (${mode})`)
    image = undefined
  } else if (mode === 'extend') {
    if (!source?.lastFrame || model.imageInput === 'none') {
      throw unsupported(`${providerLabel} ${model.id} cannot extend this take`)
    }
    plannedMode = 'generate'
    image = source.lastFrame
    change('mode', 'extend', 'generate', 'extend -> new clip from the last frame of the take')
  } else {
    if (mode === 'remix') {
      change('mode', 'remix', 'generate', 'remix -> new clip from the shot description')
    }
    plannedMode = 'generate'
  }
  if (image && model.imageInput === 'none') {
    change(
      'referenceImage',
      'given',
      'not sent',
      `reference image not sent (${model.id} takes none)`,
    )
    image = undefined
  }
  if (image && options.imageByUrlOnly && !image.url) {
    change('referenceImage', 'given', 'not sent', 'reference image not sent (needs a public URL)')
    image = undefined
  }
  if (!image && model.imageInput === 'required' && plannedMode === 'generate') {
    throw unsupported(`${providerLabel} ${model.id} needs a reference image`)
  }

  const requested = request.prompt.trim()
  if (requested === '' && (options.promptAlwaysRequired || (!image && !sourceRemoteId))) {
    throw unsupported('the shot has no description to prompt with yet')
  }
  const prompt = fitPrompt(requested, model.maxPromptLength)
  if (prompt.length < requested.length) {
    change(
      'prompt',
      `${requested.length} chars`,
      `${prompt.length} chars`,
      `prompt ${requested.length} -> ${prompt.length} characters`,
    )
  }

  const asked = request.spec.durationSeconds
  const durationSeconds = nearestDuration(asked, model.durations)
  if (durationSeconds !== asked) {
    change(
      'duration',
      `${asked} s`,
      `${durationSeconds} s`,
      `duration ${asked} s -> ${durationSeconds} s`,
    )
  }
  const ratio = request.spec.aspectRatio
  const size = nearestSize(ratio, model.sizes)
  if (Math.abs(Math.log(size.width / size.height / aspectValue(ratio))) > 0.01) {
    const to = `${aspectLabel(size)} (${size.width}x${size.height})`
    change('size', ratio, to, `aspect ${ratio} -> ${to}`)
  }

  return {
    providerId,
    model: model.id,
    mode: plannedMode,
    prompt,
    durationSeconds,
    size,
    aspectRatio: ratio,
    seed: model.seed ? request.seed : null,
    ...(image ? { image } : {}),
    ...(sourceRemoteId ? { sourceRemoteId } : {}),
    changes,
  }
}
