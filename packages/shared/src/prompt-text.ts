/**
 * Free text as people type it, tidied into prompt sentences: whitespace collapsed, stray
 * separators removed, sentence punctuation normalised. Pure string functions.
 */

/**
 * Tidies one free-text field: whitespace runs become one space, no space before punctuation,
 * repeated separators (",,", ", ;") collapse to the first, a separator before a full stop
 * goes, and leading or trailing separators
 * go. Text that holds only whitespace and punctuation becomes empty.
 */
export function cleanFreeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]+([.!?])/g, '$1')
    .replace(/^[\s,;:.!?]+/, '')
    .replace(/[\s,;:]+$/, '')
}

/** A fragment ready to be followed by more words: no sentence punctuation at its end. */
export function openFragment(text: string): string {
  return cleanFreeText(text).replace(/[\s,;:.!?]+$/, '')
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Joins fragments into one sentence: empty ones dropped, the rest joined with ", ",
 * the first letter capitalised and one full stop at the end (a final "!" or "?" is kept).
 * No fragments, no sentence: returns "".
 */
export function sentence(fragments: readonly string[]): string {
  const parts = fragments.map(cleanFreeText).filter((part) => part !== '')
  if (parts.length === 0) return ''
  const last = parts.length - 1
  const opened = parts.map((part, i) => (i === last ? part : openFragment(part)))
  const lastPart = opened[last]!
  const ending = /[!?]$/.test(lastPart) ? lastPart.slice(-1) : '.'
  opened[last] = openFragment(lastPart)
  const text = opened.filter((part) => part !== '').join(', ')
  return text === '' ? '' : `${capitalize(text)}${ending}`
}

/** Joins sentences with one space, skipping empty ones. */
export function paragraph(sentences: readonly string[]): string {
  return sentences.filter((s) => s !== '').join(' ')
}
