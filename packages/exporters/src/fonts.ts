/**
 * The fonts the exporters draw with: DejaVu Sans and Sans Mono from the dejavu-fonts-ttf package
 * (a free licence that allows redistribution), resolved from node_modules. The machines have no
 * system fonts; these cover accented and non-Latin titles, unlike the PDF base fonts.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf',
} as const

export type FontName = keyof typeof FONT_FILES

/** DejaVu Sans Mono's advance width as a fraction of the font size (1233 of 2048 units). */
export const MONO_ADVANCE = 1233 / 2048

let fontDir: string | null = null

/** The absolute path of one of the shipped fonts. */
export function fontPath(font: FontName): string {
  if (!fontDir) {
    const require = createRequire(import.meta.url)
    fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  }
  return path.join(fontDir, FONT_FILES[font])
}
