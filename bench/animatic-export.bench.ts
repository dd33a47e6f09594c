/**
 * What the MP4 animatic export costs: a 100-shot sequence of 1 s H.264 clips (half 1280x720,
 * half 640x360, so the export must normalise them) exported as a 1280x720 24 fps animatic,
 * against a plain ffmpeg concat (concat demuxer, -c copy) of the same files measured in this
 * same run. Also the stream-copy path: 100 shots whose clips already match the target.
 * The clips are made once with ffmpeg's test pattern into a temporary folder.
 */
import { mp4Animatic, type Film, type FilmClip, type FilmShot } from '@sceneboard/exporters'
import { resolveFfmpegPath } from '@sceneboard/previs'
import { composePrompt, defaultShotSpec } from '@sceneboard/shared'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { childCpuSeconds } from './cpu-time.js'

const run = promisify(execFile)
const SHOTS = 100
const FPS = 24
const BASELINE_RUNS = 3

interface BenchClip {
  file: string
  width: number
  height: number
}

async function makeClips(dir: string): Promise<BenchClip[]> {
  const clips = Array.from({ length: SHOTS }, (_, i) => {
    const [width, height] = i % 2 === 0 ? [1280, 720] : [640, 360]
    return { file: path.join(dir, `clip-${String(i).padStart(3, '0')}.mp4`), width, height }
  })
  let next = 0
  const worker = async () => {
    while (next < clips.length) {
      const clip = clips[next++] as BenchClip
      // prettier-ignore
      await run(resolveFfmpegPath(), [
        '-hide_banner', '-loglevel', 'error', '-y',
        '-f', 'lavfi', '-i', `testsrc=size=${clip.width}x${clip.height}:rate=${FPS}:duration=1`,
        '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', clip.file,
      ])
    }
  }
  await Promise.all([worker(), worker()])
  return clips
}

function filmOf(clips: readonly BenchClip[]): Film {
  const shots = clips.map((clip, i): FilmShot => {
    const spec = defaultShotSpec({ subject: `shot ${i + 1}`, durationSeconds: 1 })
    const filmClip: FilmClip = {
      path: clip.file,
      url: null,
      kind: 'video',
      mime: 'video/mp4',
      width: clip.width,
      height: clip.height,
      fps: FPS,
      durationMs: 1000,
    }
    const take = {
      id: `take:${i}`,
      provider: 'bench',
      model: 'testsrc',
      seed: null,
      clip: filmClip,
      posterUrl: null,
      posterPath: null,
    }
    return {
      id: `shape:${i}`,
      number: String(i + 1),
      title: `Shot ${i + 1}`,
      durationSeconds: 1,
      spec,
      prompt: composePrompt(spec),
      take,
      sceneLabel: null,
    }
  })
  return { title: 'Animatic bench', exportedAt: new Date(), fps: FPS, shots }
}

async function plainConcat(clips: readonly BenchClip[], dir: string): Promise<number> {
  const list = path.join(dir, 'list.txt')
  await writeFile(list, clips.map((clip) => `file '${clip.file}'`).join('\n'))
  const started = performance.now()
  // prettier-ignore
  await run(resolveFfmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', path.join(dir, 'plain-concat.mp4'),
  ])
  return performance.now() - started
}

async function timedExport(film: Film, outputPath: string) {
  const cpuBefore = childCpuSeconds()
  const started = performance.now()
  const result = await mp4Animatic(film, { outputPath, width: 1280, height: 720 })
  const ms = performance.now() - started
  const cpuAfter = childCpuSeconds()
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
  return { ms, cpu, result }
}

export async function runAnimaticExportBench(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'animatic-bench-'))
  try {
    console.log(
      `animatic export: ${SHOTS} shots of 1 s (half 1280x720, half 640x360) -> 1280x720 ${FPS} fps, ${os.cpus().length} cores`,
    )
    const made = performance.now()
    const clips = await makeClips(dir)
    console.log(
      `  made ${SHOTS} test clips in ${((performance.now() - made) / 1000).toFixed(1)} s (not counted)`,
    )

    const baselines: number[] = []
    for (let i = 0; i < BASELINE_RUNS; i++) baselines.push(await plainConcat(clips, dir))
    const baseline = Math.min(...baselines)

    const mixed = await timedExport(filmOf(clips), path.join(dir, 'animatic.mp4'))
    const matching = clips.filter((clip) => clip.width === 1280)
    const copied = await timedExport(
      filmOf([...matching, ...matching]),
      path.join(dir, 'copied.mp4'),
    )

    console.log(`  plain concat -c copy  ${baseline.toFixed(0)} ms (best of ${BASELINE_RUNS})`)
    for (const [name, { ms, cpu, result }] of [
      ['normalised export', mixed],
      ['matching clips', copied],
    ] as const) {
      const cpuText = cpu === null ? '' : `, ffmpeg CPU ${cpu.toFixed(1)} s`
      console.log(
        `  ${name.padEnd(21)} ${ms.toFixed(0)} ms, ${result.method}, ${result.frames} frames ` +
          `(${(result.frames / (ms / 1000)).toFixed(0)} frames/s${cpuText}), ` +
          `${(ms / baseline).toFixed(1)}x the plain concat`,
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
