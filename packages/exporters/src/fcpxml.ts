/**
 * FCPXML 1.9: resources (one format for the sequence, one per distinct clip format, one asset a
 * clip file), then library > event > project > sequence > spine. Each shot with a video clip is an
 * asset-clip, a still is a video element, a shot without a clip is a gap named after it. A clip
 * shorter than its shot plays whole and a gap holds the rest of the shot's time, so the spine
 * always adds up to the sequence. Times are rational seconds on the film's frame grid ("96/24s").
 *
 * Scenes: each shot in a scene carries a keyword with the scene's name (Final Cut Pro lists the
 * scene as a keyword collection), and the first shot of each run of a scene a marker with it, so
 * the timeline shows where scenes start. In an editor package (`timeline-package.ts`) the assets
 * point at the packaged files by relative URL and are named after them.
 */
import { defaultMediaUrl, type Film, type FilmClip, type FilmShot } from './film.js'
import { framedShots, msToFrames, totalFrames } from './frame-timing.js'

export interface FcpxmlOptions {
  /** Sequence frame size (default 1280x720, the animatic's). */
  width?: number
  height?: number
  /** The asset's `media-rep src` (default: the clip's file as file://, else its URL). */
  mediaUrl?: (clip: FilmClip, shot: FilmShot) => string
  /** The asset's name (default, or when this gives none: its first shot, "1A The rock"). */
  assetName?: (clip: FilmClip, shot: FilmShot) => string | undefined
}

/** Text for an XML attribute or element; control characters XML 1.0 cannot hold are dropped. */
export function xmlEscape(text: string): string {
  return withoutControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function withoutControlCharacters(text: string): string {
  let kept = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= 0x20 || char === '\t' || char === '\n' || char === '\r') kept += char
  }
  return kept
}

/** "0s", "4s" or "97/24s": frames at a whole rate as FCPXML rational seconds, reduced. */
export function fcpTime(frames: number, fps: number): string {
  if (frames === 0) return '0s'
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  const d = gcd(frames, fps)
  return fps / d === 1 ? `${frames / d}s` : `${frames / d}/${fps / d}s`
}

const attrs = (values: Record<string, string | number>): string =>
  Object.entries(values)
    .map(
      ([key, value]) =>
        ` ${key}="${xmlEscape(String(value)).replace(/[\t\n\r]/g, (space) => `&#${space.charCodeAt(0)};`)}"`,
    )
    .join('')

class Resources {
  readonly lines: string[] = []
  private readonly formats = new Map<string, string>()
  private readonly assets = new Map<string, string>()
  private next = 1

  format(width: number, height: number, fps: number | null): string {
    const key = `${width}x${height}@${fps ?? 'still'}`
    const known = this.formats.get(key)
    if (known) return known
    const id = `r${this.next++}`
    const rate: Record<string, string> =
      fps === null
        ? { name: 'FFVideoFormatRateUndefined' }
        : { frameDuration: Number.isInteger(fps) ? `1/${fps}s` : `1001/${Math.round(fps * 1001)}s` }
    this.lines.push(`    <format${attrs({ id, ...rate, width, height })}/>`)
    this.formats.set(key, id)
    return id
  }

  asset(clip: FilmClip, src: string, name: string, clipFrames: number, fps: number): string {
    const known = this.assets.get(src)
    if (known) return known
    const still = clip.kind === 'image'
    const format = this.format(clip.width, clip.height, still ? null : clip.fps)
    const id = `r${this.next++}`
    const duration = still ? '0s' : fcpTime(clipFrames, fps)
    const values = { id, name, start: '0s', duration, hasVideo: 1, format, videoSources: 1 }
    this.lines.push(`    <asset${attrs(values)}>`)
    this.lines.push(`      <media-rep${attrs({ kind: 'original-media', src })}/>`)
    this.lines.push('    </asset>')
    this.assets.set(src, id)
    return id
  }
}

/**
 * A shot's scene inside its spine item (whose own time starts at 0s): a keyword over the item,
 * and a one-frame marker where the scene starts. Final Cut Pro reads commas in a keyword as a
 * list, so they become semicolons there.
 */
function sceneItems(shot: FilmShot, frames: number, fps: number, starts: boolean): string {
  const scene = shot.scene
  if (!scene) return ''
  const marker = { start: '0s', duration: fcpTime(1, fps), value: scene.name }
  const keyword = {
    start: '0s',
    duration: fcpTime(frames, fps),
    value: scene.name.replace(/,/g, ';'),
  }
  return `${starts ? `<marker${attrs(marker)}/>` : ''}<keyword${attrs(keyword)}/>`
}

export function fcpxml(film: Film, options: FcpxmlOptions = {}): string {
  const fps = film.fps
  const shots = framedShots(film)
  const resources = new Resources()
  const sequenceFormat = resources.format(options.width ?? 1280, options.height ?? 720, fps)
  const mediaUrl = options.mediaUrl ?? defaultMediaUrl
  const spine: string[] = []
  let previousScene: string | null = null
  for (const { shot, startFrame, frames } of shots) {
    const name = `${shot.number} ${shot.title}`.trim()
    const note = shot.prompt === '' ? '' : `<note>${xmlEscape(shot.prompt)}</note>`
    const sceneStarts = (shot.scene?.id ?? null) !== previousScene
    previousScene = shot.scene?.id ?? null
    const clip = shot.take?.clip
    if (!clip) {
      const gap = { name, offset: fcpTime(startFrame, fps), duration: fcpTime(frames, fps) }
      const children = note + sceneItems(shot, frames, fps, sceneStarts)
      spine.push(`            <gap${attrs({ ...gap, start: '0s' })}>${children}</gap>`)
      continue
    }
    const clipFrames =
      clip.kind === 'video' && clip.durationMs !== null
        ? Math.max(1, msToFrames(clip.durationMs, fps))
        : frames
    const used = Math.min(frames, clipFrames)
    const assetName = options.assetName?.(clip, shot) ?? name
    const ref = resources.asset(clip, mediaUrl(clip, shot), assetName, clipFrames, fps)
    const element = clip.kind === 'image' ? 'video' : 'asset-clip'
    const placed = { ref, name, offset: fcpTime(startFrame, fps), duration: fcpTime(used, fps) }
    const children = note + sceneItems(shot, used, fps, sceneStarts)
    spine.push(
      `            <${element}${attrs({ ...placed, start: '0s' })}>${children}</${element}>`,
    )
    if (used < frames) {
      const hold = {
        name: `${name} (hold)`,
        offset: fcpTime(startFrame + used, fps),
        duration: fcpTime(frames - used, fps),
        start: '0s',
      }
      spine.push(`            <gap${attrs(hold)}/>`)
    }
  }
  const total = fcpTime(totalFrames(shots), fps)
  const title = film.title || 'Untitled'
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE fcpxml>',
    '<fcpxml version="1.9">',
    '  <resources>',
    ...resources.lines,
    '  </resources>',
    '  <library>',
    `    <event${attrs({ name: title })}>`,
    `      <project${attrs({ name: title })}>`,
    `        <sequence${attrs({ format: sequenceFormat, duration: total, tcStart: '3600s', tcFormat: 'NDF' })}>`,
    '          <spine>',
    ...spine,
    '          </spine>',
    '        </sequence>',
    '      </project>',
    '    </event>',
    '  </library>',
    '</fcpxml>',
    '',
  ].join('\n')
}
