/**
 * The media (clip) store: content-addressed files. A file is named by the sha256 of its bytes
 * and its type, `<sha256>.<ext>`, and kept at `<root>/<h0h1>/<h2h3>/<sha256>.<ext>` (two levels of
 * shards keep folders small). Bytes are written to a temporary file under `<root>/.tmp`, synced,
 * then renamed into place, so a reader never sees half a file; the same content stored twice is
 * one file. The public address of a file is `/clips/<sha256>.<ext>`.
 *
 * Files nothing refers to any more are removed after a while by media-collector.ts.
 *
 * `MediaStore` is the interface the rest of the server uses, so that object storage can stand in
 * for the folder later; `FileMediaStore` keeps it on the local disk (DATA_DIR/media).
 */
import { createHash, randomBytes } from 'node:crypto'
import { constants, createReadStream } from 'node:fs'
import { mkdir, open, realpath, rename, rm, stat, utimes, type FileHandle } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import { MEDIA_NAME_PATTERN, SNIFF_BYTES, type MediaExtension } from './media-types.js'

export const CLIPS_PATH_PREFIX = '/clips/'

/** Bytes to store: a stream (an HTTP request body, a file) or chunks at hand. */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>

/** A file streamed into the store's temporary folder, not yet committed. */
export interface ReceivedFile {
  path: string
  sha256: string
  bytes: number
  /** The first bytes (up to SNIFF_BYTES), for finding the type. */
  head: Uint8Array
}

export interface StoredMedia {
  sha256: string
  ext: MediaExtension
  bytes: number
  /** `/clips/<sha256>.<ext>` */
  url: string
}

/** An open stored file, ready to be served; close `file` when done. */
export interface OpenedMedia {
  file: FileHandle
  size: number
  sha256: string
  ext: MediaExtension
}

export class MediaTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the file is larger than the limit of ${limit} bytes`)
    this.name = 'MediaTooLargeError'
  }
}

export interface MediaStore {
  /** Prepares the store (folders) and drops temporary files a stopped server left behind. */
  init(): Promise<void>
  /** Streams `source` into a temporary file, hashing it; rejects with MediaTooLargeError past `maxBytes`. */
  receive(source: ByteSource, maxBytes: number): Promise<ReceivedFile>
  /** Moves a received file into the store (kept once when the same content is there already). */
  commit(received: ReceivedFile, ext: MediaExtension): Promise<StoredMedia>
  /** Removes a received file that will not be stored. */
  discard(received: ReceivedFile): Promise<void>
  /** Stores bytes. */
  put(bytes: Uint8Array, ext: MediaExtension): Promise<StoredMedia>
  /** Stores a copy of a file (one made on the way, such as a poster). */
  putFile(path: string, ext: MediaExtension): Promise<StoredMedia>
  /** A stored file on disk (for ffmpeg); null when there is no such file. */
  localPath(name: string): Promise<string | null>
  /** Opens a stored file by its name `<sha256>.<ext>`; null for any other name or a missing file. */
  open(name: string): Promise<OpenedMedia | null>
  /** A fresh path in the temporary folder, for files made on the way (posters, frames). */
  tempPath(ext: string): string
}

export function mediaUrl(sha256: string, ext: MediaExtension): string {
  return `${CLIPS_PATH_PREFIX}${sha256}.${ext}`
}

/** `<sha256>.<ext>` of a `/clips/...` URL, or null when it is not one. */
export function mediaNameOf(url: string): string | null {
  if (!url.startsWith(CLIPS_PATH_PREFIX)) return null
  const name = url.slice(CLIPS_PATH_PREFIX.length)
  return MEDIA_NAME_PATTERN.test(name) ? name : null
}

export class FileMediaStore implements MediaStore {
  private readonly tempDir: string

  /** `root` is DATA_DIR/media; it is created when missing and left-over temporary files removed. */
  constructor(readonly root: string) {
    this.tempDir = join(root, '.tmp')
  }

  /** Creates the folders and clears temporary files a stopped server left behind. */
  async init(): Promise<void> {
    await rm(this.tempDir, { recursive: true, force: true })
    await mkdir(this.tempDir, { recursive: true })
  }

  tempPath(ext: string): string {
    return join(this.tempDir, `${randomBytes(12).toString('hex')}.${ext}`)
  }

  async receive(source: ByteSource, maxBytes: number): Promise<ReceivedFile> {
    const path = this.tempPath('part')
    const hash = createHash('sha256')
    const head: Buffer[] = []
    let headBytes = 0
    let bytes = 0
    const file = await open(path, 'wx')
    try {
      for await (const chunk of source) {
        const data = chunk as Uint8Array
        bytes += data.byteLength
        if (bytes > maxBytes) throw new MediaTooLargeError(maxBytes)
        if (headBytes < SNIFF_BYTES) {
          const part = Buffer.from(data.subarray(0, SNIFF_BYTES - headBytes))
          head.push(part)
          headBytes += part.length
        }
        hash.update(data)
        await file.write(data)
      }
      await file.sync()
    } catch (error) {
      await file.close()
      await rm(path, { force: true })
      throw error
    }
    await file.close()
    return { path, sha256: hash.digest('hex'), bytes, head: new Uint8Array(Buffer.concat(head)) }
  }

  async commit(received: ReceivedFile, ext: MediaExtension): Promise<StoredMedia> {
    const target = this.pathOf(received.sha256, ext)
    await mkdir(dirname(target), { recursive: true })
    if (await isFile(target)) {
      await rm(received.path, { force: true })
      // Stored again, it is in use again: a sweep leaves files this young alone (media-collector).
      const now = new Date()
      await utimes(target, now, now)
    } else {
      await rename(received.path, target)
    }
    return {
      sha256: received.sha256,
      ext,
      bytes: received.bytes,
      url: mediaUrl(received.sha256, ext),
    }
  }

  async discard(received: ReceivedFile): Promise<void> {
    await rm(received.path, { force: true })
  }

  async put(bytes: Uint8Array, ext: MediaExtension): Promise<StoredMedia> {
    const received = await this.receive([bytes], Number.MAX_SAFE_INTEGER)
    return this.commit(received, ext)
  }

  async putFile(path: string, ext: MediaExtension): Promise<StoredMedia> {
    const received = await this.receive(createReadStream(path), Number.MAX_SAFE_INTEGER)
    return this.commit(received, ext)
  }

  async localPath(name: string): Promise<string | null> {
    const match = MEDIA_NAME_PATTERN.exec(name)
    if (!match) return null
    const path = this.pathOf(match[1]!, match[2] as MediaExtension)
    const real = await realpath(path).catch(() => null)
    const root = await realpath(this.root).catch(() => null)
    // The path is built from the hash alone; a symlink anywhere on the way is still refused.
    if (!real || !root || real !== path.replace(this.root, root) || !real.startsWith(root + sep)) {
      return null
    }
    return (await isFile(real)) ? real : null
  }

  async open(name: string): Promise<OpenedMedia | null> {
    const path = await this.localPath(name)
    if (!path) return null
    const match = MEDIA_NAME_PATTERN.exec(name)!
    let file: FileHandle
    try {
      file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
    } catch {
      return null
    }
    const info = await file.stat()
    if (!info.isFile()) {
      await file.close()
      return null
    }
    return { file, size: info.size, sha256: match[1]!, ext: match[2] as MediaExtension }
  }

  private pathOf(sha256: string, ext: MediaExtension): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}.${ext}`)
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  )
}
