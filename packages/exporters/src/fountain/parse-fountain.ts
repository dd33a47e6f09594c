/**
 * A Fountain screenplay parser, pure: text in, title page and elements out.
 *
 * Boneyard comments are dropped and [[notes]] lifted out first (both may span lines), then the
 * body is read line by line. A blank line separates elements; headings, character cues and
 * transitions must follow one. Emphasis markers are stripped from all text.
 */
import type { FountainElement, FountainScript, TitlePageEntry } from './fountain-types.js'
import { extractNotes, removeBoneyard, stripEmphasis, takeNoteMarks } from './inline-text.js'
import { parseSceneHeading } from './scene-heading.js'

const TITLE_PAGE_KEYS =
  /^(title|credit|author|authors|source|draft date|date|contact|contact info|copyright|notes|revision|format|font)\s*:/i

/** Reads the title page block at the top, if there is one; returns it and the body's lines. */
function splitTitlePage(lines: string[]): { entries: TitlePageEntry[]; body: string[] } {
  let start = 0
  while (start < lines.length && (lines[start] as string).trim() === '') start++
  if (!TITLE_PAGE_KEYS.test(lines[start] ?? '')) return { entries: [], body: lines }
  const entries: TitlePageEntry[] = []
  let i = start
  for (; i < lines.length && (lines[i] as string).trim() !== ''; i++) {
    const line = lines[i] as string
    const pair = /^([^\s:][^:]*):\s*(.*)$/.exec(line)
    if (pair && !/^\s/.test(line)) {
      entries.push({
        key: (pair[1] as string).trim(),
        value: stripEmphasis((pair[2] as string).trim()),
      })
    } else if (entries.length > 0) {
      const last = entries[entries.length - 1] as TitlePageEntry
      const more = stripEmphasis(line.trim())
      last.value = last.value === '' ? more : `${last.value}\n${more}`
    }
  }
  return { entries, body: lines.slice(i) }
}

const isBlank = (line: string | undefined) => line === undefined || line.trim() === ''

/** An all-caps cue ("MAREN", "DR. VOSS (V.O.)", "TOMAS ^"), or one forced with "@". */
function parseCharacterCue(
  line: string,
): { name: string; extension: string | null; dual: boolean } | null {
  const forced = line.startsWith('@')
  let text = forced ? line.slice(1).trim() : line
  const dual = /\^\s*$/.test(text)
  if (dual) text = text.replace(/\s*\^\s*$/, '')
  const match = /^([^()]+?)\s*(?:\(([^)]*)\))?\s*$/.exec(text)
  if (!match) return null
  const name = (match[1] as string).trim()
  if (!/\p{L}/u.test(name)) return null
  if (!forced && (name !== name.toUpperCase() || /^[!>~=#.]/.test(name))) return null
  return { name, extension: match[2]?.trim() ?? null, dual }
}

const TRANSITION = /^[\p{Lu}\d\s.'’-]+TO:$|^(FADE OUT\.|FADE TO BLACK\.|CUT TO BLACK\.)$/u

export function parseFountain(source: string): FountainScript {
  const { text, notes } = extractNotes(removeBoneyard(source.replace(/\r\n?/g, '\n')))
  const { entries, body } = splitTitlePage(text.split('\n'))
  const elements: FountainElement[] = []
  let inDialogue = false
  let previousBlank = true

  const push = (element: FountainElement, noteIndices: number[]) => {
    elements.push(element)
    for (const index of noteIndices) elements.push({ type: 'note', text: notes[index] ?? '' })
  }

  body.forEach((rawLine, i) => {
    const { line: withoutNotes, indices } = takeNoteMarks(rawLine)
    const line = withoutNotes.replace(/\t/g, '    ')
    const trimmed = line.trim()
    const nextBlank = isBlank(takeNoteMarks(body[i + 1] ?? '').line)
    const wasBlank = previousBlank
    previousBlank = trimmed === '' && !(inDialogue && line === '  ')
    if (trimmed === '') {
      for (const index of indices) elements.push({ type: 'note', text: notes[index] ?? '' })
      if (line === '  ' && inDialogue) push({ type: 'dialogue', text: '' }, [])
      else inDialogue = false
      return
    }
    if (inDialogue) {
      if (/^\(.*\)$/.test(trimmed))
        push({ type: 'parenthetical', text: stripEmphasis(trimmed) }, indices)
      else if (trimmed.startsWith('~'))
        push({ type: 'lyrics', text: stripEmphasis(trimmed.slice(1).trim()) }, indices)
      else push({ type: 'dialogue', text: stripEmphasis(trimmed) }, indices)
      return
    }
    if (/^={3,}$/.test(trimmed)) return push({ type: 'page-break' }, indices)
    const section = /^(#+)\s*(.*)$/.exec(trimmed)
    if (section) {
      return push(
        {
          type: 'section',
          depth: (section[1] as string).length,
          text: stripEmphasis((section[2] as string).trim()),
        },
        indices,
      )
    }
    if (/^=(?!=)/.test(trimmed))
      return push({ type: 'synopsis', text: stripEmphasis(trimmed.slice(1).trim()) }, indices)
    const centered = /^>\s*(.*?)\s*<$/.exec(trimmed)
    if (centered)
      return push({ type: 'centered', text: stripEmphasis(centered[1] as string) }, indices)
    if (trimmed.startsWith('>'))
      return push({ type: 'transition', text: stripEmphasis(trimmed.slice(1).trim()) }, indices)
    if (trimmed.startsWith('!'))
      return pushAction(stripEmphasis(line.replace(/^\s*!/, '')), wasBlank, indices)
    if (trimmed.startsWith('~'))
      return push({ type: 'lyrics', text: stripEmphasis(trimmed.slice(1).trim()) }, indices)
    if (wasBlank) {
      const heading = parseSceneHeading(trimmed)
      if (heading)
        return push(
          { type: 'scene-heading', heading: { ...heading, text: stripEmphasis(heading.text) } },
          indices,
        )
      if (nextBlank && TRANSITION.test(trimmed))
        return push({ type: 'transition', text: trimmed }, indices)
      const cue = nextBlank ? null : parseCharacterCue(trimmed)
      if (cue) {
        inDialogue = true
        return push({ type: 'character', ...cue, name: stripEmphasis(cue.name) }, indices)
      }
    }
    pushAction(stripEmphasis(line), wasBlank, indices)
  })

  function pushAction(text: string, startsParagraph: boolean, indices: number[]) {
    const last = elements[elements.length - 1]
    if (!startsParagraph && last?.type === 'action') last.text = `${last.text}\n${text.trimEnd()}`
    else elements.push({ type: 'action', text: text.trimEnd() })
    for (const index of indices) elements.push({ type: 'note', text: notes[index] ?? '' })
  }

  return { titlePage: entries, elements }
}
