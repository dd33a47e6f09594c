/**
 * The 2D graphics library, as the renderer uses it: every module draws through this one, so the
 * allocator settings in canvas-memory.ts are in place before the library loads.
 */
import './canvas-memory.js'

export { createCanvas, DOMMatrix, GlobalFonts, ImageData } from '@napi-rs/canvas'
export type { Canvas, CanvasPattern, SKRSContext2D } from '@napi-rs/canvas'
