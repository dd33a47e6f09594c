/**
 * PDF storyboard sheets: a chosen number of panels a page, landscape A4 or Letter. Each panel is
 * the shot's poster frame (JPEG or PNG; a placeholder with the shot number when there is none),
 * its scene on a small line of its own (when it has one), its number, title and duration, the
 * camera in one line, the action and the notes. The header
 * holds the board title, the shot count, running time and export date; the footer the page
 * number. Text is set in DejaVu Sans (embedded), so accented and non-Latin titles print.
 */
import { formatDuration, summarizeSpec, totalRunningTime } from '@sceneboard/shared'
import { readFile } from 'node:fs/promises'
import PDFDocument from 'pdfkit'
import type { Film, FilmShot } from './film.js'
import { fontPath, type FontName } from './fonts.js'
import {
  aspectOf,
  fitFrame,
  sheetLayout,
  type Box,
  type PanelsPerPage,
  type PaperSize,
  type SheetLayout,
} from './pdf-layout.js'

export interface PdfStoryboardOptions {
  /** 1, 2, 3, 4, 6, 8, 9 or 12 (default 6). */
  panelsPerPage?: PanelsPerPage
  /** Landscape A4 (default) or Letter. */
  paper?: PaperSize
  /** Leave content streams uncompressed (for inspecting the file; default false). */
  uncompressed?: boolean
}

type Doc = PDFKit.PDFDocument

const PDF_FONT_NAMES: readonly FontName[] = ['regular', 'bold', 'italic']

const INK = '#1b1e23'
const MUTED = '#5d6570'
const PLACEHOLDER = '#2b2f36'
const PLACEHOLDER_INK = '#c9ced6'

/** The poster as JPEG or PNG bytes, or null when there is none that a PDF can hold. */
async function posterBytes(shot: FilmShot): Promise<Buffer | null> {
  const take = shot.take
  if (!take) return null
  const candidates = [take.posterPath, take.clip.kind === 'image' ? take.clip.path : null]
  for (const candidate of candidates) {
    if (!candidate) continue
    const bytes = await readFile(candidate).catch(() => null)
    if (bytes && isJpegOrPng(bytes)) return bytes
  }
  return null
}

export function isJpegOrPng(bytes: Uint8Array): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
  return jpeg || png
}

function drawPlaceholder(doc: Doc, frame: Box, shot: FilmShot): void {
  doc.save().rect(frame.x, frame.y, frame.width, frame.height).fill(PLACEHOLDER).restore()
  const size = Math.min(frame.height * 0.35, 72)
  doc.font('bold').fontSize(size).fillColor(PLACEHOLDER_INK)
  doc.text(shot.number, frame.x, frame.y + frame.height / 2 - size * 0.7, {
    width: frame.width,
    align: 'center',
    lineBreak: false,
  })
  doc.font('regular').fontSize(Math.max(6, size / 5))
  doc.text(
    shot.take ? 'no poster' : 'no clip yet',
    frame.x,
    frame.y + frame.height / 2 + size * 0.45,
    {
      width: frame.width,
      align: 'center',
      lineBreak: false,
    },
  )
}

function drawFrame(doc: Doc, frame: Box, shot: FilmShot, poster: Buffer | null): void {
  let drawn = false
  if (poster) {
    try {
      doc.save().rect(frame.x, frame.y, frame.width, frame.height).fill('#000000').restore()
      doc.image(poster, frame.x, frame.y, {
        fit: [frame.width, frame.height],
        align: 'center',
        valign: 'center',
      })
      drawn = true
    } catch {
      drawn = false // an unreadable picture falls back to the placeholder
    }
  }
  if (!drawn) drawPlaceholder(doc, frame, shot)
  doc.save().lineWidth(0.5).rect(frame.x, frame.y, frame.width, frame.height).stroke(INK).restore()
}

/**
 * Text lines under the frame; each block is cut with an ellipsis to the lines it may take. When
 * any shot of the film has a scene, every panel keeps the scene's line, so titles stay level.
 */
