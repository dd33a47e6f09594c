import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleFilm } from '../test/support/sample-film.js'
import { exportFilm } from './export-film.js'
import { EXPORT_FORMATS, exportRequestSchema, fileStem } from './export-request.js'

let outDir = ''

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'export-film-'))
})

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

describe('export requests', () => {
  it('accepts every format with and without options', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportRequestSchema.safeParse({ format }).success, format).toBe(true)
    }
    const parsed = exportRequestSchema.parse({
      format: 'mp4',
      options: { width: 640, height: 360, burnTimecode: true },
    })
    expect(parsed).toEqual({
      format: 'mp4',
      options: { width: 640, height: 360, burnTimecode: true },
    })
    expect(
      exportRequestSchema.safeParse({
        format: 'pdf',
        options: { panelsPerPage: 9, paper: 'letter' },
      }).success,
    ).toBe(true)
  })

  it.each([
    [{ format: 'mov' }],
    [{ format: 'pdf', options: { panelsPerPage: 5 } }],
    [{ format: 'mp4', options: { width: 641 } }],
    [{ format: 'csv', options: { separator: ';' } }],
    [{ format: 'edl', options: { reels: 'tape' } }],
    [{ format: 'otio', extra: true }],
  ])('refuses %j', (body) => {
    expect(exportRequestSchema.safeParse(body).success).toBe(false)
  })

  it('names files after the board', () => {
    expect(fileStem('Sample: The Lighthouse')).toBe('sample-the-lighthouse')
    expect(fileStem('Été à Skerry!')).toBe('ete-a-skerry')
    expect(fileStem('★★★')).toBe('sceneboard')
  })
})

describe('exportFilm', () => {
  it('writes each text format to a named file with its media type', async () => {
    const film = { ...sampleFilm(), title: 'The Lighthouse' }
    const made = []
    for (const format of ['csv', 'otio', 'edl', 'fcpxml', 'pdf'] as const) {
      const progress: number[] = []
      const file = await exportFilm(
        film,
        { format },
        { outDir, onProgress: (p) => progress.push(p) },
      )
      expect(progress).toEqual([0, 1])
      expect((await readFile(file.path)).byteLength).toBe(file.bytes)
      made.push([file.fileName, file.mime])
    }
    expect(made).toEqual([
      ['the-lighthouse-shot-list.csv', 'text/csv; charset=utf-8'],
      ['the-lighthouse.otio', 'application/json'],
      ['the-lighthouse.edl', 'text/plain; charset=utf-8'],
      ['the-lighthouse.fcpxml', 'application/xml'],
      ['the-lighthouse-storyboard.pdf', 'application/pdf'],
    ])
  })

  it('points timelines at the URLs the caller gives', async () => {
    const file = await exportFilm(
      sampleFilm(),
      { format: 'otio' },
      {
        outDir,
        mediaUrl: (clip) => `https://boards.example/clips/${clip.url?.split('/').pop()}`,
      },
    )
    expect(await readFile(file.path, 'utf8')).toContain(
      '"target_url": "https://boards.example/clips/shot-one.mp4"',
    )
  })

  it('renders the MP4 and says how', async () => {
    const film = sampleFilm()
    film.shots = film.shots.slice(0, 2).map((shot) => ({ ...shot, take: null, durationSeconds: 1 }))
    const request = exportRequestSchema.parse({
      format: 'mp4',
      options: { width: 320, height: 180 },
    })
    const file = await exportFilm(film, request, { outDir })
    expect(file).toMatchObject({
      fileName: 'the-lighthouse-director-s-cut-animatic.mp4',
      mime: 'video/mp4',
    })
    expect(file.animatic).toMatchObject({ method: 'encode', frames: 48, slates: 2, width: 320 })
    expect((await readFile(file.path)).byteLength).toBe(file.bytes)
  })

  it('does nothing once canceled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      exportFilm(sampleFilm(), { format: 'csv' }, { outDir, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'aborted' })
  })
})
