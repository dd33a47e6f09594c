/**
 * Finding a film's clip and poster files when the lookup is asynchronous (a media store on disk
 * or elsewhere): every URL is resolved once, all at a time, and a new film is returned.
 */
import type { Film, FilmShot } from './film.js'

/** The film with `clip.path` and `posterPath` filled in from their URLs where `resolve` finds a file. */
export async function withMediaPaths(
  film: Film,
  resolve: (url: string) => Promise<string | null>,
): Promise<Film> {
  const urls = new Set<string>()
  for (const shot of film.shots) {
    if (shot.take?.clip.url && !shot.take.clip.path) urls.add(shot.take.clip.url)
  }
  const posterUrls = new Map<FilmShot, string>()
  for (const shot of film.shots) {
    const posterUrl = shot.take ? posterUrlOf(shot) : null
    if (posterUrl) {
      posterUrls.set(shot, posterUrl)
      urls.add(posterUrl)
    }
  }
  const paths = new Map<string, string | null>()
  await Promise.all(
    [...urls].map(async (url) => paths.set(url, await resolve(url).catch(() => null))),
  )
  const shots = film.shots.map((shot): FilmShot => {
    const take = shot.take
    if (!take) return shot
    const clipPath = take.clip.path ?? (take.clip.url ? (paths.get(take.clip.url) ?? null) : null)
    const posterUrl = posterUrls.get(shot)
    const posterPath = take.posterPath ?? (posterUrl ? (paths.get(posterUrl) ?? null) : null)
    return { ...shot, take: { ...take, clip: { ...take.clip, path: clipPath }, posterPath } }
  })
  return { ...film, shots }
}

function posterUrlOf(shot: FilmShot): string | null {
  return shot.take?.posterPath ? null : (shot.take?.posterUrl ?? null)
}
