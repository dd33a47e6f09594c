/**
 * What clip files hold, read from ffmpeg's own report while it copies their video packets to
 * nowhere (no decoding): codec and profile, pixel format, size, frame rate, time base and the
 * number of video packets (frames). The stream-copy path needs all of them.
 *
 * Many files are read by one ffmpeg process (starting a process costs more than reading a short
 * clip); if that process fails (one unreadable file stops it), each file is read on its own.
 */
import { execFile } from 'node:child_process'

export interface MediaFacts {
  codec: string
  profile: string
  pixelFormat: string
  width: number
  height: number
  fps: number
  /** The stream's time base denominator ("12288 tbn"). */
  timescale: number
  frames: number
}

const BATCH = 48

/** The facts of input `index` in ffmpeg's verbose stderr, or null when it has no video. */
export function parseMediaFacts(stderr: string, index = 0): MediaFacts | null {
  const header = stderr.split(/^Stream mapping:/m)[0] ?? ''
  const streamLine = new RegExp(`^\\s*Stream #${index}:\\d+.*?: Video: .*$`, 'm').exec(header)?.[0]
  if (!streamLine) return null
  const video = /Video: (\w+)(?: \(([^)]*)\))?.*?, (\w+)(?:\([^)]*\))?, (\d+)x(\d+)/.exec(
    streamLine,
  )
  const packets = new RegExp(`Input stream #${index}:\\d+ \\(video\\): (\\d+) packets read`).exec(
    stderr,
  )
  if (!video || !packets) return null
  const fps = /, ([\d.]+) fps/.exec(streamLine)
  const tbn = /, ([\d.]+)(k?) tbn/.exec(streamLine)
  return {
    codec: video[1] as string,
    profile: video[2] ?? '',
    pixelFormat: video[3] as string,
    width: Number(video[4]),
    height: Number(video[5]),
    fps: fps ? Number(fps[1]) : 0,
    timescale: tbn ? Number(tbn[1]) * (tbn[2] === 'k' ? 1000 : 1) : 0,
    frames: Number(packets[1]),
  }
}

function readReport(
  ffmpegPath: string,
  files: readonly string[],
): Promise<{ ok: boolean; stderr: string }> {
  const args = ['-hide_banner', '-nostdin', '-v', 'verbose']
  for (const file of files) args.push('-i', `file:${file}`)
  files.forEach((_, i) => args.push('-map', `${i}:v:0`))
  args.push('-c', 'copy', '-f', 'null', '-')
  return new Promise((resolve) => {
    execFile(ffmpegPath, args, { maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
      resolve({ ok: !error, stderr: String(stderr) })
    })
  })
}

/** Facts for each file, in order; null for a file without readable video. */
export async function probeMediaFiles(
  ffmpegPath: string,
  files: readonly string[],
): Promise<(MediaFacts | null)[]> {
  const distinct = [...new Set(files)]
  const known = new Map<string, MediaFacts | null>()
  for (let start = 0; start < distinct.length; start += BATCH) {
    const batch = distinct.slice(start, start + BATCH)
    const report = await readReport(ffmpegPath, batch)
    if (report.ok) {
      batch.forEach((file, i) => known.set(file, parseMediaFacts(report.stderr, i)))
      continue
    }
    for (const file of batch) {
      const single = await readReport(ffmpegPath, [file])
      known.set(file, single.ok ? parseMediaFacts(single.stderr, 0) : null)
    }
  }
  return files.map((file) => known.get(file) ?? null)
}
