/**
 * The renderer end to end: short clips rendered with the real ffmpeg and checked by decoding
 * them: container and stream facts, frame count, what moves and what holds still, determinism,
 * cancellation.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPrevis } from './render-previs.js'
import { frameMd5s, greyFrames, streamFacts, topLevelBoxes } from './test-support/decoded-video.js'
import { meanDifference } from './test-support/picture-motion.js'

let outDir = ''
beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'previs-test-'))
})
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

const street = (overrides: Partial<ShotSpec>) =>
  defaultShotSpec({
    subject: 'a man',
    environment: 'a city street',
    shotSize: 'wide',
    timeOfDay: 'golden-hour',
    durationSeconds: 1,
    ...overrides,
  })

describe('renderPrevis output', () => {
  it('writes a faststart H.264 yuv420p MP4 of exactly the duration at 24 fps, and a poster', async () => {
    const progress: number[] = []
    const result = await renderPrevis(
      street({ durationSeconds: 1.5, cameraMovement: 'pan-right' }),
      {
        outDir,
        slate: { show: true, shotNumber: '4A' },
        onProgress: (fraction) => progress.push(fraction),
      },
    )
    expect(result).toMatchObject({
      width: 1280,
      height: 720,
      fps: 24,
      frames: 36,
      durationMs: 1500,
      mime: 'video/mp4',
    })
    const facts = await streamFacts(result.videoPath)
    expect(facts).toMatchObject({
      codec: 'h264',
      pixelFormat: 'yuv420p',
      width: 1280,
      height: 720,
      fps: 24,
    })
    expect(facts.durationSeconds).toBeCloseTo(1.5, 2)
    expect(await frameMd5s(result.videoPath)).toHaveLength(36)
    const boxes = await topLevelBoxes(result.videoPath)
    expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0)
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'))
    expect((await streamFacts(result.posterPath)).width).toBe(1280)
    expect(progress).toHaveLength(36)
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it.each([
    ['9:16', 720, 1280],
    ['2.39:1', 1720, 720],
  ] as const)('renders %s at %ix%i', async (aspectRatio, width, height) => {
    const result = await renderPrevis(street({ aspectRatio }), { outDir })
    expect(await streamFacts(result.videoPath)).toMatchObject({ width, height })
  })

  it('holds the picture still for a static shot without weather or motion', async () => {
    // The renderer feeds ffmpeg the same frame every time; lossy P-frames may refine the first
    // decoded frame by a hair, so "still" is measured as a difference far below any movement.
    const result = await renderPrevis(street({ cameraMovement: 'static' }), { outDir })
    const frames = await greyFrames(result.videoPath, [0, 1, 12, 23], 320, 180)
    for (const frame of frames)
      expect(meanDifference(frames[0] as Uint8Array, frame)).toBeLessThan(0.25)
    const moving = await renderPrevis(street({ cameraMovement: 'pan-left' }), { outDir })
    const [first, last] = await greyFrames(moving.videoPath, [0, 23], 320, 180)
    expect(meanDifference(first as Uint8Array, last as Uint8Array)).toBeGreaterThan(2)
  })

  it('changes the picture on every frame of a moving shot, and with rain on a static one', async () => {
    for (const spec of [street({ cameraMovement: 'dolly-in' }), street({ weather: 'rain' })]) {
      const md5s = await frameMd5s((await renderPrevis(spec, { outDir })).videoPath)
      expect(new Set(md5s).size, spec.cameraMovement + spec.weather).toBeGreaterThan(20)
    }
  })

  it('gives the same frames for the same spec and seed, and different ones for another seed', async () => {
    const spec = street({
      subject: 'a crowd',
      action: 'they walk',
      cameraMovement: 'handheld',
      seed: 11,
    })
    const a = await frameMd5s(
      (await renderPrevis(spec, { outDir: path.join(outDir, 'a') })).videoPath,
    )
    const b = await frameMd5s(
      (await renderPrevis(spec, { outDir: path.join(outDir, 'b') })).videoPath,
    )
    const c = await frameMd5s((await renderPrevis({ ...spec, seed: 12 }, { outDir })).videoPath)
    expect(b).toEqual(a)
    expect(c).not.toEqual(a)
  })

  it('stops on abort: rejects with an AbortError and leaves no partial clip', async () => {
    const dir = path.join(outDir, 'aborted')
    const controller = new AbortController()
    const render = renderPrevis(street({ durationSeconds: 10, cameraMovement: 'truck-left' }), {
      outDir: dir,
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction > 0.05) controller.abort()
      },
    })
    await expect(render).rejects.toMatchObject({ name: 'AbortError' })
    expect(await readdir(dir)).toEqual([])
  })

  it('rejects at once when already aborted', async () => {
    await expect(
      renderPrevis(street({}), { outDir, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    })
  })

  it('reports a missing ffmpeg as an error', async () => {
    await expect(
      renderPrevis(street({}), { outDir, ffmpegPath: '/nonexistent/ffmpeg' }),
    ).rejects.toThrow(/ffmpeg/)
  })
})
