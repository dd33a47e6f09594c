/** @sceneboard/exporters: the board as a film, and the film in the formats editors and producers use. */
export * from './film.js'
// Scenes and numbering live in @sceneboard/shared (the board shows them too); re-exported for the server.
export { scenesFromFrames } from '@sceneboard/shared'
export { ExportError, type ExportErrorCode } from './export-error.js'
export { framedShots, formatTimecode, parseTimecode, type FramedShot } from './frame-timing.js'
export { csvShotList, CSV_SHOT_LIST_COLUMNS, type CsvShotListOptions } from './csv-shot-list.js'
export { otioJson, otioTimeline, type OtioOptions } from './otio.js'
export { edl, EDL_MAX_EVENTS, type EdlOptions } from './edl.js'
export { fcpxml, type FcpxmlOptions } from './fcpxml.js'
export { pdfStoryboard, type PdfStoryboardOptions } from './pdf-storyboard.js'
export { PANELS_PER_PAGE, PAPER_SIZES, type PanelsPerPage, type PaperSize } from './pdf-layout.js'
export { mp4Animatic, type Mp4AnimaticOptions, type Mp4AnimaticResult } from './mp4-animatic.js'
export * from './fountain/index.js'
export * from './export-request.js'
export { exportFilm, type ExportContext, type ExportedFile } from './export-film.js'
export { withMediaPaths } from './film-media.js'
export {
  packageMediaNames,
  packagedTimeline,
  writeTimelinePackage,
  PACKAGE_MEDIA_DIR,
  type PackagedMedia,
  type TimelinePackageResult,
} from './timeline-package.js'
