/**
 * What the built-in previs renderer costs: an 8 s 1280x720 clip rendered end to end (static
 * layers painted, every frame composited and encoded), against the clip's own duration (the
 * real-time factor) and against an encode-only run that pipes one constant frame the same number
 * of times through the same ffmpeg settings, measured in this same run. Targets on 2 cores:
 * at most 0.25x real time, and at most 1.5x the encode-only time.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import {
  createFramePainter,
  FfmpegEncoder,
  renderPrevis,
  resolveFfmpegPath,
  setUpShot,
} from '@sceneboard/previs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const RUNS = 5

const SHOTS: Record<string, ShotSpec> = {
  'truck-left, two walkers': defaultShotSpec({
    subject: 'a woman left of a man',
    action: 'they walk',
    environment: 'a city street',
    shotSize: 'wide',
    cameraMovement: 'truck-left',
    timeOfDay: 'golden-hour',
    durationSeconds: 8,
    seed: 7,
  }),
  'dolly-in, rain, runner': defaultShotSpec({
    subject: 'a runner',
    action: 'runs',
    environment: 'a pine forest',
    shotSize: 'full',
    cameraMovement: 'dolly-in',
    weather: 'rain',
    timeOfDay: 'dusk',
    durationSeconds: 8,
    seed: 7,
  }),
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const best = (values: number[]) => sorted(values)[0] as number
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function encodeOnly(spec: ShotSpec, outDir: string): Promise<number> {
  const shot = setUpShot(spec)
  const painter = createFramePainter(shot)
  painter.paint(0)
  const frame = painter.pixels()
  const started = performance.now()
  const encoder = new FfmpegEncoder({
    ffmpegPath: resolveFfmpegPath(),
    width: shot.viewport.width,
    height: shot.viewport.height,
    fps: shot.fps,
    outputPath: path.join(outDir, 'encode-only.mp4'),
  })
  for (let i = 0; i < shot.frames; i++) await encoder.write(frame)
  await encoder.finish()
  return performance.now() - started
}

async function render(spec: ShotSpec, outDir: string): Promise<number> {
  const started = performance.now()
  await renderPrevis(spec, { outDir, slate: { show: true, shotNumber: '1' } })
  return performance.now() - started
}

export async function runPrevisRenderBench(): Promise<void> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'previs-bench-'))
  try {
    console.log(
      `previs render: 8 s clips at 1280x720, 24 fps, best and median of ${RUNS} runs after a warm-up, ${os.cpus().length} cores`,
    )
    console.log('  (ratios from the best runs: other work on the machine only ever adds time)')
    for (const [name, spec] of Object.entries(SHOTS)) {
      await render(spec, outDir)
      await encodeOnly(spec, outDir)
      const renders: number[] = []
      const encodes: number[] = []
      for (let run = 0; run < RUNS; run++) {
        renders.push(await render(spec, outDir))
        encodes.push(await encodeOnly(spec, outDir))
      }
      const clipMs = spec.durationSeconds * 1000
      const [renderMs, encodeMs] = [best(renders), best(encodes)]
      console.log(
        `  ${name.padEnd(24)} render ${renderMs.toFixed(0)} ms (median ${median(renders).toFixed(0)})  ` +
          `encode-only ${encodeMs.toFixed(0)} ms (median ${median(encodes).toFixed(0)})`,
      )
      console.log(
        `  ${''.padEnd(24)} real-time factor ${(renderMs / clipMs).toFixed(3)}x (target <= 0.25)  ` +
          `render / encode-only ${(renderMs / encodeMs).toFixed(2)}x (target <= 1.5)`,
      )
    }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
