/**
 * Escaping for ffmpeg filter graphs. A value passes two parsers: the filter's option parser
 * (`:` separates options, `\` and `'` quote) and then the graph parser (`[ ] , ;` separate
 * filters). Escaping for the first, then for the second, gets any path or timecode through.
 */
export function filterValue(value: string): string {
  const forOptions = value.replace(/[\\':=]/g, '\\$&')
  return forOptions.replace(/[\\'[\],;]/g, '\\$&')
}

/** A line of a concat demuxer list: `file '<path>'` with quotes escaped. */
export function concatListLine(file: string): string {
  return `file '${`file:${file}`.replace(/'/g, "'\\''")}'`
}
