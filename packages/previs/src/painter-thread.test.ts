import { defaultShotSpec } from '@sceneboard/shared'
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { framesOnThisThread } from './frame-loop.js'
import { startPainterThread } from './painter-thread.js'
import { setUpShot } from './shot-setup.js'

// Half a second, shorter than a card allows (the renderer takes any length), keeps this quick.
const spec = {
  ...defaultShotSpec({
    subject: 'a woman left of a man',
    action: 'they walk',
    environment: 'a city street',
    cameraMovement: 'truck-left',
    weather: 'rain',
    aspectRatio: '1:1',
    seed: 5,
  }),
  durationSeconds: 0.5,
}
const slate = { show: true, shotNumber: '3B' }

async function collect(source: ReturnType<typeof framesOnThisThread>) {
  const frames: Buffer[] = []
  for await (const { pixels, release } of source.frames) {
    frames.push(Buffer.from(pixels)) // a copy: the slot is handed back next
    release()
  }
  return { frames, poster: await source.poster }
}

describe('the painting thread', () => {
  it('paints the same frames and poster, to the byte, as painting on this thread', async () => {
    const thread = await startPainterThread()
    expect(thread).not.toBeNull()
    const shot = setUpShot(spec)
    const here = await collect(framesOnThisThread(shot, slate))
    const frameBytes = shot.viewport.width * shot.viewport.height * 4
    const there = await collect(thread!.paint({ spec, slate }, frameBytes))
    expect(there.frames).toHaveLength(shot.frames)
    there.frames.forEach((frame, i) => expect(frame.equals(here.frames[i] as Buffer)).toBe(true))
    expect(there.poster.equals(here.poster)).toBe(true)
  })

  it("paints the board's cast as this thread does: the named keeper in her yellow oilskin", async () => {
    const thread = await startPainterThread()
    const keeper = { ...spec, subject: 'Maren', action: 'waits', weather: '' as const }
    const cast = ['Maren, a keeper, yellow oilskin coat, grey braid']
    const shot = setUpShot(keeper, undefined, cast)
    const here = await collect(framesOnThisThread(shot))
    const frameBytes = shot.viewport.width * shot.viewport.height * 4
    const there = await collect(thread!.paint({ spec: keeper, cast }, frameBytes))
    expect(there.frames[0]?.equals(here.frames[0] as Buffer)).toBe(true)
    // And not as she is without it.
    const alone = await collect(framesOnThisThread(setUpShot(keeper)))
    expect(alone.frames[0]?.equals(here.frames[0] as Buffer)).toBe(false)
  })

  it('paints a locked-off shot with nothing moving once and sends it for every frame', async () => {
    const still = {
      ...defaultShotSpec({
        subject: 'a lighthouse',
        environment: 'a rocky coast',
        cameraMovement: 'static',
        aspectRatio: '1:1',
        seed: 2,
      }),
      durationSeconds: 0.5,
    }
    const thread = await startPainterThread()
    const shot = setUpShot(still)
    const here = await collect(framesOnThisThread(shot))
    here.frames.forEach((frame) => expect(frame.equals(here.frames[0] as Buffer)).toBe(true))
    const frameBytes = shot.viewport.width * shot.viewport.height * 4
    const there = await collect(thread!.paint({ spec: still }, frameBytes))
    expect(there.frames).toHaveLength(shot.frames)
    there.frames.forEach((frame) => expect(frame.equals(here.frames[0] as Buffer)).toBe(true))
    expect(there.poster.equals(here.poster)).toBe(true)
  })

  it('stops when cancelled and takes the next take', async () => {
    const thread = await startPainterThread()
    const shot = setUpShot(spec)
    const frameBytes = shot.viewport.width * shot.viewport.height * 4
    const first = thread!.paint({ spec, slate }, frameBytes)
    first.cancel()
    await expect(first.poster).rejects.toThrow(/cancelled/)
    const second = await collect(thread!.paint({ spec, slate }, frameBytes))
    expect(second.frames).toHaveLength(shot.frames)
  })

  it.runIf(os.availableParallelism() >= 2)(
    'gives takes painted at the same time a thread each, up to one per core',
    async () => {
      const first = await startPainterThread()
      const shot = setUpShot(spec)
      const frameBytes = shot.viewport.width * shot.viewport.height * 4
      const busy = first!.paint({ spec, slate }, frameBytes)
      const second = await startPainterThread()
      expect(second).not.toBeNull()
      expect(second).not.toBe(first)
      const [a, b] = await Promise.all([
        collect(busy),
        collect(second!.paint({ spec, slate }, frameBytes)),
      ])
      expect(b.frames).toHaveLength(shot.frames)
      a.frames.forEach((frame, i) => expect(frame.equals(b.frames[i] as Buffer)).toBe(true))
      // Both are idle again and one is handed out; no more threads than cores start.
      expect(await startPainterThread()).not.toBeNull()
    },
  )

  it('keeps the process alive while a caller waits for it to start, and not once it idles', () => {
    const module = new URL('./painter-thread.ts', import.meta.url).href
    const script = `const { startPainterThread } = await import(${JSON.stringify(module)})
      console.log((await startPainterThread()) ? 'started' : 'unavailable')`
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    )
    expect(run.stdout.trim()).toBe('started')
    expect(run.status).toBe(0) // 13 would mean it quit while still waiting
  })

  it("paints a process's first render on a painting thread, waiting for it to start", () => {
    // Painting the first render on the caller's thread would hold up the server's event loop
    // (and every collaborator's edits) for the painting of the layers and every frame.
    const module = new URL('./render-previs.ts', import.meta.url).href
    const shot = { ...spec, durationSeconds: 0.25 }
    // A folder of its own: two runs of the suite at once must not remove each other's clip.
    const script = `const { renderPrevis } = await import(${JSON.stringify(module)})
      const { mkdtemp } = await import('node:fs/promises')
      const outDir = await mkdtemp(${JSON.stringify(path.join(os.tmpdir(), 'previs-first-render-'))})
      const result = await renderPrevis(${JSON.stringify(shot)}, { outDir })
      console.log(result.paintedOn)
      await (await import('node:fs/promises')).rm(outDir, { recursive: true, force: true })`
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('painting-thread')
  })

  it('is freed when ffmpeg cannot be started, so the process still ends', () => {
    // A path with a NUL in it makes starting ffmpeg throw at once, after the take was handed to
    // the painting thread; left painting, the thread would keep the process alive for good.
    const module = new URL('./render-previs.ts', import.meta.url).href
    const shot = { ...spec, durationSeconds: 0.25 }
    const script = `const { renderPrevis } = await import(${JSON.stringify(module)})
      const { mkdtemp, rm } = await import('node:fs/promises')
      const outDir = await mkdtemp(${JSON.stringify(path.join(os.tmpdir(), 'previs-no-ffmpeg-'))})
      await renderPrevis(${JSON.stringify(shot)}, { outDir, ffmpegPath: 'ff\\0mpeg' }).catch((e) => console.log(e.code))
      await rm(outDir, { recursive: true, force: true })`
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(run.error).toBeUndefined()
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe('ERR_INVALID_ARG_VALUE')
  })
})
