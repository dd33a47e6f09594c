/**
 * The screenplay import in one call, for the server: check the input, parse it, turn its scenes
 * into card drafts. Throws FountainImportError (with an HTTP status) when there is nothing to
 * import.
 */
import { FountainImportError } from './fountain-error.js'
import { readScriptText } from './fountain-input.js'
import type { FountainScript } from './fountain-types.js'
import { parseFountain } from './parse-fountain.js'
import { scenesToCards, type CardDraft } from './scenes-to-cards.js'

export interface FountainImport {
  script: FountainScript
  /** The title page's Title, or "" when it has none. */
  title: string
  cards: CardDraft[]
}

export function importFountain(input: string | Uint8Array): FountainImport {
  const script = parseFountain(readScriptText(input))
  const cards = scenesToCards(script)
  if (cards.length === 0) {
    throw new FountainImportError(
      'no-scenes',
      'The script has no scene headings (lines starting with INT., EXT., INT./EXT., I/E, EST. or a forced ".")',
    )
  }
  const title = script.titlePage.find((entry) => entry.key.toLowerCase() === 'title')?.value ?? ''
  return { script, title: title.replace(/\n/g, ' '), cards }
}
