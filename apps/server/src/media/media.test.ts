/**
 * The media pieces without a server: typing files by content, image sizes from headers, video
 * facts from ffmpeg, and the content-addressed store.
 */
import { lstat, mkdir, open, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMediaFixtures, type MediaFixtures } from '../testing/media-fixtures.js'
import { makeTempDir, removeTempDirs } from '../testing/test-server.js'
import { extractLastFrame, parseVideoFacts, probeVideo } from './ffmpeg-tools.js'
import { readImageSize } from './image-size.js'
import { UnsupportedMediaError, ingestClip, ingestUpload } from './media-ingest.js'
import { FileMediaStore, MediaTooLargeError, mediaNameOf } from './media-store.js'
import { sniffMediaType } from './media-types.js'

let media: MediaFixtures
let dir: string

beforeAll(async () => {
  dir = await makeTempDir('sceneboard-media-')
  media = await makeMediaFixtures(dir)
})

afterAll(removeTempDirs)

async function sizeOf(bytes: Buffer, ext: 'png' | 'jpg' | 'gif' | 'webp') {
  const path = join(dir, `size-check.${ext}`)
  await writeFile(path, bytes)
  const file = await open(path, 'r')
  try {
    return await readImageSize(file, ext)
  } finally {
    await file.close()
  }
}

describe('media types by content', () => {
  it('MEDIA-5 knows PNG, JPEG, GIF, WebP, MP4, MOV and WebM from their first bytes', () => {
    const kinds = Object.fromEntries(
      (['png', 'jpeg', 'gif', 'webp', 'mp4', 'mov', 'webm'] as const).map((name) => [
        name,
        sniffMediaType(media[name].subarray(0, 4096)),
      ]),
    )
    expect(kinds).toEqual({
      png: { mime: 'image/png', ext: 'png', kind: 'image' },
      jpeg: { mime: 'image/jpeg', ext: 'jpg', kind: 'image' },
      gif: { mime: 'image/gif', ext: 'gif', kind: 'image' },
      webp: { mime: 'image/webp', ext: 'webp', kind: 'image' },
      mp4: { mime: 'video/mp4', ext: 'mp4', kind: 'video' },
      mov: { mime: 'video/quicktime', ext: 'mov', kind: 'video' },
      webm: { mime: 'video/webm', ext: 'webm', kind: 'video' },
    })
  })

  it('MEDIA-5 refuses text, an empty file and a truncated signature', () => {
    expect(sniffMediaType(Buffer.from('not a picture at all, only words'))).toBeNull()
    expect(sniffMediaType(new Uint8Array())).toBeNull()
    expect(sniffMediaType(media.png.subarray(0, 5))).toBeNull()
    expect(sniffMediaType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
  })
})

describe('image sizes from headers', () => {
  it('MEDIA-5 reads PNG, JPEG, GIF and WebP (lossy and lossless) sizes', async () => {
    expect(await sizeOf(media.png, 'png')).toEqual({ width: 320, height: 240 })
    expect(await sizeOf(media.jpeg, 'jpg')).toEqual({ width: 320, height: 240 })
    expect(await sizeOf(media.gif, 'gif')).toEqual({ width: 320, height: 240 })
    expect(await sizeOf(media.webp, 'webp')).toEqual({ width: 320, height: 240 })
    expect(await sizeOf(media.webpLossless, 'webp')).toEqual({ width: 200, height: 100 })
  })

  it('MEDIA-5 walks past large metadata segments to a JPEG frame header', async () => {
    const comment = Buffer.alloc(60_000, 0x41)
    const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0xea, 0x62]), comment])
    const padded = Buffer.concat([media.jpeg.subarray(0, 2), segment, media.jpeg.subarray(2)])
    expect(await sizeOf(padded, 'jpg')).toEqual({ width: 320, height: 240 })
    expect(await sizeOf(media.jpeg.subarray(0, 20), 'jpg')).toBeNull()
  })
})

