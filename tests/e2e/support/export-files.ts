/**
 * Exports from a person's side: the top bar's Export menu driven as they would (a format
 * chosen, the progress bar watched, the file downloaded), and each downloaded format read back
 * with the parsers the exporters' own tests use: ffmpeg decoding for the MP4, pdf-parse for the
 * PDF, the tiny XML reader for FCPXML, yauzl for editor packages (ZIPs); OTIO is JSON; EDL and
 * CSV are read here.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, type Download, type Page } from '@playwright/test'
import { decodeFacts, type DecodedFacts } from '../../../packages/exporters/test/support/media.js'
import {
  findAll,
  parseXml,
  type XmlElement,
} from '../../../packages/exporters/test/support/tiny-xml.js'
import { readZip, type ZipEntryRead } from '../../../packages/exporters/test/support/zip.js'
import { resolveFfmpegPath } from '../../../packages/previs/src/ffmpeg-path.js'

const run = promisify(execFile)
const REPO_ROOT = resolve(import.meta.dirname, '../../..')

export type ExportFormat = 'mp4' | 'pdf' | 'csv' | 'otio' | 'edl' | 'fcpxml'

/** What the progress bar showed, each time it changed. */
export interface ProgressSeen {
  label: string
  value: number
}

export interface Exported {
  download: Download
  /** The downloaded file, copied out of Playwright's artifacts into the menu's own folder. */
  path: string
  bytes: Buffer
  /** Every state of the progress bar while the export ran, however briefly it showed. */
  progress: ProgressSeen[]
}

/**
 * The Export menu in the board's top bar. Downloads are saved into `saveDir` (the test's own
 * temporary folder): Playwright's copy lives in the shared test-results folder and goes when the
 * browser context closes.
 */
export class ExportMenu {
  constructor(
    readonly page: Page,
    readonly saveDir: string,
  ) {}

  get button() {
    return this.page.getByTestId('export-menu')
  }

  get progress() {
    return this.page.getByTestId('export-progress')
  }

  get done() {
    return this.page.getByTestId('export-done')
  }

  get error() {
    return this.page.getByTestId('export-error')
  }

  async open(): Promise<void> {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click()
    await expect(this.page.getByTestId('export-mp4')).toBeVisible()
  }

  async choosePanelsPerPage(panels: number): Promise<void> {
    await this.open()
    await this.page.getByTestId('export-pdf-panels').selectOption(String(panels))
  }

  /** The animatic's size as the menu offers it, e.g. "854x480". */
  async chooseAnimaticSize(size: string): Promise<void> {
    await this.open()
    await this.page.getByTestId('export-mp4-size').selectOption(size)
  }

  /** "Include clips (ZIP)": whether OTIO, EDL and FCPXML come as a package with their clips. */
  get includeClips() {
    return this.page.getByTestId('export-timeline-clips')
  }

  async setIncludeClips(on: boolean): Promise<void> {
    await this.open()
    await this.includeClips.setChecked(on)
  }

  /** Whether the animatic burns in shot numbers and timecode. */
  async setBurnIns(burnIns: { shotNumbers: boolean; timecode: boolean }): Promise<void> {
    await this.open()
    await this.page.getByTestId('export-mp4-shot-numbers').setChecked(burnIns.shotNumbers)
    await this.page.getByTestId('export-mp4-timecode').setChecked(burnIns.timecode)
  }

