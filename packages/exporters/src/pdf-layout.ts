/**
 * Where things go on a storyboard sheet: pure geometry in PDF points (1/72 in), landscape.
 * A page has a header (title, date), a grid of panels and a footer (page numbers).
 */

export const PANELS_PER_PAGE = [1, 2, 3, 4, 6, 8, 9, 12] as const
export type PanelsPerPage = (typeof PANELS_PER_PAGE)[number]

export const PAPER_SIZES = ['a4', 'letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** Landscape width and height in points. */
export const PAPER_POINTS: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 841.89, height: 595.28 },
  letter: { width: 792, height: 612 },
}

const GRIDS: Record<PanelsPerPage, { columns: number; rows: number }> = {
  1: { columns: 1, rows: 1 },
  2: { columns: 2, rows: 1 },
  3: { columns: 3, rows: 1 },
  4: { columns: 2, rows: 2 },
  6: { columns: 3, rows: 2 },
  8: { columns: 4, rows: 2 },
  9: { columns: 3, rows: 3 },
  12: { columns: 4, rows: 3 },
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface SheetLayout {
  page: { width: number; height: number }
  margin: number
  header: Box
  footer: Box
  panels: Box[]
  /** Font size for panel text, smaller as panels get smaller. */
  textSize: number
}

export const MARGIN = 36
const HEADER_HEIGHT = 34
const FOOTER_HEIGHT = 18
const GUTTER = 16

export function sheetLayout(paper: PaperSize, panelsPerPage: PanelsPerPage): SheetLayout {
  const page = PAPER_POINTS[paper]
  const { columns, rows } = GRIDS[panelsPerPage]
  const inner = page.width - 2 * MARGIN
  const header = { x: MARGIN, y: MARGIN, width: inner, height: HEADER_HEIGHT }
  const footer = {
    x: MARGIN,
    y: page.height - MARGIN - FOOTER_HEIGHT,
    width: inner,
    height: FOOTER_HEIGHT,
  }
  const gridTop = header.y + header.height + GUTTER / 2
  const gridHeight = footer.y - GUTTER / 2 - gridTop
  const width = (inner - GUTTER * (columns - 1)) / columns
  const height = (gridHeight - GUTTER * (rows - 1)) / rows
  const panels: Box[] = []
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      panels.push({
        x: MARGIN + column * (width + GUTTER),
        y: gridTop + row * (height + GUTTER),
        width,
        height,
      })
    }
  }
  const textSize = Math.max(6.5, Math.min(10, width / 26))
  return { page, margin: MARGIN, header, footer, panels, textSize }
}

/** Width over height of a spec's aspect ratio ("16:9", "2.39:1"). */
export function aspectOf(ratio: string): number {
  const [w, h] = ratio.split(':').map(Number)
  return w && h ? w / h : 16 / 9
}

/** The largest box of this aspect that fits in `area`, centred at its top. */
export function fitFrame(area: Box, aspect: number): Box {
  let width = area.width
  let height = width / aspect
  if (height > area.height) {
    height = area.height
    width = height * aspect
  }
  return { x: area.x + (area.width - width) / 2, y: area.y, width, height }
}
