/**
 * Text for a slate, set in a monospaced font so that wrapping by characters is wrapping by width:
 * words wrap at spaces, a word longer than a line is broken, and what does not fit ends in "…".
 */

/** Lines of at most `maxChars` characters. */
export function wrapText(text: string, maxChars: number): string[] {
  const width = Math.max(1, Math.floor(maxChars))
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      let rest = word
      while (rest.length > 0) {
        const room = line === '' ? width : width - line.length - 1
        if (rest.length <= room) {
          line = line === '' ? rest : `${line} ${rest}`
          rest = ''
        } else if (line !== '' && rest.length <= width) {
          lines.push(line)
          line = ''
        } else {
          const take = line === '' ? width : room
          if (take > 0) {
            const head = rest.slice(0, take)
            line = line === '' ? head : `${line} ${head}`
            rest = rest.slice(take)
          }
          lines.push(line)
          line = ''
        }
      }
    }
    if (line !== '') lines.push(line)
  }
  return lines
}

/** At most `maxLines` lines; when some are cut, the last one kept ends in "…". */
export function clampLines(lines: readonly string[], maxLines: number, maxChars: number): string[] {
  if (lines.length <= maxLines) return [...lines]
  const kept = lines.slice(0, Math.max(0, maxLines))
  const last = kept.pop()
  if (last === undefined) return []
  const room = Math.max(0, Math.floor(maxChars) - 1)
  kept.push(`${last.length > room ? last.slice(0, room) : last}…`)
  return kept
}
