/** The Fountain screenplay import: parser, scene-to-card mapping and the one-call import. */
export { parseFountain } from './parse-fountain.js'
export { parseSceneHeading, timeOfDayOf } from './scene-heading.js'
export { scenesToCards, type CardDraft } from './scenes-to-cards.js'
export { importFountain, type FountainImport } from './import-fountain.js'
export { readScriptText, FOUNTAIN_MAX_BYTES } from './fountain-input.js'
export { FountainImportError, type FountainErrorCode } from './fountain-error.js'
export type * from './fountain-types.js'
