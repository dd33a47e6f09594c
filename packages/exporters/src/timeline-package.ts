/**
 * An editor package: a timeline (OTIO, EDL or FCPXML) and every clip its cut uses in one ZIP, so
 * the cut opens on the editor's machine, not only on the server that holds the media.
 *
 *   the-lighthouse.otio               the timeline, at the top
 *   media/                            each clip and still the cut uses, once, named for the first
 *     001_1A_the-keeper.mp4           shot that plays it: position in the film, shot number, title
 *     003_2A_storm.png
 *
 * The timeline points at the files relative to itself, the way each format expects:
 *   OTIO    `ExternalReference.target_url` "media/001_1A_the-keeper.mp4" (a relative URL, as
 *           OpenTimelineIO's own .otioz bundles write it);
 *   FCPXML  `media-rep src` "./media/001_1A_the-keeper.mp4" (a relative URL, resolved against the
 *           .fcpxml file's folder, as Apple's FCPXML reference allows), the asset named after the
 *           file so a relink by name finds it too;
 *   EDL     `* FROM CLIP NAME: 001_1A_the-keeper.mp4` (an EDL has no paths: NLEs relink by clip
 *           name, so the packaged files carry exactly those names).
 * A clip whose file is not on this machine is left out, and its reference stays what it would be
 * without a package; the result names its shots.
 *
 * The ZIP is written with yazl: the timeline deflated, the media stored as they are (video and
 * pictures are compressed already), each file streamed from disk in turn, never held in memory;
 * ZIP64 when a package passes 4 GB. Entries are dated with the film's export time.
 */
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import { edl } from './edl.js'
import { abortedExport } from './export-error.js'
import { fileStem, type ExportRequest, type PackageFormat } from './export-request.js'
import { fcpxml } from './fcpxml.js'
import { clipFileName, defaultMediaUrl, type Film, type FilmClip, type FilmShot } from './film.js'
import { otioJson } from './otio.js'

/** The folder inside the package that holds the clips. */
export const PACKAGE_MEDIA_DIR = 'media'

export type PackageRequest = Extract<ExportRequest, { format: PackageFormat }>

/** One packaged clip file. */
export interface PackagedMedia {
  /** The file on this machine. */
  sourcePath: string
  /** Its name in the media folder: "001_1A_the-keeper.mp4". */
  fileName: string
  /** Its path in the ZIP, which is also its path relative to the timeline: "media/…". */
  entryName: string
  bytes: number
}

export interface TimelinePackageOptions {
  outputPath: string
  signal?: AbortSignal
  onProgress?: (fraction: number) => void
  /** Where a clip that could not be packaged is pointed (default: its file://, else its URL). */
  mediaUrl?: (clip: FilmClip, shot: FilmShot) => string
}

export interface TimelinePackageResult {
  bytes: number
  /** The ZIP's entries in order: the timeline first, then the media folder and its files. */
  entries: string[]
  /** Shot numbers whose clip file was not found, so the package goes without it. */
  missing: string[]
}

const MIME_EXTENSIONS: Record<string, string> = {
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
}

/** Letters, digits and `keep`; accents folded, any other run one dash, none at either end. */
function safeNamePart(text: string, maxLength: number, keep: RegExp): string {
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  return [...folded]
    .map((char) => (/[A-Za-z0-9]/.test(char) || keep.test(char) ? char : '-'))
    .join('')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, maxLength)
    .replace(/[-.]+$/, '')
}

/** The clip's file extension, from its file name or else its media type. */
export function mediaExtension(clip: FilmClip): string {
  const fromName = /\.([A-Za-z0-9]{1,5})$/.exec(clipFileName(clip))?.[1]
  if (fromName) return fromName.toLowerCase()
  return MIME_EXTENSIONS[clip.mime.split(';')[0]?.trim() ?? ''] ?? 'bin'
}

/**
 * The packaged name of each clip file the film uses, by its path on this machine: named for the
 * first shot that plays it, "001_1A_the-keeper.mp4" (position in the film, padded to at least
 * three digits, shot number, title). The position alone keeps names unique, also on
 * case-insensitive disks. Pure: it does not look at the disk.
 */
export function packageMediaNames(film: Film): Map<string, string> {
  const width = Math.max(3, String(film.shots.length).length)
  const names = new Map<string, string>()
  film.shots.forEach((shot, index) => {
    const clip = shot.take?.clip
    if (!clip?.path || names.has(clip.path)) return
    const stem = [
      String(index + 1).padStart(width, '0'),
      safeNamePart(shot.number, 16, /[.]/),
      safeNamePart(shot.title.toLowerCase(), 40, /-/),
    ]
      .filter((part) => part !== '')
      .join('_')
    names.set(clip.path, `${stem}.${mediaExtension(clip)}`)
  })
  return names
}

