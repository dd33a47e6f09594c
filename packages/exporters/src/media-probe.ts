/**
 * What a clip file holds, read from ffmpeg's own report while it copies the video packets to
 * nowhere (no decoding, so it is quick): codec and profile, pixel format, size, frame rate, time
 * base and the exact number of video frames. The stream-copy path needs all of them.
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

/** The facts from ffmpeg's stderr, or null when it names no video stream. */
export function parseMediaFacts(stderr: string): MediaFacts | null {
  const header = stderr.split(/^Stream mapping:/m)[0] ?? ''
  const video =
    /Stream #\d+:\d+.*?: Video: (\w+)(?: \(([^)]*)\))?.*?, (\w+)(?:\([^)]*\))?, (\d+)x(\d+)/.exec(
      header,
    )
  if (!video) return null
  const line = header.slice(video.index).split('\n')[0] ?? ''
  const fps = /, ([\d.]+) fps/.exec(line)
  const tbn = /, ([\d.]+)(k?) tbn/.exec(line)
  const frames = [...stderr.matchAll(/frame=\s*(\d+)/g)].pop()
  return {
    codec: video[1] as string,
    profile: video[2] ?? '',
    pixelFormat: video[3] as string,
    width: Number(video[4]),
    height: Number(video[5]),
    fps: fps ? Number(fps[1]) : 0,
    timescale: tbn ? Number(tbn[1]) * (tbn[2] === 'k' ? 1000 : 1) : 0,
    frames: frames ? Number(frames[1]) : 0,
  }
}

export function probeMedia(ffmpegPath: string, file: string): Promise<MediaFacts | null> {
  // prettier-ignore
  const args = ['-hide_banner', '-nostdin', '-i', `file:${file}`, '-map', '0:v:0', '-c', 'copy', '-f', 'null', '-']
  return new Promise((resolve) => {
    execFile(ffmpegPath, args, { maxBuffer: 1 << 20 }, (_error, _stdout, stderr) => {
      resolve(parseMediaFacts(String(stderr)))
    })
  })
}
