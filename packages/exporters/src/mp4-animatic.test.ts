import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filmShot, videoClip } from '../test/support/sample-film.js'
import { decodeFacts, frameLuma, makeTestClip } from '../test/support/media.js'
import { ExportError } from './export-error.js'
import type { Film, FilmClip } from './film.js'
import { mp4Animatic } from './mp4-animatic.js'

let dir = ''
const clipFile = (name: string) => path.join(dir, name)

function clip(name: string, width: number, height: number, fps: number, seconds: number): FilmClip {
  return videoClip({
    path: clipFile(name),
    url: `/clips/${name}`,
    width,
    height,
    fps,
    durationMs: seconds * 1000,
  })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mp4-animatic-'))
  await Promise.all([
    makeTestClip(clipFile('small-30fps.mp4'), { width: 320, height: 240, fps: 30, seconds: 1 }),
    makeTestClip(clipFile('wide-2s.mp4'), { width: 640, height: 360, fps: 24, seconds: 2 }),
    makeTestClip(clipFile('a.mp4'), { width: 640, height: 360, fps: 24, seconds: 1 }),
    makeTestClip(clipFile('b.mp4'), { width: 640, height: 360, fps: 24, seconds: 1 }),
    makeTestClip(clipFile('c.mp4'), { width: 640, height: 360, fps: 24, seconds: 1 }),
    makeTestClip(clipFile('yuv444.mp4'), {
      width: 640,
      height: 360,
      fps: 24,
      seconds: 1,
      extra: ['-pix_fmt', 'yuv444p'],
    }),
  ])
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** 2 s from a 1 s 4:3 clip at 30 fps (held), 1.5 s slate, 1 s from a 2 s clip (trimmed): 108 frames. */
function mixedFilm(): Film {
  return {
    title: 'Mixed',
    exportedAt: new Date('2025-03-04T10:00:00Z'),
    fps: 24,
    shots: [
      filmShot('1', 'Held', { durationSeconds: 2 }, clip('small-30fps.mp4', 320, 240, 30, 1)),
      filmShot(
        '2',
        'Slate',
        { subject: 'a keeper', action: 'winds the lamp', durationSeconds: 1.5 },
        null,
      ),
      filmShot('3', 'Trimmed', { durationSeconds: 1 }, clip('wide-2s.mp4', 640, 360, 24, 2)),
    ],
  }
}

function matchingFilm(): Film {
  return {
    ...mixedFilm(),
    shots: ['a', 'b', 'c'].map((name, i) =>
      filmShot(String(i + 1), name, { durationSeconds: 1 }, clip(`${name}.mp4`, 640, 360, 24, 1)),
    ),
  }
}

describe('MP4 animatic', () => {
  it('normalises clips and slates to one size and rate, as long as the sequence', async () => {
    const outputPath = path.join(dir, 'mixed.mp4')
    const progress: number[] = []
    const result = await mp4Animatic(mixedFilm(), {
      outputPath,
      width: 640,
      height: 360,
      burnShotNumbers: true,
      burnTimecode: true,
      onProgress: (fraction) => progress.push(fraction),
    })
    expect(result).toMatchObject({
      method: 'encode',
      frames: 108,
      width: 640,
      height: 360,
      slates: 1,
    })
    const facts = await decodeFacts(outputPath)
    expect(facts).toMatchObject({
      codec: 'h264',
      pixelFormat: 'yuv420p',
      width: 640,
      height: 360,
      fps: 24,
      hasAudio: false,
    })
    expect(Math.abs(facts.frames - 108)).toBeLessThanOrEqual(1)
    expect(progress[0]).toBe(0)
    expect(progress[progress.length - 1]).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('holds a short clip, shows the slate for its time and trims a long clip', async () => {
    const outputPath = path.join(dir, 'mixed-plain.mp4')
    await mp4Animatic(mixedFilm(), { outputPath, width: 640, height: 360, shotsPerChunk: 2 })
    expect((await decodeFacts(outputPath)).frames).toBe(108)
    // frames 30..47 hold the 1 s clip's last frame: the picture does not change
    const held = await Promise.all([30, 47].map((frame) => frameLuma(outputPath, frame)))
    expect(Math.abs(held[0]! - held[1]!)).toBeLessThan(1)
    // the slate (frames 48..83) is a dark card; the clips are bright test patterns
    expect(await frameLuma(outputPath, 60)).toBeLessThan(40)
    expect(await frameLuma(outputPath, 90)).toBeGreaterThan(80)
  })

  it('joins matching clips by stream copy', async () => {
    const outputPath = path.join(dir, 'copied.mp4')
    const result = await mp4Animatic(matchingFilm(), { outputPath, width: 640, height: 360 })
    expect(result.method).toBe('stream-copy')
    const facts = await decodeFacts(outputPath)
    expect(facts).toMatchObject({ width: 640, height: 360, fps: 24, frames: 72, codec: 'h264' })
  })

  it('re-encodes matching clips when a burn-in or another size is asked for', async () => {
    const outputPath = path.join(dir, 'burnt.mp4')
    const burnt = await mp4Animatic(matchingFilm(), {
      outputPath,
      width: 640,
      height: 360,
      burnTimecode: true,
    })
    expect(burnt).toMatchObject({ method: 'encode', reason: 'burnt-in timecode needs re-encoding' })
    const resized = await mp4Animatic(matchingFilm(), { outputPath, width: 320, height: 180 })
    expect(resized.method).toBe('encode')
    expect(resized.reason).toContain('640x360, not 320x180')
    expect(await decodeFacts(outputPath)).toMatchObject({ width: 320, height: 180, frames: 72 })
  })

  it('checks the files, not only the metadata, before copying', async () => {
    const film = matchingFilm()
    film.shots[1]!.take!.clip = clip('yuv444.mp4', 640, 360, 24, 1)
    const result = await mp4Animatic(film, {
      outputPath: path.join(dir, 'probed.mp4'),
      width: 640,
      height: 360,
    })
    expect(result.method).toBe('encode')
    expect(result.reason).toBe('shot 2 is yuv444p, not yuv420p')
  })

  it('renders a slate and warns when a clip file is gone', async () => {
    const film = matchingFilm()
    film.shots[2]!.take!.clip = clip('gone.mp4', 640, 360, 24, 1)
    const outputPath = path.join(dir, 'gone.mp4')
    const result = await mp4Animatic(film, { outputPath, width: 640, height: 360 })
    expect(result).toMatchObject({ method: 'encode', slates: 1 })
    expect(result.warnings).toEqual(['shot 3: clip file not found, a slate was rendered'])
    expect((await decodeFacts(outputPath)).frames).toBe(72)
  })

  it('stops ffmpeg and leaves no file when canceled', async () => {
    const controller = new AbortController()
    const outputPath = path.join(dir, 'canceled.mp4')
    const film = mixedFilm()
    film.shots[1]!.durationSeconds = 60
    const run = mp4Animatic(film, {
      outputPath,
      width: 640,
      height: 360,
      preset: 'medium',
      onProgress: (fraction) => {
        if (fraction > 0) controller.abort()
      },
      signal: controller.signal,
    })
    await expect(run).rejects.toMatchObject({ name: 'ExportError', code: 'aborted' })
    expect(existsSync(outputPath)).toBe(false)
  })

  it('refuses an empty sequence and odd sizes as bad options', async () => {
    const outputPath = path.join(dir, 'never.mp4')
    await expect(mp4Animatic({ ...mixedFilm(), shots: [] }, { outputPath })).rejects.toBeInstanceOf(
      ExportError,
    )
    const zero = mixedFilm()
    zero.shots.forEach((shot) => (shot.durationSeconds = 0))
    await expect(mp4Animatic(zero, { outputPath })).rejects.toMatchObject({ code: 'bad-options' })
    await expect(mp4Animatic(mixedFilm(), { outputPath, width: 641 })).rejects.toMatchObject({
      code: 'bad-options',
    })
  })
})
