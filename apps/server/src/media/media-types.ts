/**
 * The media the server keeps and serves: which file types, how they are named in the store, and
 * how a file's type is found from its first bytes (never from its name or a Content-Type header).
 */

export const MEDIA_EXTENSIONS = ['mp4', 'webm', 'mov', 'png', 'jpg', 'jpeg', 'gif', 'webp'] as const
export type MediaExtension = (typeof MEDIA_EXTENSIONS)[number]

export type MediaKind = 'image' | 'video'

/** The only names `/clips/<name>` answers: a sha256 in lowercase hex and a known extension. */
export const MEDIA_NAME_PATTERN = /^([a-f0-9]{64})\.(mp4|webm|mov|png|jpg|jpeg|gif|webp)$/

export const MIME_BY_EXTENSION: Record<MediaExtension, string> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
}

export interface MediaType {
  mime: string
  ext: MediaExtension
  kind: MediaKind
}

/** How many leading bytes `sniffMediaType` needs to see at most. */
export const SNIFF_BYTES = 4096

const type = (ext: MediaExtension, kind: MediaKind): MediaType => ({
  mime: MIME_BY_EXTENSION[ext],
  ext,
  kind,
})

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false
  return bytes.every((byte, i) => head[at + i] === byte)
}

function ascii(head: Uint8Array, at: number, length: number): string {
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString(
    'latin1',
    at,
    at + length,
  )
}

/** ISO base media (MP4, MOV): a `ftyp` box first; QuickTime by its major brand. */
function sniffIsoMedia(head: Uint8Array): MediaType | null {
  if (head.length < 12 || ascii(head, 4, 4) !== 'ftyp') return null
  const brand = ascii(head, 8, 4)
  if (brand === 'qt  ') return type('mov', 'video')
  // Still-image and audio-only brands share the container; they are not videos we play.
  if (['avif', 'avis', 'heic', 'heix', 'mif1', 'msf1', 'M4A ', 'M4B '].includes(brand)) return null
  return type('mp4', 'video')
}

/** The file type from its first bytes (up to SNIFF_BYTES), or null when it is none we take. */
export function sniffMediaType(head: Uint8Array): MediaType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return type('png', 'image')
  if (startsWith(head, [0xff, 0xd8, 0xff])) return type('jpg', 'image')
  if (head.length >= 6 && ['GIF87a', 'GIF89a'].includes(ascii(head, 0, 6))) {
    return type('gif', 'image')
  }
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') {
    return type('webp', 'image')
  }
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    // EBML: WebM declares its DocType near the start; other Matroska files are not taken.
    return ascii(head, 0, Math.min(head.length, SNIFF_BYTES)).includes('webm')
      ? type('webm', 'video')
      : null
  }
  return sniffIsoMedia(head)
}
