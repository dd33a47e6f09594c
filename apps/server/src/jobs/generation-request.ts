/**
 * A stored job's request as a provider's GenerationRequest: the spec and prompt, the model, the
 * seed, the mode and the source take (its provider and remote id for native extend and remix,
 * its spec for previs to continue, and its last frame read back from the media store for
 * providers that continue from an image). Built the same way when the job is asked for (to plan
 * it and refuse what cannot be done) and each time it starts.
 */
import { readFile } from 'node:fs/promises'
import type { ImageInput } from '@sceneboard/providers'
import { mediaNameOf, type MediaStore } from '../media/media-store.js'
import { sniffMediaType } from '../media/media-types.js'
import type { JobRequest } from './job-storage.js'
import type { PrevisGenerationRequest } from './providers/previs-provider.js'

export interface GenerationOptions {
  model: string
  /** Whether previs clips carry the slate. */
  slate: boolean
}

async function imageFromStore(media: MediaStore, url: string | null): Promise<ImageInput | null> {
  const name = url ? mediaNameOf(url) : null
  const path = name ? await media.localPath(name) : null
  if (!path) return null
  const bytes = new Uint8Array(await readFile(path))
  const type = sniffMediaType(bytes.subarray(0, 64))
  return type?.kind === 'image' ? { bytes, mime: type.mime } : null
}

export async function generationRequestOf(
  request: JobRequest,
  media: MediaStore,
  options: GenerationOptions,
): Promise<PrevisGenerationRequest> {
  const source = request.source
  const lastFrame = source ? await imageFromStore(media, source.lastFrameUrl) : null
  return {
    spec: request.spec,
    prompt: request.prompt,
    model: options.model,
    seed: request.spec.seed,
    mode: request.mode,
    ...(source
      ? {
          source: {
            providerId: source.providerId,
            ...(source.remoteId ? { remoteId: source.remoteId } : {}),
            ...(lastFrame ? { lastFrame } : {}),
            spec: source.spec,
          },
        }
      : {}),
    slate: {
      show: options.slate,
      ...(request.shotNumber !== null ? { shotNumber: String(request.shotNumber) } : {}),
    },
    ...(request.cast?.length ? { cast: request.cast } : {}),
  }
}
