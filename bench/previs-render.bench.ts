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
 * machine falls on all three alike. The speed of a shared machine drifts by a fifth or more over
 * a minute, so the ratio is also taken run by run (each render against the encode-only run that
 * follows it, seconds apart), and in CPU time (this process's threads and ffmpeg's), which drifts
 * far less than wall time.
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
import { timed } from './cpu-time.js'

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

type Run = { ms: number; cpuMs: number | null }

/** ffmpeg with the renderer's arguments, fed these frames from memory; the clock covers ffmpeg only. */
async function encodeOnly(spec: ShotSpec, frames: Buffer[], outDir: string): Promise<Run> {
  const { viewport, fps } = setUpShot(spec)
  const args = encoderArgs({
    ffmpegPath: resolveFfmpegPath(),
    width: viewport.width,
    height: viewport.height,
    fps,
    outputPath: path.join(outDir, 'encode-only.mp4'),
  })
  return timed(async () => {
    const ffmpeg = spawn(resolveFfmpegPath(), args, { stdio: ['pipe', 'ignore', 'inherit'] })
    const exited = once(ffmpeg, 'close')
    // All queued at once: the stream keeps references, and ffmpeg never waits for the next frame.
    for (const frame of frames) ffmpeg.stdin.write(frame)
    ffmpeg.stdin.end()
    const [code] = await exited
    if (code !== 0) throw new Error(`encode-only ffmpeg failed (exit ${code})`)
  })
}

function render(spec: ShotSpec, outDir: string): Promise<Run> {
  return timed(() => renderPrevis(spec, { outDir, slate: SLATE }))
}

const wall = (runs: Run[]) => runs.map((run) => run.ms)
const ms = (runs: Run[]) =>
  `${best(wall(runs)).toFixed(0)} ms (median ${median(wall(runs)).toFixed(0)})`
const cpu = (runs: Run[]) => {
  const times = runs.flatMap((run) => (run.cpuMs === null ? [] : [run.cpuMs]))
  return times.length === runs.length ? `, CPU ${median(times).toFixed(0)} ms (median)` : ''
}

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
      const renders: Run[] = []
      const encodes: Run[] = []
      const constantEncodes: Run[] = []
      for (let run = 0; run < RUNS; run++) {
        renders.push(await render(spec, outDir))
        encodes.push(await encodeOnly(spec, frames, outDir))
        constantEncodes.push(await encodeOnly(spec, constant, outDir))
      }
      const clipMs = spec.durationSeconds * 1000
      const ratio = (pick: (values: number[]) => number, peer: Run[]) =>
        (pick(wall(renders)) / pick(wall(peer))).toFixed(2)
      const paired = renders.map((run, i) => run.ms / (encodes[i] as Run).ms)
      const cpuRatios = renders.flatMap((run, i) => {
        const peer = (encodes[i] as Run).cpuMs
        return run.cpuMs === null || peer === null ? [] : [run.cpuMs / peer]
      })
      console.log(`  ${name}`)
      console.log(`    render                      ${ms(renders)}${cpu(renders)}`)
      console.log(`    encode-only, same frames    ${ms(encodes)}${cpu(encodes)}`)
      console.log(
        `    encode-only, constant frame ${ms(constantEncodes)}  (x264 skips; not the target)`,
      )
      console.log(
        `    real-time factor ${(best(wall(renders)) / clipMs).toFixed(3)}x (median ${(median(wall(renders)) / clipMs).toFixed(3)}x, target <= 0.25)`,
      )
      console.log(
        `    render / encode-only same frames ${ratio(best, encodes)}x best to best, ` +
          `${median(paired).toFixed(2)}x median run by run (${sorted(paired)
            .map((value) => value.toFixed(2))
            .join(' ')}), target <= 1.5`,
      )
      if (cpuRatios.length > 0) {
        console.log(
          `    in CPU time, render / encode-only same frames ${median(cpuRatios).toFixed(2)}x (median run by run)`,
        )
      }
      console.log(
        `    render / encode-only constant frame ${ratio(best, constantEncodes)}x (medians ${ratio(median, constantEncodes)}x)`,
      )
    }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
