/** @sceneboard/exporters: the board as a film, and the film in the formats editors and producers use. */
export * from './film.js'
export * from './shot-numbering.js'
export { scenesFromFrames } from './board-scenes.js'
export { ExportError, type ExportErrorCode } from './export-error.js'
export { framedShots, formatTimecode, parseTimecode, type FramedShot } from './frame-timing.js'
