import { describe, expect, it } from 'vitest'
import { SAMPLE_FILM_FRAMES, sampleFilm } from '../test/support/sample-film.js'
import { findAll, parseXml } from '../test/support/tiny-xml.js'
import { fcpTime, fcpxml } from './fcpxml.js'

/** "0s", "4s", "5/2s" as frames at `fps`. */
function frames(time: string | undefined, fps: number): number {
  const match = /^(\d+)(?:\/(\d+))?s$/.exec(time ?? '')
  if (!match) throw new Error(`not an FCPXML time: ${time}`)
  const seconds = Number(match[1]) / Number(match[2] ?? 1)
  const value = seconds * fps
  if (!Number.isInteger(value)) throw new Error(`${time} is off the frame grid`)
  return value
}

describe('FCPXML export', () => {
  it('writes rational times on the frame grid', () => {
    expect(fcpTime(0, 24)).toBe('0s')
    expect(fcpTime(96, 24)).toBe('4s')
    expect(fcpTime(60, 24)).toBe('5/2s')
    expect(fcpTime(97, 24)).toBe('97/24s')
  })

  it('is well-formed FCPXML 1.9 with resources and one project', () => {
    const root = parseXml(fcpxml(sampleFilm()))
    expect(root.name).toBe('fcpxml')
    expect(Number(root.attributes.version)).toBeGreaterThanOrEqual(1.9)
    const formats = findAll(root, 'format')
    expect(formats[0]?.attributes).toMatchObject({
      frameDuration: '1/24s',
      width: '1280',
      height: '720',
    })
    const assets = findAll(root, 'asset')
    expect(assets).toHaveLength(3)
    expect(findAll(root, 'media-rep').map((rep) => rep.attributes.src)).toEqual([
      'file:///media/clips/shot-one.mp4',
      'file:///media/clips/storm%20wave.mp4',
      'file:///media/clips/still.png',
    ])
    for (const asset of assets) {
      expect(formats.some((format) => format.attributes.id === asset.attributes.format)).toBe(true)
    }
    expect(findAll(root, 'project')[0]?.attributes.name).toBe(sampleFilm().title)
  })

  it('lays the spine end to end and adds up to the sequence', () => {
    const root = parseXml(fcpxml(sampleFilm()))
    const sequence = findAll(root, 'sequence')[0]!
    const spine = findAll(sequence, 'spine')[0]!
    let expectedOffset = 0
    for (const item of spine.children) {
      expect(frames(item.attributes.offset, 24)).toBe(expectedOffset)
      expectedOffset += frames(item.attributes.duration, 24)
    }
    expect(expectedOffset).toBe(SAMPLE_FILM_FRAMES)
    expect(frames(sequence.attributes.duration, 24)).toBe(SAMPLE_FILM_FRAMES)
    expect(spine.children.map((item) => `${item.name}:${item.attributes.name}`)).toEqual([
      'asset-clip:1A The rock',
      'gap:1B Maren, at the lamp',
      'asset-clip:2A Storm — été',
      'gap:2A Storm — été (hold)',
      'video:2B Still',
    ])
  })

  it('never uses more of a clip than the asset holds', () => {
    const root = parseXml(fcpxml(sampleFilm()))
    const assets = new Map(findAll(root, 'asset').map((asset) => [asset.attributes.id, asset]))
    for (const clip of findAll(root, 'asset-clip')) {
      const asset = assets.get(clip.attributes.ref)!
      expect(frames(clip.attributes.duration, 24)).toBeLessThanOrEqual(
        frames(asset.attributes.duration, 24),
      )
    }
  })

  it('escapes titles and keeps the prompt as a note', () => {
    const film = sampleFilm()
    film.title = 'Fish & <Chips>'
    const root = parseXml(fcpxml(film))
    expect(findAll(root, 'event')[0]?.attributes.name).toBe('Fish & <Chips>')
    expect(findAll(root, 'note')[0]?.text).toBe(film.shots[0]!.prompt)
  })

  it('keywords each shot with its scene and marks where each scene starts', () => {
    const root = parseXml(fcpxml(sampleFilm()))
    const spine = findAll(findAll(root, 'sequence')[0]!, 'spine')[0]!
    const scenes = spine.children.map((item) => ({
      item: item.attributes.name,
      keywords: item.children
        .filter((child) => child.name === 'keyword')
        .map((keyword) => keyword.attributes.value),
      markers: item.children
        .filter((child) => child.name === 'marker')
        .map((marker) => marker.attributes.value),
    }))
    expect(scenes).toEqual([
      { item: '1A The rock', keywords: ['Act one · The rock'], markers: ['Act one · The rock'] },
      { item: '1B Maren, at the lamp', keywords: ['Act one · The rock'], markers: [] },
      { item: '2A Storm — été', keywords: ['The storm'], markers: ['The storm'] },
      { item: '2A Storm — été (hold)', keywords: [], markers: [] },
      { item: '2B Still', keywords: [], markers: [] },
    ])
    // each keyword spans its item; the note comes first, as the DTD orders them
    for (const item of spine.children) {
      const keyword = item.children.find((child) => child.name === 'keyword')
      if (!keyword) continue
      expect(keyword.attributes.start).toBe('0s')
      expect(keyword.attributes.duration).toBe(item.attributes.duration)
      expect(item.children[0]?.name).toBe('note')
    }
  })
})
