/** Encoding a reference image for providers: as an uploaded file or as a data URI. */
import type { ImageInput } from './provider.js'

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
}

export function imageFileName(image: ImageInput, stem = 'reference'): string {
  return `${stem}.${EXTENSIONS[image.mime] ?? 'bin'}`
}

export function imageBlob(image: ImageInput): Blob {
  return new Blob([image.bytes], { type: image.mime })
}

export function imageDataUri(image: ImageInput): string {
  return `data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}`
}
