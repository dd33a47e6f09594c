/**
 * Small media files for the tests, made at test time with the ffmpeg the previs renderer uses
 * (nothing binary is committed): a 1 s H.264 MP4 and a PNG, both test patterns.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { resolveFfmpegPath } from '../../../packages/previs/src/ffmpeg-path.js'

const run = promisify(execFile)

export interface MediaFile {
  name: string
  mime: string
  path: string
  base64: string
}

let made: Promise<{ mp4: MediaFile; png: MediaFile }> | null = null

async function make(): Promise<{ mp4: MediaFile; png: MediaFile }> {
  const dir = mkdtempSync(join(tmpdir(), 'sceneboard-media-'))
  const ffmpeg = resolveFfmpegPath()
  const mp4 = join(dir, 'plate.mp4')
  const png = join(dir, 'still.png')
  await run(ffmpeg, [
    ...['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=24:d=1'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', mp4],
  ])
  await run(ffmpeg, [
    ...['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x180'],
    ...['-frames:v', '1', png],
  ])
  const file = (path: string, name: string, mime: string): MediaFile => ({
    name,
    mime,
    path,
    base64: readFileSync(path).toString('base64'),
  })
  return { mp4: file(mp4, 'plate.mp4', 'video/mp4'), png: file(png, 'still.png', 'image/png') }
}

/** The test files, made once per test process. */
export function mediaFiles(): Promise<{ mp4: MediaFile; png: MediaFile }> {
  made ??= make()
  return made
}
