/**
 * Checking what was sent before parsing it: at most 1 MB of UTF-8 text, not binary, not empty.
 */
import { FountainImportError } from './fountain-error.js'

export const FOUNTAIN_MAX_BYTES = 1024 * 1024

/** Control characters other than tab, line feed, form feed and carriage return. */
function looksBinary(text: string): boolean {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0) return true
    if (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control++
  }
  return control > 0 && control / text.length > 0.01
}

/** The screenplay as text, or a FountainImportError saying why it is not one. */
export function readScriptText(input: string | Uint8Array): string {
  let text: string
  if (typeof input === 'string') {
    if (Buffer.byteLength(input, 'utf8') > FOUNTAIN_MAX_BYTES) throw tooLarge()
    text = input
  } else {
    if (input.byteLength > FOUNTAIN_MAX_BYTES) throw tooLarge()
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      throw new FountainImportError('binary', 'The script is not UTF-8 text')
    }
  }
  text = text.replace(/^\uFEFF/, '')
  if (looksBinary(text))
    throw new FountainImportError(
      'binary',
      'The script looks like a binary file, not Fountain text',
    )
  if (text.trim() === '') throw new FountainImportError('empty', 'The script is empty')
  return text
}

function tooLarge(): FountainImportError {
  return new FountainImportError(
    'too-large',
    `The script is larger than ${FOUNTAIN_MAX_BYTES / 1024 / 1024} MB`,
  )
}
