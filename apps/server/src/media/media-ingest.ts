/**
 * Taking media into the store: uploads (any image or video a person drops, checked by content)
 * and finished clips (a provider's video, with its poster or one made here). Everything about a
 * file that a take shows (type, size, duration, frame rate) is measured from the file itself,
 * never taken from a name, a header or a provider's word.
 */
import { open, rm } from 'node:fs/promises'
import type { Clip } from '@sceneboard/shared'
import { PLAYABLE_VIDEO_CODECS, extractPoster, posterSeconds, probeVideo } from './ffmpeg-tools.js'
import { readImageSize } from './image-size.js'
import type { ByteSource, MediaStore, ReceivedFile, StoredMedia } from './media-store.js'
import { sniffMediaType, type MediaKind, type MediaType } from './media-types.js'

export const UNSUPPORTED_MEDIA_MESSAGE = 'this file is not an image or a video we can play'

/** The file is empty, of a type the server does not take, or unreadable as that type. */
export class UnsupportedMediaError extends Error {
  constructor(
    readonly reason: 'empty' | 'unsupported',
    message: string = reason === 'empty' ? 'the file is empty' : UNSUPPORTED_MEDIA_MESSAGE,
  ) {
    super(message)
    this.name = 'UnsupportedMediaError'
  }
}

/** What an upload answers, and what a take's clip is made from. */
export interface IngestedMedia {
  url: string
  mime: string
  kind: MediaKind
  bytes: number
  width: number
  height: number
  durationMs: number | null
  fps: number | null
  /** A JPEG frame of a video; for an image, the image itself. */
  posterUrl: string
}

interface Measured {
  type: MediaType
  width: number
  height: number
  durationMs: number | null
  fps: number | null
}

async function measure(path: string, head: Uint8Array): Promise<Measured> {
  const type = sniffMediaType(head)
  if (!type) throw new UnsupportedMediaError('unsupported')
  if (type.kind === 'image') {
    const file = await open(path, 'r')
    try {
      const size = await readImageSize(file, type.ext)
      if (!size) throw new UnsupportedMediaError('unsupported')
      return { type, ...size, durationMs: null, fps: null }
    } finally {
      await file.close()
    }
  }
  const facts = await probeVideo(path)
  if (!facts || !PLAYABLE_VIDEO_CODECS.has(facts.codec)) {
    throw new UnsupportedMediaError('unsupported')
  }
  return {
    type,
    width: facts.width,
    height: facts.height,
    durationMs: facts.durationMs,
    fps: facts.fps,
  }
}

/** A poster JPEG for a stored video, extracted with ffmpeg. */
async function makePoster(
  store: MediaStore,
  video: StoredMedia,
  durationMs: number | null,
): Promise<StoredMedia> {
  const source = await store.localPath(`${video.sha256}.${video.ext}`)
  if (!source) throw new Error(`the stored video ${video.url} is missing`)
  const out = store.tempPath('jpg')
  try {
    await extractPoster(source, out, posterSeconds(durationMs))
    return await store.putFile(out, 'jpg')
  } finally {
    await rm(out, { force: true })
  }
}

async function commitMeasured(
  store: MediaStore,
  received: ReceivedFile,
  measured: Measured,
  poster: Uint8Array | null,
): Promise<IngestedMedia> {
  const stored = await store.commit(received, measured.type.ext)
  let posterUrl = stored.url
  if (measured.type.kind === 'video') {
    const given = poster && sniffMediaType(poster)
    posterUrl =
      given && given.kind === 'image'
        ? (await store.put(poster, given.ext)).url
        : (await makePoster(store, stored, measured.durationMs)).url
  }
  return {
    url: stored.url,
    mime: measured.type.mime,
    kind: measured.type.kind,
    bytes: stored.bytes,
    width: measured.width,
    height: measured.height,
    durationMs: measured.durationMs,
    fps: measured.fps,
    posterUrl,
  }
}

/**
 * Streams an upload into the store: at most `maxBytes` (MediaTooLargeError past it), then typed
 * by its content and measured (UnsupportedMediaError when it is empty or not a playable image or
 * video). Nothing is kept of a refused file.
 */
export async function ingestUpload(
  store: MediaStore,
  body: ByteSource,
  maxBytes: number,
): Promise<IngestedMedia> {
  const received = await store.receive(body, maxBytes)
  try {
    if (received.bytes === 0) throw new UnsupportedMediaError('empty')
    const measured = await measure(received.path, received.head)
    return await commitMeasured(store, received, measured, null)
  } catch (error) {
    await store.discard(received)
    throw error
  }
}

/** Stores a finished clip's video (and poster, when the provider made one) and measures it. */
export async function ingestClip(
  store: MediaStore,
  video: Uint8Array,
  poster: Uint8Array | null,
): Promise<Clip> {
  const received = await store.receive([video], Number.MAX_SAFE_INTEGER)
  try {
    if (received.bytes === 0)
      throw new UnsupportedMediaError('empty', 'the provider sent an empty video')
    const measured = await measure(received.path, received.head)
    if (measured.type.kind !== 'video') {
      throw new UnsupportedMediaError(
        'unsupported',
        'the provider sent something other than a video',
      )
    }
    return toClip(await commitMeasured(store, received, measured, poster))
  } catch (error) {
    await store.discard(received)
    throw error
  }
}

export function toClip(media: IngestedMedia): Clip {
  return {
    url: media.url,
    posterUrl: media.posterUrl,
    mime: media.mime,
    kind: media.kind,
    width: media.width,
    height: media.height,
    fps: media.fps,
    durationMs: media.durationMs,
    bytes: media.bytes,
  }
}
