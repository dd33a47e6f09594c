/**
 * An image's pixel size read from its headers, without decoding it: PNG (IHDR), GIF (logical
 * screen), WebP (VP8, VP8L, VP8X) from the first bytes; JPEG by walking its markers to the first
 * start-of-frame, which may sit after large metadata segments.
 */
import type { FileHandle } from 'node:fs/promises'
import type { MediaExtension } from './media-types.js'

export interface PixelSize {
  width: number
  height: number
}

/** Enough of the file for PNG, GIF and WebP. */
const HEADER_BYTES = 64
/** A JPEG with more segments than this before its frame header is not one we take. */
const MAX_JPEG_SEGMENTS = 1000

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await file.read(buffer, 0, length, position)
  return buffer.subarray(0, bytesRead)
}

function positive(size: PixelSize): PixelSize | null {
  return size.width > 0 && size.height > 0 ? size : null
}

function pngSize(head: Buffer): PixelSize | null {
  if (head.length < 24 || head.toString('latin1', 12, 16) !== 'IHDR') return null
  return positive({ width: head.readUInt32BE(16), height: head.readUInt32BE(20) })
}

function gifSize(head: Buffer): PixelSize | null {
  if (head.length < 10) return null
  return positive({ width: head.readUInt16LE(6), height: head.readUInt16LE(8) })
}

function webpSize(head: Buffer): PixelSize | null {
  if (head.length < 30) return null
  const chunk = head.toString('latin1', 12, 16)
  if (chunk === 'VP8 ') {
    // Key frame: 3 bytes frame tag, start code 9d 01 2a, then 14-bit width and height.
    if (head[23] !== 0x9d || head[24] !== 0x01 || head[25] !== 0x2a) return null
    return positive({
      width: head.readUInt16LE(26) & 0x3fff,
      height: head.readUInt16LE(28) & 0x3fff,
    })
  }
  if (chunk === 'VP8L') {
    if (head[20] !== 0x2f) return null
    const bits = head.readUInt32LE(21)
    return positive({ width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 })
  }
  if (chunk === 'VP8X') {
    return positive({ width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 })
  }
  return null
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
}

async function jpegSize(file: FileHandle): Promise<PixelSize | null> {
  let position = 2
  for (let segment = 0; segment < MAX_JPEG_SEGMENTS; segment++) {
    const header = await readAt(file, position, 4)
    if (header.length < 2 || header[0] !== 0xff) return null
    const marker = header[1]!
    if (marker === 0xff) {
      position += 1 // fill byte
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      position += 2 // markers without a length
      continue
    }
    if (marker === 0xd9 || marker === 0xda || header.length < 4) return null // no frame header
    const length = header.readUInt16BE(2)
    if (length < 2) return null
    if (isStartOfFrame(marker)) {
      const frame = await readAt(file, position + 4, 5)
      if (frame.length < 5) return null
      return positive({ width: frame.readUInt16BE(3), height: frame.readUInt16BE(1) })
    }
    position += 2 + length
  }
  return null
}

/** The pixel size of an image file of type `ext`, or null when its headers do not say. */
export async function readImageSize(
  file: FileHandle,
  ext: MediaExtension,
): Promise<PixelSize | null> {
  if (ext === 'jpg' || ext === 'jpeg') return jpegSize(file)
  const head = await readAt(file, 0, HEADER_BYTES)
  if (ext === 'png') return pngSize(head)
  if (ext === 'gif') return gifSize(head)
  if (ext === 'webp') return webpSize(head)
  return null
}