  /**
   * Chooses `format` in the menu and waits for the file the browser downloads. The progress bar
   * is recorded from the page itself (a MutationObserver installed before the click), so a quick
   * export that shows it for a few milliseconds is still seen.
   */
  async export(format: ExportFormat, timeoutMs = 60_000): Promise<Exported> {
    await this.open()
    await this.page.evaluate(() => {
      const seen: ProgressSeen[] = []
      const scope = window as unknown as {
        __exportProgress: ProgressSeen[]
        __exportObserver?: MutationObserver
      }
      scope.__exportObserver?.disconnect()
      scope.__exportProgress = seen
      const record = () => {
        const status = document.querySelector('[data-testid="export-progress"]')
        const bar = status?.querySelector('progress')
        if (!status || !bar) return
        const entry = { label: status.textContent ?? '', value: bar.value }
        const last = seen[seen.length - 1]
        if (!last || last.label !== entry.label || last.value !== entry.value) seen.push(entry)
      }
      scope.__exportObserver = new MutationObserver(record)
      scope.__exportObserver.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
    })
    const downloading = this.page.waitForEvent('download', { timeout: timeoutMs })
    await this.page.getByTestId(`export-${format}`).click()
    const download = await downloading
    expect(await download.failure()).toBeNull()
    const path = join(await mkdtemp(join(this.saveDir, `${format}-`)), download.suggestedFilename())
    await download.saveAs(path)
    const progress = await this.page.evaluate(
      () => (window as unknown as { __exportProgress: ProgressSeen[] }).__exportProgress,
    )
    return { download, path, bytes: await readFile(path), progress }
  }
}

/** An MP4 as ffmpeg decodes it: codec, size, frame rate and the frames it holds. */
export function readMp4(path: string): Promise<DecodedFacts> {
  return decodeFacts(path)
}

/** Frame `index` of a video, scaled to 64x36 and grey: enough to tell pictures apart. */
export async function greyFrame(path: string, index: number): Promise<Buffer> {
  // prettier-ignore
  const { stdout } = await run(resolveFfmpegPath(), [
    '-v', 'error', '-i', path,
    '-vf', `select=eq(n\\,${index}),scale=64:36`, '-vsync', '0', '-frames:v', '1',
    '-pix_fmt', 'gray', '-f', 'rawvideo', '-',
  ], { encoding: 'buffer', maxBuffer: 1 << 20 })
  if (stdout.length !== 64 * 36) throw new Error(`${path} has no frame ${index}`)
  return stdout
}

/** Mean absolute difference of two grey frames, 0 (the same) to 255. */
export function frameDifference(a: Buffer, b: Buffer): number {
  let sum = 0
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i]! - b[i]!)
  return sum / a.length
}

interface PdfParseModule {
  PDFParse: new (options: { data: Uint8Array }) => {
    getText(): Promise<{ total: number; pages: Array<{ text: string }> }>
    destroy(): Promise<void>
  }
}

/** The PDF's page count and each page's text, read with pdf-parse (the exporters' test parser). */
export async function readPdf(bytes: Buffer): Promise<{ pages: number; text: string[] }> {
  const fromExporters = createRequire(resolve(REPO_ROOT, 'packages/exporters/package.json'))
  const { PDFParse } = fromExporters('pdf-parse') as PdfParseModule
  const parser = new PDFParse({ data: new Uint8Array(bytes) })
  try {
    const result = await parser.getText()
    return { pages: result.total, text: result.pages.map((page) => page.text) }
  } finally {
    await parser.destroy()
  }
}

export interface OtioClip {
  name: string
  frames: number
  rate: number
  reference: string
  /** The media reference's `target_url`, when it has one. */
  target: string | null
}

/** The clips of an OTIO timeline's first track, in order, with their durations in frames. */
export function readOtio(bytes: Buffer): { name: string; clips: OtioClip[] } {
  interface Rational {
    value: number
    rate: number
  }
  const timeline = JSON.parse(bytes.toString('utf8')) as {
    OTIO_SCHEMA: string
    name: string
    tracks: {
      children: Array<{
        OTIO_SCHEMA: string
        children: Array<{
          OTIO_SCHEMA: string
          name: string
          source_range: { duration: Rational }
          media_references: Record<string, { OTIO_SCHEMA: string; target_url?: string }>
          active_media_reference_key: string
        }>
      }>
    }
  }
  expect(timeline.OTIO_SCHEMA).toMatch(/^Timeline\./)
  const track = timeline.tracks.children[0]!
  expect(track.OTIO_SCHEMA).toMatch(/^Track\./)
  return {
    name: timeline.name,
    clips: track.children.map((clip) => ({
      name: clip.name,
      frames: clip.source_range.duration.value,
      rate: clip.source_range.duration.rate,
      reference: clip.media_references[clip.active_media_reference_key]?.OTIO_SCHEMA ?? '',
      target: clip.media_references[clip.active_media_reference_key]?.target_url ?? null,
    })),
  }
}

