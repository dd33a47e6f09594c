/**
 * Media for the tests, made with the real ffmpeg: small H.264 clips from its test pattern, still
 * pictures, and the facts of a file read back by decoding it.
 */
import { resolveFfmpegPath } from '@sceneboard/previs'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface TestClipOptions {
  width: number
  height: number
  fps: number
  seconds: number
  /** Extra ffmpeg output options, e.g. another pixel format. */
  extra?: string[]
}

/** An H.264 MP4 of ffmpeg's moving test pattern. */
export async function makeTestClip(file: string, options: TestClipOptions): Promise<void> {
  const source = `testsrc=size=${options.width}x${options.height}:rate=${options.fps}:duration=${options.seconds}`
  // prettier-ignore
  await run(resolveFfmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', source,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-bf', '0', '-pix_fmt', 'yuv420p',
    ...(options.extra ?? []),
    '-movflags', '+faststart', file,
  ])
}

/** One picture of the test pattern (.jpg or .png by the file's extension). */
export async function makeTestPicture(file: string, width: number, height: number): Promise<void> {
  // prettier-ignore
  await run(resolveFfmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=1`,
    '-frames:v', '1', file,
  ])
}

export interface DecodedFacts {
  codec: string
  pixelFormat: string
  width: number
  height: number
  fps: number
  /** Frames the decoder produced. */
  frames: number
  hasAudio: boolean
}

/** Decode the whole file and read what ffmpeg reports about it. */
export async function decodeFacts(file: string): Promise<DecodedFacts> {
  const { stderr } = await run(resolveFfmpegPath(), [
    '-hide_banner',
    '-i',
    file,
    '-map',
    '0:v:0',
    '-f',
    'null',
    '-',
  ])
  const video = /Stream #0:\d.*?: Video: (\w+).*?, (\w+)(?:\([^)]*\))?, (\d+)x(\d+)/.exec(stderr)
  const fps = /, ([\d.]+) fps/.exec(stderr)
  const frames = [...stderr.matchAll(/frame=\s*(\d+)/g)].pop()
  if (!video || !fps || !frames) throw new Error(`could not read the decoded facts:\n${stderr}`)
  return {
    codec: video[1] as string,
    pixelFormat: video[2] as string,
    width: Number(video[3]),
    height: Number(video[4]),
    fps: Number(fps[1]),
    frames: Number(frames[1]),
    hasAudio: /Stream #0:\d.*?: Audio:/.test(stderr.split('Stream mapping')[0] ?? ''),
  }
}

/** The mean luma (0..255) of one decoded frame, scaled down to 64x36. */
export async function frameLuma(file: string, frame: number): Promise<number> {
  // prettier-ignore
  const { stdout } = await run(resolveFfmpegPath(), [
    '-v', 'error', '-i', file,
    '-vf', `select=eq(n\\,${frame}),scale=64:36`, '-vsync', '0', '-frames:v', '1',
    '-pix_fmt', 'gray', '-f', 'rawvideo', '-',
  ], { encoding: 'buffer', maxBuffer: 1 << 20 })
  const pixels = stdout as unknown as Buffer
  let sum = 0
  for (const value of pixels) sum += value
  return sum / pixels.length
}
