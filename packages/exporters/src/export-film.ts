/**
 * One entry point for an export job: a film and a checked request in, a file on disk out.
 * Text formats are written at once; the MP4 and editor packages (a timeline with its clips in a
 * ZIP) report progress and can be canceled.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { csvShotList } from './csv-shot-list.js'
import { edl } from './edl.js'
import { abortedExport } from './export-error.js'
import {
  exportFileType,
  fileStem,
  isPackageRequest,
  type ExportFormat,
  type ExportRequest,
} from './export-request.js'
import { fcpxml } from './fcpxml.js'
import type { Film, FilmClip, FilmShot } from './film.js'
import { mp4Animatic, type Mp4AnimaticResult } from './mp4-animatic.js'
import { otioJson } from './otio.js'
import { pdfStoryboard } from './pdf-storyboard.js'
import { writeTimelinePackage, type TimelinePackageResult } from './timeline-package.js'

export interface ExportContext {
  /** The folder the file is written to (it must exist). */
  outDir: string
  signal?: AbortSignal
  onProgress?: (fraction: number) => void
  /**
   * Where timelines (OTIO, EDL comments aside, FCPXML) point an editor for each clip, e.g. the
   * server's public clip URL. Default: the clip's file as a file:// URL, else its URL.
   */
  mediaUrl?: (clip: FilmClip, shot: FilmShot) => string
  ffmpegPath?: string
  /** Temporary files for the MP4 (default the system temp folder). */
  workDir?: string
}

export interface ExportedFile {
  format: ExportFormat
  path: string
  fileName: string
  mime: string
  bytes: number
  /** For the MP4: which path was taken (stream copy or encode) and why, slates, warnings. */
  animatic?: Mp4AnimaticResult
  /** For an editor package: its entries, and the shots whose clip file was not found. */
  package?: Omit<TimelinePackageResult, 'bytes'>
}

async function textFile(
  request: ExportRequest,
  film: Film,
  context: ExportContext,
): Promise<string | Buffer> {
  const mediaUrl = context.mediaUrl
  switch (request.format) {
    case 'csv':
      return csvShotList(film, request.options)
    case 'otio':
      return otioJson(film, { mediaUrl })
    case 'edl':
      return edl(film, { reels: request.options?.reels })
    case 'fcpxml':
      return fcpxml(film, {
        width: request.options?.width,
        height: request.options?.height,
        mediaUrl,
      })
    case 'pdf':
      return pdfStoryboard(film, request.options)
    case 'mp4':
      throw new Error('the MP4 is not a text file')
  }
}

export async function exportFilm(
  film: Film,
  request: ExportRequest,
  context: ExportContext,
): Promise<ExportedFile> {
  if (context.signal?.aborted) throw abortedExport()
  const { mime, suffix } = exportFileType(request)
  const fileName = `${fileStem(film.title)}${suffix}`
  const filePath = path.join(context.outDir, fileName)
  context.onProgress?.(0)
  if (isPackageRequest(request)) {
    const { bytes, ...made } = await writeTimelinePackage(film, request, {
      outputPath: filePath,
      signal: context.signal,
      onProgress: context.onProgress,
      mediaUrl: context.mediaUrl,
    })
    context.onProgress?.(1)
    return { format: request.format, path: filePath, fileName, mime, bytes, package: made }
  }
  if (request.format === 'mp4') {
    const animatic = await mp4Animatic(film, {
      ...request.options,
      outputPath: filePath,
      signal: context.signal,
      onProgress: context.onProgress,
      ffmpegPath: context.ffmpegPath,
      workDir: context.workDir,
    })
    return { format: 'mp4', path: filePath, fileName, mime, bytes: animatic.bytes, animatic }
  }
  const content = await textFile(request, film, context)
  if (context.signal?.aborted) throw abortedExport()
  await writeFile(filePath, content)
  context.onProgress?.(1)
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
  return { format: request.format, path: filePath, fileName, mime, bytes }
}
