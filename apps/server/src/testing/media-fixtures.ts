/**
 * Real media files for tests, made once per test file with the same ffmpeg the server uses:
 * still images of known sizes (PNG, JPEG, GIF, WebP lossy and lossless) and short videos
 * (H.264 MP4, a QuickTime MOV, VP8 WebM).
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { resolveFfmpegPath } from '@sceneboard/previs'

const run = promisify(execFile)

export interface MediaFixtures {
  png: Buffer
  jpeg: Buffer
  gif: Buffer
  webp: Buffer
  webpLossless: Buffer
  mp4: Buffer
  mov: Buffer
  webm: Buffer
  /** Path of the MP4 on disk. */
  mp4Path: string
}

async function ffmpeg(args: string[]): Promise<void> {
  await run(resolveFfmpegPath(), ['-hide_banner', '-v', 'error', '-nostdin', ...args, '-y'].flat())
}

/** Images are 320x240 (lossless WebP 200x100); videos 1 s of 320x240 at 24 fps. */
export async function makeMediaFixtures(dir: string): Promise<MediaFixtures> {
  const still = ['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=1', '-frames:v', '1']
  const moving = ['-f', 'lavfi', '-i', 'testsrc=duration=1:size=320x240:rate=24']
  const h264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']
  const file = (name: string) => join(dir, name)
  await Promise.all([
    ffmpeg([...still, file('still.png')]),
    ffmpeg([...still, file('still.jpg')]),
    ffmpeg([...still, file('still.gif')]),
    ffmpeg([...still, '-c:v', 'libwebp', file('still.webp')]),
    ffmpeg([
      ...['-f', 'lavfi', '-i', 'testsrc=size=200x100:rate=1', '-frames:v', '1'],
      ...['-c:v', 'libwebp', '-lossless', '1', file('lossless.webp')],
    ]),
    ffmpeg([...moving, ...h264, '-movflags', '+faststart', file('clip.mp4')]),
    ffmpeg([...moving, ...h264, '-f', 'mov', file('clip.mov')]),
    ffmpeg([...moving, '-c:v', 'libvpx', '-b:v', '200k', file('clip.webm')]),
  ])
  const read = (name: string) => readFile(file(name))
  return {
    png: await read('still.png'),
    jpeg: await read('still.jpg'),
    gif: await read('still.gif'),
    webp: await read('still.webp'),
    webpLossless: await read('lossless.webp'),
    mp4: await read('clip.mp4'),
    mov: await read('clip.mov'),
    webm: await read('clip.webm'),
    mp4Path: file('clip.mp4'),
  }
}
