/**
 * A ZIP read back for the tests (the exporters', the server's and the end-to-end ones), with
 * yauzl: each entry's name, how it is stored, and its bytes (checked against its CRC by yauzl).
 */
import { openPromise } from 'yauzl'

export interface ZipEntryRead {
  name: string
  /** 0: stored as is; 8: deflated. */
  compressionMethod: number
  data: Buffer
  /** The entry's time as the ZIP holds it (DOS time, whole seconds, local time). */
  modified: Date
}

/** The ZIP's entries in the order they are stored; directories end in "/" and hold no data. */
export async function readZip(path: string): Promise<ZipEntryRead[]> {
  const zip = await openPromise(path, { lazyEntries: true, strictFileNames: true })
  const entries: ZipEntryRead[] = []
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = []
      if (!entry.fileName.endsWith('/')) {
        for await (const chunk of await zip.openReadStreamPromise(entry)) {
          chunks.push(chunk as Buffer)
        }
      }
      entries.push({
        name: entry.fileName,
        compressionMethod: entry.compressionMethod,
        data: Buffer.concat(chunks),
        modified: entry.getLastModDate(),
      })
    }
  } finally {
    zip.close()
  }
  return entries
}

/** The ZIP's entries by name. */
export async function readZipEntries(path: string): Promise<Map<string, ZipEntryRead>> {
  return new Map((await readZip(path)).map((entry) => [entry.name, entry]))
}
