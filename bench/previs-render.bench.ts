/**
 * What the built-in previs renderer costs: an 8 s 1280x720 clip rendered end to end (static
 * layers painted, every frame composited, read back and encoded), against the clip's own duration
 * (the real-time factor) and against an encode-only peer measured in this same run.
 *
 * The peer is ffmpeg with the renderer's exact arguments (`encoderArgs`: same binary, x264
 * preset, CRF, threads, pixel formats) encoding the very frames the render produces. They are
 * painted into memory before its clock starts and written straight to ffmpeg's stdin, the
 * cheapest way to feed it, so render / encode-only is what painting (and getting the pixels to
 * ffmpeg while painting) adds to encoding. A second peer, one constant frame piped the same
 * number of times, is printed on its own line for comparison: x264 codes a repeated frame as
 * skip blocks, far cheaper than real motion, so it understates encoding.
 *
 * Targets on 2 cores: at most 0.25x real time, and at most 1.5x the same-frames encode-only time.
 * Runs are interleaved (render, same frames, constant frame) so load from other work on the
 * machine falls on all three alike.
 */
import { defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import {
  createFramePainter,
  encoderArgs,
  paintedFrames,
  renderPrevis,
  resolveFfmpegPath,
  setUpShot,
} from '@sceneboard/previs'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const RUNS = 5
const SLATE = { show: true, shotNumber: '1' }

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
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] as number

/** The frames `renderPrevis(spec, { slate: SLATE })` encodes, in order (the same frame loop). */
function paintFrames(spec: ShotSpec): Buffer[] {
  const shot = setUpShot(spec)
  return [...paintedFrames(shot, createFramePainter(shot, SLATE))]
}

/** ffmpeg with the renderer's arguments, fed these frames from memory; the clock covers ffmpeg only. */
async function encodeOnly(spec: ShotSpec, frames: Buffer[], outDir: string): Promise<number> {
  const { viewport, fps } = setUpShot(spec)
  const args = encoderArgs({
    ffmpegPath: resolveFfmpegPath(),
    width: viewport.width,
    height: viewport.height,
    fps,
    outputPath: path.join(outDir, 'encode-only.mp4'),
  })
  const started = performance.now()
  const ffmpeg = spawn(resolveFfmpegPath(), args, { stdio: ['pipe', 'ignore', 'inherit'] })
  const exited = once(ffmpeg, 'close')
  // All queued at once: the stream keeps references, and ffmpeg never waits for the next frame.
  for (const frame of frames) ffmpeg.stdin.write(frame)
  ffmpeg.stdin.end()
  const [code] = await exited
  if (code !== 0) throw new Error(`encode-only ffmpeg failed (exit ${code})`)
  return performance.now() - started
}

async function render(spec: ShotSpec, outDir: string): Promise<number> {
  const started = performance.now()
  await renderPrevis(spec, { outDir, slate: SLATE })
  return performance.now() - started
}

const ms = (values: number[]) =>
  `${best(values).toFixed(0)} ms (median ${median(values).toFixed(0)})`

export async function runPrevisRenderBench(): Promise<void> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'previs-bench-'))
  try {
    console.log(
      `previs render: 8 s clips at 1280x720, 24 fps, best and median of ${RUNS} runs after a warm-up, ${os.cpus().length} cores`,
    )
    console.log(
      '  encode-only peer: ffmpeg with the same arguments, fed the same frames from memory (painted beforehand)',
    )
    for (const [name, spec] of Object.entries(SHOTS)) {
      const frames = paintFrames(spec)
      const constant = Array.from({ length: frames.length }, () => frames[0] as Buffer)
      await render(spec, outDir)
      await encodeOnly(spec, frames, outDir)
      const renders: number[] = []
      const encodes: number[] = []
      const constantEncodes: number[] = []
      for (let run = 0; run < RUNS; run++) {
        renders.push(await render(spec, outDir))
        encodes.push(await encodeOnly(spec, frames, outDir))
        constantEncodes.push(await encodeOnly(spec, constant, outDir))
      }
      const clipMs = spec.durationSeconds * 1000
      const ratio = (pick: (values: number[]) => number, peer: number[]) =>
        (pick(renders) / pick(peer)).toFixed(2)
      console.log(`  ${name}`)
      console.log(`    render                      ${ms(renders)}`)
      console.log(`    encode-only, same frames    ${ms(encodes)}`)
      console.log(
        `    encode-only, constant frame ${ms(constantEncodes)}  (x264 skips; not the target)`,
      )
      console.log(
        `    real-time factor ${(best(renders) / clipMs).toFixed(3)}x (median ${(median(renders) / clipMs).toFixed(3)}x, target <= 0.25)`,
      )
      console.log(
        `    render / encode-only same frames ${ratio(best, encodes)}x (medians ${ratio(median, encodes)}x, target <= 1.5)`,
      )
      console.log(
        `    render / encode-only constant frame ${ratio(best, constantEncodes)}x (medians ${ratio(median, constantEncodes)}x)`,
      )
    }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
