import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolveFfmpegPath } from '@sceneboard/previs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTestClip } from '../test/support/media.js'
import { probeMediaFiles } from './media-probe.js'

let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'media-probe-'))
  await makeTestClip(path.join(dir, 'a.mp4'), { width: 320, height: 180, fps: 24, seconds: 1 })
  await makeTestClip(path.join(dir, "b 'quoted'.mp4"), {
    width: 160,
    height: 90,
    fps: 30,
    seconds: 0.5,
  })
  await writeFile(path.join(dir, 'broken.mp4'), 'not a video')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('media probe', () => {
  it('reads size, rate, format, time base and frame count of many files in one go', async () => {
    const [a, b] = await probeMediaFiles(resolveFfmpegPath(), [
      path.join(dir, 'a.mp4'),
      path.join(dir, "b 'quoted'.mp4"),
    ])
    expect(a).toMatchObject({
      codec: 'h264',
      pixelFormat: 'yuv420p',
      width: 320,
      height: 180,
      fps: 24,
      frames: 24,
      timescale: 12288,
    })
    expect(b).toMatchObject({ width: 160, height: 90, fps: 30, frames: 15 })
    expect(a?.profile).not.toBe('')
  })

  it('still reads the good files when one is broken, and repeats none', async () => {
    const files = ['a.mp4', 'broken.mp4', 'a.mp4', 'missing.mp4'].map((name) =>
      path.join(dir, name),
    )
    const facts = await probeMediaFiles(resolveFfmpegPath(), files)
    expect(facts.map((fact) => fact?.frames ?? null)).toEqual([24, null, 24, null])
  })
})
