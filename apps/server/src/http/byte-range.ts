/**
 * Reading an HTTP Range header (RFC 9110, section 14) for one file of `size` bytes. Only byte
 * ranges are understood; a header that cannot be read is ignored (the whole file is sent). Of
 * several ranges, the first satisfiable one is answered, as a single part.
 */

export type ByteRange =
  /** No usable Range header: send the whole file. */
  | { kind: 'whole' }
  /** Send bytes start..end (inclusive) with 206. */
  | { kind: 'range'; start: number; end: number }
  /** Nothing requested lies inside the file: 416. */
  | { kind: 'unsatisfiable' }

const SPEC = /^\s*(\d*)\s*-\s*(\d*)\s*$/

export function parseByteRange(header: string | undefined, size: number): ByteRange {
  if (header === undefined) return { kind: 'whole' }
  const match = /^\s*bytes\s*=(.*)$/i.exec(header)
  if (!match) return { kind: 'whole' }
  const specs = match[1]!.split(',')
  let readable = false
  for (const spec of specs) {
    const parts = SPEC.exec(spec)
    if (!parts || (parts[1] === '' && parts[2] === '')) continue
    readable = true
    if (parts[1] === '') {
      // Suffix: the last N bytes.
      const length = Number(parts[2])
      if (length === 0 || size === 0) continue
      return { kind: 'range', start: Math.max(0, size - length), end: size - 1 }
    }
    const start = Number(parts[1])
    const end = parts[2] === '' ? size - 1 : Math.min(Number(parts[2]), size - 1)
    if (parts[2] !== '' && Number(parts[2]) < start) return { kind: 'whole' } // invalid: ignore
    if (start >= size) continue
    return { kind: 'range', start, end }
  }
  return readable ? { kind: 'unsatisfiable' } : { kind: 'whole' }
}
