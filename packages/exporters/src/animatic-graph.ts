/**
 * The ffmpeg job for a run of animatic shots, as pure data: input arguments, a filter graph that
 * turns each shot into exactly its frames at the target size and rate, the text files its
 * captions read, and the encoder arguments. mp4-animatic.ts runs it.
 *
 * Each shot's chain: a clip is scaled to fit and padded (letterbox or pillarbox), set to the
 * frame rate, its last frame held for as long as the shot needs (tpad) and trimmed to the shot's
 * frames; a still is looped; a shot without a clip is a slate (a dark card with the shot number,
 * duration, title and composed prompt). Burn-ins (shot number, running timecode from 01:00:00:00)
 * are drawn last. The chains are joined by the concat filter. Captions are read from text files
 * with expansion off, so no card text is ever parsed as filter syntax.
 */
import type { FramedShot } from './frame-timing.js'
import { formatTimecode } from './frame-timing.js'
import { filterValue } from './filter-escape.js'
import { MONO_ADVANCE } from './fonts.js'
import { clampLines, wrapText } from './slate-text.js'
import { formatDuration } from '@sceneboard/shared'

export type AnimaticSource =
  | { kind: 'video'; path: string }
  | { kind: 'image'; path: string }
  | { kind: 'slate'; note: string }

export interface PlannedShot extends FramedShot {
  source: AnimaticSource
}

export interface AnimaticLook {
  width: number
  height: number
  fps: number
  burnShotNumbers: boolean
  burnTimecode: boolean
  fonts: { mono: string; monoBold: string }
}

export interface EncoderSettings {
  preset: string
  crf: number
  threads: number
}

export interface ChunkFiles {
  /** Where the filter graph is written (`-filter_complex_script`). */
  scriptPath: string
  /** Caption text files are named `<prefix>-<n>.txt`. */
  textPrefix: string
  outputPath: string
}

export interface ChunkJob {
  args: string[]
  filterScript: string
  textFiles: { path: string; content: string }[]
  frames: number
}

const SLATE_BACKGROUND = '0x15171c'
const RECORD_START_HOURS = 1

interface TextDraw {
  file: string
  font: string
  size: number
  color: string
  x: string
  y: string
  lineSpacing?: number
  box?: boolean
}

function drawtext(draw: TextDraw, s: number): string {
  const options = [
    `fontfile=${filterValue(draw.font)}`,
    `textfile=${filterValue(draw.file)}`,
    'expansion=none',
    `fontsize=${Math.round(draw.size)}`,
    `fontcolor=${draw.color}`,
    `x=${filterValue(draw.x)}`,
    `y=${filterValue(draw.y)}`,
  ]
  if (draw.lineSpacing) options.push(`line_spacing=${Math.round(draw.lineSpacing)}`)
  if (draw.box) options.push(`box=1:boxcolor=black@0.6:boxborderw=${Math.round(10 * s)}`)
  return `drawtext=${options.join(':')}`
}

class TextFiles {
  readonly files: { path: string; content: string }[] = []
  constructor(private readonly prefix: string) {}
  add(content: string): string {
    const path = `${this.prefix}-${this.files.length}.txt`
    this.files.push({ path, content })
    return path
  }
}

/** The slate's captions: shot number and duration, title, wrapped prompt, a note at the foot. */
function slateDraws(shot: PlannedShot, note: string, look: AnimaticLook, texts: TextFiles) {
  const s = look.height / 720
  const margin = 64 * s
  const charsFor = (size: number) => (look.width - 2 * margin) / (size * MONO_ADVANCE)
  const titleSize = 48 * s
  const promptSize = 26 * s
  const titleLines = clampLines(
    wrapText(shot.shot.title, charsFor(titleSize)),
    2,
    charsFor(titleSize),
  )
  const promptTop = 150 * s + titleLines.length * titleSize * 1.3 + 28 * s
  const promptLineHeight = promptSize + 10 * s
  const promptRoom = Math.max(1, Math.floor((look.height - 110 * s - promptTop) / promptLineHeight))
  const prompt = shot.shot.prompt || 'No shot description yet.'
  const promptLines = clampLines(
    wrapText(prompt, charsFor(promptSize)),
    promptRoom,
    charsFor(promptSize),
  )
  const { mono, monoBold } = look.fonts
  const muted = '0x8c95a3'
  const draws: TextDraw[] = [
    {
      file: texts.add(`SHOT ${shot.shot.number}`),
      font: monoBold,
      size: 28 * s,
      color: muted,
      x: `${margin}`,
      y: `${96 * s}`,
    },
    {
      file: texts.add(formatDuration(shot.shot.durationSeconds)),
      font: monoBold,
      size: 28 * s,
      color: muted,
      x: `w-tw-${margin}`,
      y: `${96 * s}`,
    },
    {
      file: texts.add(note),
      font: mono,
      size: 20 * s,
      color: '0x6b7380',
      x: `${margin}`,
      y: `h-${84 * s}`,
    },
  ]
  if (titleLines.length > 0) {
    draws.push({
      file: texts.add(titleLines.join('\n')),
      font: monoBold,
      size: titleSize,
      color: 'white',
      x: `${margin}`,
      y: `${150 * s}`,
      lineSpacing: titleSize * 0.3,
    })
  }
  draws.push({
    file: texts.add(promptLines.join('\n')),
    font: mono,
    size: promptSize,
    color: '0xc9ced6',
    x: `${margin}`,
    y: `${promptTop}`,
    lineSpacing: 10 * s,
  })
  return draws
}

