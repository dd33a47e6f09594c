/**
 * Test helpers that check a clip by decoding it with the real ffmpeg: stream facts from its
 * banner, an md5 per decoded frame, grey frames as raw bytes, and the MP4's top-level box order.
 */
import { execFile } from 'node:child_process'
import { open } from 'node:fs/promises'
import { promisify } from 'node:util'
import { resolveFfmpegPath } from '../ffmpeg-path.js'

const run = promisify(execFile)

export type StreamFacts = {
  codec: string
  pixelFormat: string
  width: number
  height: number
  /** 0 for a still image. */
  fps: number
  durationSeconds: number
}

/** `ffmpeg -i file` prints the stream line even though it exits with "no output file". */
export async function streamFacts(file: string): Promise<StreamFacts> {
  const stderr = await run(resolveFfmpegPath(), ['-hide_banner', '-i', file]).then(
    () => '',
    (error: { stderr: string }) => error.stderr,
  )
  const video = /Stream #0:0.*?: Video: (\w+).*?, (\w+)(?:\([^)]*\))?, (\d+)x(\d+)/.exec(stderr)
  const fps = /, ([\d.]+) fps/.exec(stderr)
  const duration = /Duration: (\d+):(\d+):([\d.]+)/.exec(stderr)
  if (!video) throw new Error(`could not read stream facts:\n${stderr}`)
  return {
    codec: video[1] as string,
    pixelFormat: video[2] as string,
    width: Number(video[3]),
    height: Number(video[4]),
    fps: fps ? Number(fps[1]) : 0,
    durationSeconds: duration
      ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])
      : 0,
  }
}

/** One md5 per decoded frame, in order. */
export async function frameMd5s(file: string): Promise<string[]> {
  const { stdout } = await run(
    resolveFfmpegPath(),
    ['-v', 'error', '-i', file, '-f', 'framemd5', '-'],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return stdout
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => (line.split(',').pop() as string).trim())
}

/** Decoded frames (by index) as 8-bit grey pictures of the given size. */
export async function greyFrames(
  file: string,
  frames: number[],
  width: number,
  height: number,
): Promise<Uint8Array[]> {
  const select = frames.map((n) => `eq(n\\,${n})`).join('+')
  const { stdout } = await run(
    resolveFfmpegPath(),
    [
      '-v',
      'error',
      '-i',
      file,
      '-vf',
      `select=${select},scale=${width}:${height}:flags=area`,
      '-vsync',
      '0',
      '-pix_fmt',
      'gray',
      '-f',
      'rawvideo',
      '-',
    ],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
  )
  const size = width * height
  if (stdout.length !== size * frames.length) {
    throw new Error(`decoded ${stdout.length} bytes, expected ${size * frames.length}`)
  }
  return frames.map((_, i) => new Uint8Array(stdout.buffer, stdout.byteOffset + i * size, size))
}

/** Names of the MP4's top-level boxes in file order (ftyp, moov, mdat, ...). */
export async function topLevelBoxes(file: string): Promise<string[]> {
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const names: string[] = []
    const header = Buffer.alloc(16)
    let offset = 0
    while (offset + 8 <= size) {
      await handle.read(header, 0, 16, offset)
      let boxSize = header.readUInt32BE(0)
      names.push(header.toString('latin1', 4, 8))
      if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8))
      if (boxSize === 0) break
      offset += boxSize
    }
    return names
  } finally {
    await handle.close()
  }
}