/** The named clip files that are on this machine, in film order; the shots whose file is not. */
export async function packageMedia(
  film: Film,
): Promise<{ media: PackagedMedia[]; missing: string[] }> {
  const names = packageMediaNames(film)
  const media: PackagedMedia[] = []
  const found = new Set<string>()
  for (const [sourcePath, fileName] of names) {
    const info = await stat(sourcePath).catch(() => null)
    if (!info?.isFile()) continue
    found.add(sourcePath)
    const entryName = `${PACKAGE_MEDIA_DIR}/${fileName}`
    media.push({ sourcePath, fileName, entryName, bytes: info.size })
  }
  const missing = film.shots
    .filter((shot) => shot.take && !found.has(shot.take.clip.path ?? ''))
    .map((shot) => shot.number)
  return { media, missing }
}

/** The timeline's text with packaged clips referenced relative to it. */
export function packagedTimeline(
  film: Film,
  request: PackageRequest,
  media: readonly PackagedMedia[],
  fallbackUrl: (clip: FilmClip, shot: FilmShot) => string = defaultMediaUrl,
): string {
  const byPath = new Map(media.map((item) => [item.sourcePath, item]))
  const packaged = (clip: FilmClip) => (clip.path ? byPath.get(clip.path) : undefined)
  switch (request.format) {
    case 'otio':
      return otioJson(film, {
        mediaUrl: (clip, shot) => packaged(clip)?.entryName ?? fallbackUrl(clip, shot),
      })
    case 'fcpxml': {
      const { width, height } = request.options ?? {}
      return fcpxml(film, {
        width,
        height,
        mediaUrl: (clip, shot) => {
          const item = packaged(clip)
          return item ? `./${item.entryName}` : fallbackUrl(clip, shot)
        },
        assetName: (clip) => packaged(clip)?.fileName,
      })
    }
    case 'edl':
      return edl(film, {
        reels: request.options?.reels,
        clipName: (clip) => packaged(clip)?.fileName ?? clipFileName(clip),
      })
  }
}

/** Writes the package to `outputPath`; a failure or a cancel leaves no file behind. */
export async function writeTimelinePackage(
  film: Film,
  request: PackageRequest,
  options: TimelinePackageOptions,
): Promise<TimelinePackageResult> {
  const { media, missing } = await packageMedia(film)
  if (options.signal?.aborted) throw abortedExport()
  const timelineName = `${fileStem(film.title)}.${request.format}`
  const timeline = Buffer.from(packagedTimeline(film, request, media, options.mediaUrl))
  const mtime = film.exportedAt
  const zip = new ZipFile()
  zip.addBuffer(timeline, timelineName, { mtime })
  zip.addEmptyDirectory(`${PACKAGE_MEDIA_DIR}/`, { mtime })
  const reading = new Set<ReadStream>()
  for (const item of media) {
    zip.addReadStreamLazy(
      item.entryName,
      { mtime, compress: false, size: item.bytes },
      (callback) => {
        const stream = createReadStream(item.sourcePath)
        reading.add(stream)
        stream.once('close', () => reading.delete(stream))
        stream.once('error', (error) => zip.emit('error', error))
        callback(null, stream)
      },
    )
  }
  const output = zip.outputStream as Readable
  // yazl reports a file that fails or changes size on the ZipFile; it ends the pipeline here
  zip.once('error', (error: Error) => output.destroy(error))
  zip.end()

  const expected = timeline.byteLength + media.reduce((sum, item) => sum + item.bytes, 0)
  let written = 0
  let reported = -1
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      written += chunk.byteLength
      const percent = Math.min(99, Math.floor((written / Math.max(1, expected)) * 100))
      if (percent > reported) {
        reported = percent
        options.onProgress?.(percent / 100)
      }
      done(null, chunk)
    },
  })
  try {
    await pipeline(output, counter, createWriteStream(options.outputPath), {
      signal: options.signal,
    })
  } catch (error) {
    for (const stream of reading) stream.destroy()
    await rm(options.outputPath, { force: true })
    if (options.signal?.aborted) throw abortedExport()
    throw error
  }
  const entries = [timelineName, `${PACKAGE_MEDIA_DIR}/`, ...media.map((item) => item.entryName)]
  return { bytes: written, entries, missing }
}