function burnIns(shot: PlannedShot, look: AnimaticLook, texts: TextFiles): string[] {
  const s = look.height / 720
  const filters: string[] = []
  if (look.burnShotNumbers) {
    const draw = {
      file: texts.add(shot.shot.number),
      font: look.fonts.monoBold,
      size: 30 * s,
      color: 'white',
      x: `${24 * s}`,
      y: `${24 * s}`,
      box: true,
    }
    filters.push(drawtext(draw, s))
  }
  if (look.burnTimecode) {
    const start = formatTimecode(RECORD_START_HOURS * 3600 * look.fps + shot.startFrame, look.fps)
    const options = [
      `fontfile=${filterValue(look.fonts.mono)}`,
      `timecode=${filterValue(start)}`,
      `rate=${look.fps}`,
      `fontsize=${Math.round(28 * s)}`,
      'fontcolor=white',
      `box=1:boxcolor=black@0.6:boxborderw=${Math.round(8 * s)}`,
      `x=${filterValue(`w-tw-${24 * s}`)}`,
      `y=${filterValue(`h-th-${24 * s}`)}`,
    ]
    filters.push(`drawtext=${options.join(':')}`)
  }
  return filters
}

/** The ffmpeg job that renders `shots` (one chunk of the film) to `outputPath`. */
export function chunkJob(
  shots: readonly PlannedShot[],
  look: AnimaticLook,
  encoder: EncoderSettings,
  files: ChunkFiles,
): ChunkJob {
  const { width: w, height: h, fps } = look
  const texts = new TextFiles(files.textPrefix)
  const inputs: string[] = []
  const chains: string[] = []
  let inputCount = 0
  shots.forEach((shot, i) => {
    const seconds = (shot.frames / fps).toFixed(6)
    const fit = [
      `scale=${w}:${h}:force_original_aspect_ratio=decrease`,
      `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black`,
      'setsar=1',
    ]
    let chain: string[]
    if (shot.source.kind === 'slate') {
      const slate = slateDraws(shot, shot.source.note, look, texts).map((draw) =>
        drawtext(draw, h / 720),
      )
      chain = [`color=c=${SLATE_BACKGROUND}:s=${w}x${h}:r=${fps}:d=${seconds}`, ...slate]
    } else if (shot.source.kind === 'image') {
      inputs.push(
        '-loop',
        '1',
        '-framerate',
        String(fps),
        '-t',
        seconds,
        '-i',
        `file:${shot.source.path}`,
      )
      chain = [`[${inputCount++}:v]setpts=PTS-STARTPTS`, ...fit, `fps=${fps}`]
    } else {
      inputs.push('-i', `file:${shot.source.path}`)
      chain = [
        `[${inputCount++}:v]setpts=PTS-STARTPTS`,
        ...fit,
        `fps=${fps}`,
        'tpad=stop=-1:stop_mode=clone',
      ]
    }
    chain.push(
      `trim=end_frame=${shot.frames}`,
      'setpts=PTS-STARTPTS',
      'format=yuv420p',
      ...burnIns(shot, look, texts),
    )
    chains.push(`${chain.join(',')}[v${i}]`)
  })
  const joined = shots.map((_, i) => `[v${i}]`).join('')
  const filterScript = `${chains.join(';\n')};\n${joined}concat=n=${shots.length}:v=1:a=0[out]\n`
  // prettier-ignore
  const output = [
    '-map', '[out]', '-an',
    '-c:v', 'libx264', '-preset', encoder.preset, '-crf', String(encoder.crf), '-bf', '0',
    '-threads', String(encoder.threads), '-pix_fmt', 'yuv420p', '-r', String(fps),
    '-movflags', '+faststart', '-y', files.outputPath,
  ]
  const frames = shots.reduce((sum, shot) => sum + shot.frames, 0)
  const args = [...inputs, '-filter_complex_script', files.scriptPath, ...output]
  return { args, filterScript, textFiles: texts.files, frames }
}