/** An editor package (a ZIP): its entries by name, and the one file at its top, the timeline. */
export async function readPackage(path: string): Promise<{
  entries: Map<string, ZipEntryRead>
  timeline: ZipEntryRead
}> {
  const entries = new Map((await readZip(path)).map((entry) => [entry.name, entry]))
  const top = [...entries.values()].filter(
    (entry) => !entry.name.includes('/') && !entry.name.endsWith('/'),
  )
  expect(
    top.map((entry) => entry.name),
    'one timeline at the top',
  ).toHaveLength(1)
  return { entries, timeline: top[0]! }
}

/** The package entry a reference relative to the timeline at its top leads to (never outside). */
export function packageEntryOf(reference: string): string {
  const root = 'file:///package/'
  const url = new URL(reference, root)
  expect(url.href.startsWith(root), `${reference} stays inside the package`).toBe(true)
  return decodeURIComponent(url.pathname.slice('/package/'.length))
}

/** "01:00:02:12" at `fps` as a frame count. */
export function timecodeFrames(timecode: string, fps: number): number {
  const parts = timecode.split(':').map(Number)
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part))) {
    throw new Error(`not a timecode: ${timecode}`)
  }
  const [h, m, s, f] = parts as [number, number, number, number]
  return ((h * 60 + m) * 60 + s) * fps + f
}

export interface EdlEvent {
  number: string
  reel: string
  recordIn: string
  recordOut: string
  clipName: string | null
}

/** A CMX3600 EDL's title, frame mode and cut events, each with its `* FROM CLIP NAME:`. */
export function readEdl(bytes: Buffer): { title: string; fcm: string; events: EdlEvent[] } {
  const lines = bytes.toString('utf8').split(/\r?\n/)
  const events: EdlEvent[] = []
  for (const line of lines) {
    const fields = line.trim().split(/\s+/)
    if (/^\d{3}$/.test(fields[0] ?? '') && fields.length === 8) {
      events.push({
        number: fields[0]!,
        reel: fields[1]!,
        recordIn: fields[6]!,
        recordOut: fields[7]!,
        clipName: null,
      })
    } else if (line.startsWith('* FROM CLIP NAME:') && events.length > 0) {
      events[events.length - 1]!.clipName = line.slice('* FROM CLIP NAME:'.length).trim()
    }
  }
  const header = (name: string) =>
    lines
      .find((line) => line.startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim() ?? ''
  return { title: header('TITLE'), fcm: header('FCM'), events }
}

/** "0s", "4s", "5/2s" as frames at `fps` (failing when off the frame grid). */
export function fcpFrames(time: string | undefined, fps: number): number {
  const match = /^(\d+)(?:\/(\d+))?s$/.exec(time ?? '')
  if (!match) throw new Error(`not an FCPXML time: ${time}`)
  const frames = (Number(match[1]) / Number(match[2] ?? 1)) * fps
  if (!Number.isInteger(frames)) throw new Error(`${time} is off the ${fps} fps frame grid`)
  return frames
}

/** An FCPXML document parsed (malformed XML throws), with its sequence and spine. */
export function readFcpxml(bytes: Buffer): {
  root: XmlElement
  sequence: XmlElement
  spine: XmlElement
} {
  const root = parseXml(bytes.toString('utf8'))
  const sequence = findAll(root, 'sequence')[0]
  const spine = sequence && findAll(sequence, 'spine')[0]
  if (!sequence || !spine) throw new Error('the FCPXML has no sequence with a spine')
  return { root, sequence, spine }
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF), without a leading byte order mark. */
export function readCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

export { findAll, type XmlElement }
