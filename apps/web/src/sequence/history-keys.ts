/**
 * The editor's undo and redo keys (Ctrl+Z, Ctrl+Shift+Z; Cmd on a Mac) for focus outside the
 * canvas, and the places where they belong to a text field's own undo instead.
 */

export type HistoryAction = 'undo' | 'redo'

interface KeyLike {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** Undo or redo for the editor's keys, as its own shortcuts read them; null for any other key. */
export function historyKeyAction(event: KeyLike): HistoryAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  // The typed letter, so other Latin layouts work; the key's place where the letter is not Latin.
  const letter = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code
  if (letter !== 'z' && letter !== 'KeyZ') return null
  return event.shiftKey ? 'redo' : 'undo'
}

/** Input types that take no text, so no undo of their own (as the editor's shortcuts count them). */
const NON_TEXT_INPUTS = ['checkbox', 'radio', 'range', 'button', 'file', 'reset', 'submit', 'color']

interface ElementLike {
  tagName?: string
  isContentEditable?: boolean
  type?: string
  readOnly?: boolean
}

/** Whether keys on this element edit text, whose own undo Ctrl+Z must stay. */
export function isTextEntry(target: EventTarget | ElementLike | null): boolean {
  const element = target as ElementLike | null
  if (!element || typeof element.tagName !== 'string') return false
  if (element.isContentEditable) return true
  const tag = element.tagName.toUpperCase()
  if (tag === 'TEXTAREA') return !element.readOnly
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.includes(element.type ?? 'text') && !element.readOnly
  return false
}