describe('video facts from ffmpeg', () => {
  it('MEDIA-5 reads codec, size, frame rate and duration of a real clip', async () => {
    expect(await probeVideo(media.mp4Path)).toEqual({
      codec: 'h264',
      width: 320,
      height: 240,
      fps: 24,
      durationMs: 1000,
    })
  })

  it('MEDIA-5 finds no video in a file that is not one', async () => {
    const path = join(dir, 'words.mp4')
    await writeFile(path, 'hello')
    expect(await probeVideo(path)).toBeNull()
  })

  it('MEDIA-5 swaps the sides of a video stored sideways', () => {
    const banner = [
      '  Duration: 00:00:02.50, start: 0.000000, bitrate: 100 kb/s',
      '    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(tv, bt709), 1920x1080, 100 kb/s, 30 fps, 30 tbr (default)',
      '    Metadata:',
      '      rotate          : 90',
    ].join('\n')
    expect(parseVideoFacts(banner)).toEqual({
      codec: 'h264',
      width: 1080,
      height: 1920,
      fps: 30,
      durationMs: 2500,
    })
  })

  it('QUEUE-11 extracts the last frame of a clip as a JPEG', async () => {
    const out = join(dir, 'last.jpg')
    await extractLastFrame(media.mp4Path, out)
    expect(sniffMediaType(await readFile(out))?.ext).toBe('jpg')
  })
})

describe('the content-addressed store', () => {
  it('MEDIA-1 stores by sha256 in sharded folders, once per content, with no temporary files left', async () => {
    const store = new FileMediaStore(join(await makeTempDir(), 'media'))
    await store.init()
    const first = await store.put(media.png, 'png')
    const again = await store.put(media.png, 'png')
    expect(again).toEqual(first)
    expect(first.url).toMatch(/^\/clips\/[a-f0-9]{64}\.png$/)
    const path = join(
      store.root,
      first.sha256.slice(0, 2),
      first.sha256.slice(2, 4),
      `${first.sha256}.png`,
    )
    expect(await readFile(path)).toEqual(media.png)
    expect(await readdir(join(store.root, '.tmp'))).toEqual([])
    expect(mediaNameOf(first.url)).toBe(`${first.sha256}.png`)
    expect(mediaNameOf('/clips/../x.png')).toBeNull()
  })

  it('MEDIA-5 refuses a stream over the limit and keeps nothing of it', async () => {
    const store = new FileMediaStore(join(await makeTempDir(), 'media'))
    await store.init()
    const chunks = [Buffer.alloc(600), Buffer.alloc(600)]
    await expect(store.receive(chunks, 1000)).rejects.toBeInstanceOf(MediaTooLargeError)
    expect(await readdir(join(store.root, '.tmp'))).toEqual([])
  })

  it('MEDIA-4 never opens a symlink, even one named like a stored file', async () => {
    const store = new FileMediaStore(join(await makeTempDir(), 'media'))
    await store.init()
    const hash = 'c'.repeat(64)
    const shard = join(store.root, 'cc', 'cc')
    await mkdir(shard, { recursive: true })
    await symlink('/etc/hostname', join(shard, `${hash}.png`))
    expect((await lstat(join(shard, `${hash}.png`))).isSymbolicLink()).toBe(true)
    expect(await store.open(`${hash}.png`)).toBeNull()
    expect(await store.open('../../etc/hostname')).toBeNull()
  })

  it('MEDIA-5 ingests an upload by content and refuses words under a picture name', async () => {
    const store = new FileMediaStore(join(await makeTempDir(), 'media'))
    await store.init()
    const video = await ingestUpload(store, [media.mp4], 10_000_000)
    expect(video).toMatchObject({
      mime: 'video/mp4',
      kind: 'video',
      width: 320,
      height: 240,
      durationMs: 1000,
      fps: 24,
      bytes: media.mp4.length,
    })
    expect(video.posterUrl).toMatch(/\.jpg$/)
    await expect(ingestUpload(store, [Buffer.from('hello')], 1000)).rejects.toBeInstanceOf(
      UnsupportedMediaError,
    )
    await expect(ingestUpload(store, [], 1000)).rejects.toMatchObject({ reason: 'empty' })
    expect(await readdir(join(store.root, '.tmp'))).toEqual([])
  })

  it('QUEUE-9 measures a finished clip from the file, keeping a given poster', async () => {
    const store = new FileMediaStore(join(await makeTempDir(), 'media'))
    await store.init()
    const clip = await ingestClip(store, media.webm, media.jpeg)
    expect(clip).toMatchObject({ mime: 'video/webm', kind: 'video', width: 320, height: 240 })
    const poster = await store.open(mediaNameOf(clip.posterUrl!)!)
    expect(poster?.size).toBe(media.jpeg.length)
    await poster?.file.close()
    await expect(ingestClip(store, media.png, null)).rejects.toThrow(/other than a video/)
  })
})
