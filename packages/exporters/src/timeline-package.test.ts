import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTestClip, makeTestPicture } from '../test/support/media.js'
import { filmShot, sampleFilm, videoClip } from '../test/support/sample-film.js'
import { findAll, parseXml } from '../test/support/tiny-xml.js'
import { readZip, readZipEntries, type ZipEntryRead } from '../test/support/zip.js'
import { exportFilm } from './export-film.js'
import { exportRequestSchema, type ExportRequest } from './export-request.js'
import type { Film } from './film.js'
import { packageMediaNames, writeTimelinePackage, type PackageRequest } from './timeline-package.js'

let dir = ''
let outDir = ''

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'timeline-package-'))
  outDir = path.join(dir, 'out')
  await makeTestClip(path.join(dir, 'shot-one.mp4'), { width: 64, height: 36, fps: 24, seconds: 1 })
  await makeTestClip(path.join(dir, 'storm wave.mp4'), {
    width: 64,
    height: 36,
    fps: 30,
    seconds: 1,
  })
  await makeTestPicture(path.join(dir, 'still.png'), 64, 36)
  await mkdir(outDir)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The sample film with its clips as real files on disk (as the server's media store has them). */
function filmOnDisk(): Film {
  const film = { ...sampleFilm(), title: 'The Lighthouse' }
  film.shots[0]!.take!.clip.path = path.join(dir, 'shot-one.mp4')
  film.shots[2]!.take!.clip.path = path.join(dir, 'storm wave.mp4')
  film.shots[3]!.take!.clip.path = path.join(dir, 'still.png')
  return film
}

async function packaged(film: Film, request: ExportRequest) {
  const file = await exportFilm(film, request, { outDir })
  return { file, entries: await readZipEntries(file.path) }
}

/** Where a relative reference in the timeline at the package's top leads, as an entry name. */
function entryOf(reference: string): string {
  const url = new URL(reference, 'file:///package/')
  expect(url.href.startsWith('file:///package/'), `${reference} stays inside the package`).toBe(
    true,
  )
  return decodeURIComponent(url.pathname.slice('/package/'.length))
}

async function expectSameBytes(entry: ZipEntryRead | undefined, source: string) {
  expect(entry, `an entry for ${source}`).toBeDefined()
  expect(entry!.compressionMethod, `${entry!.name} is stored as it is`).toBe(0)
  expect(entry!.data.equals(await readFile(source))).toBe(true)
}

describe('editor package: names', () => {
  it('names each clip file for the first shot that plays it, once', () => {
    const film = filmOnDisk()
    // a fifth shot plays the first shot's clip again; a sixth has a scene-dot number and no title
    film.shots.push(filmShot('3', 'Again', {}, videoClip({ path: path.join(dir, 'shot-one.mp4') })))
    film.shots.push(
      filmShot('4.12', '', {}, videoClip({ path: '/elsewhere/abc.MOV', mime: 'video/quicktime' })),
    )
    expect([...packageMediaNames(film).values()]).toEqual([
      '001_1A_the-rock.mp4',
      '003_2A_storm-ete.mp4',
      '004_2B_still.png',
      '006_4.12.mov',
    ])
  })

  it('pads the position to the film length and keeps names filesystem-safe', () => {
    const film = filmOnDisk()
    film.shots = Array.from({ length: 1200 }, (_, i) =>
      filmShot(`${i + 1}`, i === 1199 ? '../Le Phare: "fin" / *?' : `Shot ${i + 1}`, {}, null),
    )
    film.shots[1199]!.take = filmOnDisk().shots[0]!.take
    const [name] = [...packageMediaNames(film).values()]
    expect(name).toBe('1200_1200_le-phare-fin.mp4')
    expect(name).toMatch(/^[A-Za-z0-9._-]+$/)
  })
})

describe('editor package: OTIO', () => {
  it('zips the timeline with every clip it uses, each reference resolving inside the package', async () => {
    const { file, entries } = await packaged(filmOnDisk(), {
      format: 'otio',
      options: { package: true },
    })
    expect(file).toMatchObject({ fileName: 'the-lighthouse.otio.zip', mime: 'application/zip' })
    expect(file.bytes).toBe((await readFile(file.path)).byteLength)
    expect([...entries.keys()]).toEqual([
      'the-lighthouse.otio',
      'media/',
      'media/001_1A_the-rock.mp4',
      'media/003_2A_storm-ete.mp4',
      'media/004_2B_still.png',
    ])
    expect(file.package).toEqual({ entries: [...entries.keys()], missing: [] })
    const timelineEntry = entries.get('the-lighthouse.otio')!
    expect(timelineEntry.compressionMethod).toBe(8)
    const timeline = JSON.parse(timelineEntry.data.toString('utf8')) as {
      tracks: {
        children: Array<{
          children: Array<{
            media_references: { DEFAULT_MEDIA: { OTIO_SCHEMA: string; target_url?: string } }
          }>
        }>
      }
    }
    const refs = timeline.tracks.children[0]!.children.map(
      (clip) => clip.media_references.DEFAULT_MEDIA,
    )
    expect(refs.map((ref) => ref.OTIO_SCHEMA)).toEqual([
      'ExternalReference.1',
      'MissingReference.1',
      'ExternalReference.1',
      'ExternalReference.1',
    ])
    expect(refs[0]!.target_url).toBe('media/001_1A_the-rock.mp4')
    const sources = ['shot-one.mp4', null, 'storm wave.mp4', 'still.png']
    for (const [i, ref] of refs.entries()) {
      if (!ref.target_url) continue
      await expectSameBytes(entries.get(entryOf(ref.target_url)), path.join(dir, sources[i]!))
    }
  })

  it('dates every entry with the export time', async () => {
    const film = filmOnDisk()
    const { file } = await packaged(film, { format: 'otio', options: { package: true } })
    for (const entry of await readZip(file.path)) {
      expect(Math.abs(entry.modified.getTime() - film.exportedAt.getTime())).toBeLessThan(2000)
    }
  })

  it('leaves out a clip whose file is gone, says which shot, and keeps its reference', async () => {
    const film = filmOnDisk()
    film.shots[2]!.take!.clip.path = path.join(dir, 'gone.mp4')
    const { file, entries } = await packaged(film, { format: 'otio', options: { package: true } })
    expect(file.package?.missing).toEqual(['2A'])
    expect([...entries.keys()].filter((name) => name.startsWith('media/'))).toEqual([
      'media/',
      'media/001_1A_the-rock.mp4',
      'media/004_2B_still.png',
    ])
    const text = entries.get('the-lighthouse.otio')!.data.toString('utf8')
    expect(text).toContain(`"target_url": "file://${path.join(dir, 'gone.mp4')}"`)
  })

  it('is the plain timeline without the option', async () => {
    const file = await exportFilm(filmOnDisk(), { format: 'otio' }, { outDir })
    expect(file).toMatchObject({ fileName: 'the-lighthouse.otio', mime: 'application/json' })
    expect(file.package).toBeUndefined()
    expect(await readFile(file.path, 'utf8')).toContain('"target_url": "file://')
  })
})

describe('editor package: FCPXML', () => {
  it('points each asset at its packaged file by a relative URL and names it after the file', async () => {
    const { file, entries } = await packaged(filmOnDisk(), {
      format: 'fcpxml',
      options: { package: true, width: 640, height: 360 },
    })
    expect(file.fileName).toBe('the-lighthouse.fcpxml.zip')
    const root = parseXml(entries.get('the-lighthouse.fcpxml')!.data.toString('utf8'))
    expect(findAll(root, 'format')[0]?.attributes).toMatchObject({ width: '640', height: '360' })
    const assets = findAll(root, 'asset')
    expect(assets.map((asset) => asset.attributes.name)).toEqual([
      '001_1A_the-rock.mp4',
      '003_2A_storm-ete.mp4',
      '004_2B_still.png',
    ])
    const sources = ['shot-one.mp4', 'storm wave.mp4', 'still.png']
    for (const [i, asset] of assets.entries()) {
      const src = findAll(asset, 'media-rep')[0]!.attributes.src!
      expect(src).toBe(`./media/${asset.attributes.name}`)
      await expectSameBytes(entries.get(entryOf(src)), path.join(dir, sources[i]!))
    }
    // the spine still names shots, not files
    expect(findAll(root, 'asset-clip')[0]?.attributes.name).toBe('1A The rock')
  })
})

describe('editor package: EDL', () => {
  it('names each clip as its packaged file, so an NLE relinks it by name', async () => {
    const { entries } = await packaged(filmOnDisk(), {
      format: 'edl',
      options: { package: true, reels: 'per-clip' },
    })
    const text = entries.get('the-lighthouse.edl')!.data.toString('utf8')
    const clipNames = [...text.matchAll(/^\* FROM CLIP NAME: (.+)$/gm)].map((match) => match[1])
    expect(clipNames).toEqual(['001_1A_the-rock.mp4', '003_2A_storm-ete.mp4', '004_2B_still.png'])
    for (const name of clipNames) expect(entries.has(`media/${name}`)).toBe(true)
    const reels = [...text.matchAll(/^\d{3} {2}(\S+)/gm)].map((match) => match[1])
    expect(reels).toEqual(['001_1A_T', 'BL', '003_2A_S', '004_2B_S'])
  })
})

describe('editor package: requests and cancel', () => {
  it('is an option of the timeline formats only', () => {
    for (const format of ['otio', 'edl', 'fcpxml']) {
      expect(exportRequestSchema.safeParse({ format, options: { package: true } }).success).toBe(
        true,
      )
    }
    for (const format of ['csv', 'pdf', 'mp4']) {
      expect(exportRequestSchema.safeParse({ format, options: { package: true } }).success).toBe(
        false,
      )
    }
    expect(exportRequestSchema.safeParse({ format: 'otio', options: { package: 1 } }).success).toBe(
      false,
    )
  })

  it('reports progress and, canceled while writing, leaves no file', async () => {
    const progress: number[] = []
    const done = await writeTimelinePackage(filmOnDisk(), otio(), {
      outputPath: path.join(outDir, 'progress.zip'),
      onProgress: (fraction) => progress.push(fraction),
    })
    expect(progress.length).toBeGreaterThan(0)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(done.bytes).toBe((await readFile(path.join(outDir, 'progress.zip'))).byteLength)

    const controller = new AbortController()
    const outputPath = path.join(outDir, 'canceled.zip')
    await expect(
      writeTimelinePackage(filmOnDisk(), otio(), {
        outputPath,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).rejects.toMatchObject({ code: 'aborted' })
    expect(existsSync(outputPath)).toBe(false)
  })
})

function otio(): PackageRequest {
  return { format: 'otio', options: { package: true } }
}
