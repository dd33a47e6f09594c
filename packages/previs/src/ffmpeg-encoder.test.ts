import { afterEach, describe, expect, it } from 'vitest'
import { encoderArgs } from './ffmpeg-encoder.js'
import { resolveFfmpegPath } from './ffmpeg-path.js'

describe('ffmpeg settings', () => {
  it('reads raw RGBA from stdin and writes faststart H.264 in yuv420p', () => {
    const args = encoderArgs({
      ffmpegPath: 'ffmpeg',
      width: 1280,
      height: 720,
      fps: 24,
      outputPath: 'out.mp4',
    })
    const after = (flag: string) => args[args.indexOf(flag) + 1]
    expect(after('-f')).toBe('rawvideo')
    expect(args.indexOf('-pix_fmt')).toBeLessThan(args.indexOf('-i'))
    expect(after('-pix_fmt')).toBe('rgba')
    expect(after('-s')).toBe('1280x720')
    expect(after('-r')).toBe('24')
    expect(after('-i')).toBe('pipe:0')
    expect(after('-c:v')).toBe('libx264')
    expect(args.lastIndexOf('-pix_fmt')).toBeGreaterThan(args.indexOf('-i'))
    expect(args[args.lastIndexOf('-pix_fmt') + 1]).toBe('yuv420p')
    expect(after('-movflags')).toBe('+faststart')
    expect(args.at(-1)).toBe('out.mp4')
  })
})

describe('which ffmpeg runs', () => {
  const saved = process.env.FFMPEG_PATH
  afterEach(() => {
    if (saved === undefined) delete process.env.FFMPEG_PATH
    else process.env.FFMPEG_PATH = saved
  })

  it('takes an explicit path first, then FFMPEG_PATH, then the bundled binary', () => {
    delete process.env.FFMPEG_PATH
    const bundled = resolveFfmpegPath()
    expect(bundled).toMatch(/ffmpeg$/)
    process.env.FFMPEG_PATH = '/usr/bin/ffmpeg'
    expect(resolveFfmpegPath()).toBe('/usr/bin/ffmpeg')
    expect(resolveFfmpegPath('/opt/ffmpeg')).toBe('/opt/ffmpeg')
    process.env.FFMPEG_PATH = ' '
    expect(resolveFfmpegPath()).toBe(bundled)
  })
})
