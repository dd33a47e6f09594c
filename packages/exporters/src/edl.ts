/**
 * CMX3600 EDL: one cut event a shot on V, record timecodes continuous from 01:00:00:00 at the
 * film's rate (non-drop-frame). Clips start at source 00:00:00:00; a shot without a clip is black
 * (reel BL) for its duration, so the record side always has the full running time. Each event is
 * followed by `* FROM CLIP NAME:` and `* COMMENT:` lines naming the clip and the shot.
 *
 * Reels: `AX` for every clip (the NLE links by clip name), or one reel a clip file (at most 8
 * characters, A-Z 0-9 _, unique). The format holds at most 999 events; text is reduced to ASCII.
 */
import { ExportError } from './export-error.js'
import { clipFileName, type Film, type FilmClip, type FilmShot } from './film.js'
import { formatTimecode, framedShots } from './frame-timing.js'

export interface EdlOptions {
  /** `ax` (default): reel AX for every clip; `per-clip`: a reel name from each clip's file. */
  reels?: 'ax' | 'per-clip'
  /**
   * The clip's name for `* FROM CLIP NAME:` and per-clip reels (default: its file's name). An
   * editor package names the packaged file, so an NLE relinks the clip to it by name.
   */
  clipName?: (clip: FilmClip, shot: FilmShot) => string
}

export const EDL_MAX_EVENTS = 999
const RECORD_START_FRAME_HOURS = 1
const TITLE_MAX = 70

/** Text an EDL reader takes: ASCII without control characters, accents folded. */
export function edlText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim()
}

/** Unique reel names from clip file names: "SHOT_1A.mp4" -> "SHOT_1A", collisions numbered. */
function reelNamer(): (clip: FilmClip, fileName: string) => string {
  const byClip = new Map<string, string>()
  const used = new Set<string>(['BL', 'AX'])
  return (clip, fileName) => {
    const key = clip.path ?? clip.url ?? ''
    const known = byClip.get(key)
    if (known) return known
    const base =
      fileName
        .replace(/\.[^.]*$/, '')
        .toUpperCase()
        .replace(/[^A-Z0-9_]/g, '')
        .slice(0, 8) || 'CLIP'
    let reel = base
    for (let n = 1; used.has(reel); n += 1)
      reel = `${base.slice(0, 5)}${String(n).padStart(3, '0')}`
    used.add(reel)
    byClip.set(key, reel)
    return reel
  }
}

export function edl(film: Film, options: EdlOptions = {}): string {
  const fps = film.fps
  const shots = framedShots(film)
  if (shots.length > EDL_MAX_EVENTS) {
    throw new ExportError(
      'too-long',
      `an EDL holds at most ${EDL_MAX_EVENTS} events; this film has ${shots.length} shots`,
    )
  }
  const reelOf = options.reels === 'per-clip' ? reelNamer() : () => 'AX'
  const nameOf = options.clipName ?? ((clip: FilmClip) => clipFileName(clip))
  const recordStart = RECORD_START_FRAME_HOURS * 3600 * fps
  const lines = [
    `TITLE: ${edlText(film.title).slice(0, TITLE_MAX) || 'UNTITLED'}`,
    'FCM: NON-DROP FRAME',
    '',
  ]
  shots.forEach(({ shot, startFrame, frames }, i) => {
    const clip = shot.take?.clip
    const clipName = clip ? nameOf(clip, shot) : null
    const reel = clip && clipName !== null ? reelOf(clip, clipName) : 'BL'
    const timecodes = [0, frames, recordStart + startFrame, recordStart + startFrame + frames].map(
      (frame) => formatTimecode(frame, fps),
    )
    const event = String(i + 1).padStart(3, '0')
    lines.push(
      `${event}  ${reel.padEnd(8)} ${'V'.padEnd(5)} ${'C'.padEnd(8)} ${timecodes.join(' ')}`,
    )
    if (clipName !== null) lines.push(`* FROM CLIP NAME: ${edlText(clipName)}`)
    lines.push(`* COMMENT: SHOT ${edlText(`${shot.number} ${shot.title}`)}`)
    lines.push('')
  })
  return lines.join('\n')
}
