import { describe, expect, it } from 'vitest'
import { sampleFilm } from '../test/support/sample-film.js'
import { withMediaPaths } from './film-media.js'

describe('withMediaPaths', () => {
  it('fills in clip and poster files from their URLs, asking once a URL', async () => {
    const film = sampleFilm()
    for (const shot of film.shots) if (shot.take) shot.take.clip.path = null
    film.shots[0]!.take!.posterUrl = '/clips/shot-one.jpg'
    film.shots[3]!.take!.clip.url = '/clips/shot-one.mp4' // the same clip twice
    const asked: string[] = []
    const resolved = await withMediaPaths(film, async (url) => {
      asked.push(url)
      return url.includes('storm') ? null : `/data${url}`
    })
    expect(asked.sort()).toEqual([
      '/clips/shot-one.jpg',
      '/clips/shot-one.mp4',
      '/clips/storm%20wave.mp4',
    ])
    expect(resolved.shots.map((shot) => shot.take?.clip.path ?? null)).toEqual([
      '/data/clips/shot-one.mp4',
      null,
      null,
      '/data/clips/shot-one.mp4',
    ])
    expect(resolved.shots[0]?.take?.posterPath).toBe('/data/clips/shot-one.jpg')
    expect(film.shots[0]?.take?.clip.path).toBeNull() // the input film is left as it was
  })

  it('keeps paths already known and treats a failed lookup as no file', async () => {
    const film = sampleFilm()
    film.shots[2]!.take!.clip.path = null
    const resolved = await withMediaPaths(film, () => Promise.reject(new Error('store down')))
    expect(resolved.shots[0]?.take?.clip.path).toBe('/media/clips/shot-one.mp4')
    expect(resolved.shots[2]?.take?.clip.path).toBeNull()
  })
})
