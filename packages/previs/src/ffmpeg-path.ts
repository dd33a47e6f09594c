/**
 * Which ffmpeg to run: FFMPEG_PATH when set (a system ffmpeg, for example), else the static
 * binary that the @ffmpeg-installer/ffmpeg package ships for this platform.
 */
import { createRequire } from 'node:module'

export function resolveFfmpegPath(explicit?: string): string {
  if (explicit) return explicit
  const fromEnv = process.env.FFMPEG_PATH
  if (fromEnv && fromEnv.trim() !== '') return fromEnv
  const require = createRequire(import.meta.url)
  const installer = require('@ffmpeg-installer/ffmpeg') as { path: string }
  return installer.path
}
