/**
 * The slate's font: DejaVu Sans Mono from the dejavu-fonts-ttf package (a free licence that
 * allows redistribution), resolved from node_modules at run time. With no system fonts, text
 * would otherwise silently draw nothing.
 */
import { GlobalFonts } from './canvas.js'
import { createRequire } from 'node:module'
import path from 'node:path'

export const SLATE_FONT_FAMILY = 'Previs Mono'

let registered = false

export function ensureSlateFont(): void {
  if (registered) return
  const require = createRequire(import.meta.url)
  const packageDir = path.dirname(require.resolve('dejavu-fonts-ttf/package.json'))
  const fontPath = path.join(packageDir, 'ttf', 'DejaVuSansMono-Bold.ttf')
  if (!GlobalFonts.registerFromPath(fontPath, SLATE_FONT_FAMILY)) {
    throw new Error(`could not register the slate font from ${fontPath}`)
  }
  registered = true
}