function drawCaption(doc: Doc, area: Box, shot: FilmShot, size: number, sceneLine: boolean): void {
  const lineHeight = size * 1.25
  let y = area.y
  const bottom = area.y + area.height
  const block = (font: FontName, color: string, text: string, maxLines: number) => {
    const lines = Math.min(maxLines, Math.floor((bottom - y) / lineHeight))
    if (text.trim() === '' || lines < 1) return
    doc.font(font).fontSize(size).fillColor(color)
    const options = { width: area.width, height: lines * lineHeight, ellipsis: true, lineGap: 0 }
    const used = Math.min(doc.heightOfString(text, options), lines * lineHeight)
    doc.text(text, area.x, y, options)
    y += used + size * 0.25
  }
  if (sceneLine) {
    // the scene on its own small line above the shot, cut to the panel's width
    const small = size * 0.85
    const sceneName = shot.scene?.name ?? ''
    doc.font('regular').fontSize(small).fillColor(MUTED)
    if (sceneName !== '') {
      doc.text(sceneName, area.x, y, { width: area.width, height: small * 1.25, ellipsis: true })
    }
    y += small * 1.25 + size * 0.1
  }
  const duration = formatDuration(shot.durationSeconds)
  doc
    .font('bold')
    .fontSize(size * 1.15)
    .fillColor(INK)
  const durationWidth = doc.widthOfString(duration)
  doc.text(duration, area.x + area.width - durationWidth, y, { lineBreak: false })
  doc.text(`${shot.number}  ${shot.title}`.trim(), area.x, y, {
    width: area.width - durationWidth - size,
    height: lineHeight * 1.15,
    ellipsis: true,
  })
  y += lineHeight * 1.15 + size * 0.2
  block('regular', MUTED, summarizeSpec(shot.spec), 1)
  // the action takes what the notes leave it, at least three lines
  const notesLines = shot.spec.notes.trim() === '' ? 0 : 2
  const actionLines = Math.max(3, Math.floor((bottom - y) / lineHeight) - notesLines - 1)
  block('regular', INK, shot.spec.action || shot.spec.subject, actionLines)
  block('italic', MUTED, shot.spec.notes, Math.max(2, Math.floor((bottom - y) / lineHeight)))
}

interface PanelText {
  size: number
  sceneLine: boolean
}

function drawPanel(doc: Doc, cell: Box, shot: FilmShot, poster: Buffer | null, text: PanelText) {
  const { size } = text
  const captionHeight = size * 1.25 * 7.6
  const frameArea = { ...cell, height: Math.max(cell.height - captionHeight, cell.height * 0.35) }
  const frame = fitFrame(frameArea, aspectOf(shot.spec.aspectRatio))
  drawFrame(doc, frame, shot, poster)
  const top = frame.y + frame.height + size * 0.6
  drawCaption(
    doc,
    { x: frame.x, y: top, width: frame.width, height: cell.y + cell.height - top },
    shot,
    size,
    text.sceneLine,
  )
}

function drawHeaderAndFooter(
  doc: Doc,
  layout: SheetLayout,
  film: Film,
  page: number,
  pages: number,
) {
  const { header, footer } = layout
  const right = `${film.shots.length} shots · ${formatDuration(totalRunningTime(film.shots))} · ${film.exportedAt.toISOString().slice(0, 10)}`
  doc.font('regular').fontSize(9).fillColor(MUTED)
  const rightWidth = doc.widthOfString(right)
  doc.text(right, header.x + header.width - rightWidth, header.y + 6, { lineBreak: false })
  doc.font('bold').fontSize(16).fillColor(INK)
  doc.text(film.title || 'Untitled', header.x, header.y, {
    width: header.width - rightWidth - 24,
    height: 20,
    ellipsis: true,
  })
  const ruleY = header.y + header.height - 6
  doc
    .save()
    .lineWidth(0.75)
    .moveTo(header.x, ruleY)
    .lineTo(header.x + header.width, ruleY)
    .stroke(INK)
    .restore()
  doc.font('regular').fontSize(8).fillColor(MUTED)
  doc.text(`Page ${page} of ${pages}`, footer.x, footer.y + 4, {
    width: footer.width,
    align: 'center',
    lineBreak: false,
  })
}

/** The storyboard as PDF bytes. */
export async function pdfStoryboard(
  film: Film,
  options: PdfStoryboardOptions = {},
): Promise<Buffer> {
  const layout = sheetLayout(options.paper ?? 'a4', options.panelsPerPage ?? 6)
  const perPage = layout.panels.length
  const pages = Math.max(1, Math.ceil(film.shots.length / perPage))
  const doc = new PDFDocument({
    size: [layout.page.width, layout.page.height],
    margin: 0,
    autoFirstPage: false,
    compress: !options.uncompressed,
    info: { Title: film.title, Creator: 'Sceneboard', CreationDate: film.exportedAt },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  for (const font of PDF_FONT_NAMES) doc.registerFont(font, fontPath(font))
  const text = { size: layout.textSize, sceneLine: film.shots.some((shot) => shot.scene) }
  for (let page = 0; page < pages; page++) {
    doc.addPage({ size: [layout.page.width, layout.page.height], margin: 0 })
    drawHeaderAndFooter(doc, layout, film, page + 1, pages)
    const shots = film.shots.slice(page * perPage, (page + 1) * perPage)
    const posters = await Promise.all(shots.map(posterBytes))
    shots.forEach((shot, i) => {
      drawPanel(doc, layout.panels[i] as Box, shot, posters[i] ?? null, text)
    })
  }
  if (film.shots.length === 0) {
    doc.font('regular').fontSize(12).fillColor(MUTED)
    doc.text('No shots in the sequence yet.', layout.margin, layout.page.height / 2, {
      width: layout.page.width - 2 * layout.margin,
      align: 'center',
    })
  }
  doc.end()
  await ended
  return Buffer.concat(chunks)
}
