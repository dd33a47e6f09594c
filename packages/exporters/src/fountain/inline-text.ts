/**
 * Inline Fountain markup: boneyard comments, notes and emphasis. Pure string functions.
 */

/** `/* ... *\/` removed; the line breaks inside are kept so paragraphs stay apart. */
export function removeBoneyard(text: string): string {
  return text.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, (comment) => comment.replace(/[^\n]/g, ''))
}

export const NOTE_MARK_START = '\u0001'
export const NOTE_MARK_END = '\u0002'

/**
 * `[[notes]]` taken out of the text: each becomes a mark holding its index in `notes`, so the
 * line parser can place it after the element it was written in.
 */
export function extractNotes(text: string): { text: string; notes: string[] } {
  const notes: string[] = []
  const marked = text.replace(/\[\[([\s\S]*?)\]\]/g, (_, note: string) => {
    notes.push(note.replace(/\s+/g, ' ').trim())
    return `${NOTE_MARK_START}${notes.length - 1}${NOTE_MARK_END}`
  })
  return { text: marked, notes }
}

/** The note indices marked in a line, and the line without them. */
export function takeNoteMarks(line: string): { line: string; indices: number[] } {
  const indices: number[] = []
  const pattern = new RegExp(`${NOTE_MARK_START}(\\d+)${NOTE_MARK_END}`, 'g')
  const rest = line.replace(pattern, (_, index: string) => {
    indices.push(Number(index))
    return ''
  })
  return { line: rest, indices }
}

const ESCAPED_STAR = '\u0003'
const ESCAPED_UNDERSCORE = '\u0004'

/** `***bold italic***`, `**bold**`, `*italic*` and `_underline_` markers removed; `\*` kept as `*`. */
export function stripEmphasis(text: string): string {
  let plain = text.replace(/\\\*/g, ESCAPED_STAR).replace(/\\_/g, ESCAPED_UNDERSCORE)
  for (const marker of [
    /\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*/g,
    /\*\*(?=\S)(.+?)(?<=\S)\*\*/g,
    /\*(?=\S)(.+?)(?<=\S)\*/g,
  ]) {
    plain = plain.replace(marker, '$1')
  }
  plain = plain.replace(/_(?=\S)(.+?)(?<=\S)_/g, '$1')
  return plain.replaceAll(ESCAPED_STAR, '*').replaceAll(ESCAPED_UNDERSCORE, '_')
}
