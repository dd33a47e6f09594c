/** Films for the exporter tests: a few shots with and without clips, built by hand. */
import { composePrompt, defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import type { Film, FilmClip, FilmScene, FilmShot } from '../../src/film.js'

export function videoClip(overrides: Partial<FilmClip> = {}): FilmClip {
  return {
    path: '/media/clips/shot-one.mp4',
    url: '/clips/shot-one.mp4',
    kind: 'video',
    mime: 'video/mp4',
    width: 1280,
    height: 720,
    fps: 24,
    durationMs: 4000,
    ...overrides,
  }
}

/** The sample's scenes: the first in an act, the second on its own. */
export const ROCK_SCENE: FilmScene = {
  id: 'shape:frame-rock',
  name: 'Act one · The rock',
  label: 'The rock',
  act: 'Act one',
}
export const STORM_SCENE: FilmScene = {
  id: 'shape:frame-storm',
  name: 'The storm',
  label: 'The storm',
  act: null,
}

export function filmShot(
  number: string,
  title: string,
  spec: Partial<ShotSpec>,
  clip: FilmClip | null,
  scene: FilmScene | null = null,
): FilmShot {
  const full = defaultShotSpec(spec)
  return {
    id: `shape:${number}`,
    number,
    title,
    durationSeconds: full.durationSeconds,
    spec: full,
    prompt: composePrompt(full),
    take: clip
      ? {
          id: `take:${number}`,
          provider: 'previs',
          model: 'previs-1',
          seed: 7,
          clip,
          posterUrl: null,
          posterPath: null,
        }
      : null,
    sceneLabel: scene?.label ?? null,
    scene,
  }
}

/**
 * Four shots, 4 + 2.5 + 6 + 1.25 s = 13.75 s; shot 2 has no clip, shot 3's clip is short. The
 * first two are the scene "The rock" in "Act one", the third is "The storm", the last is in none.
 */
export function sampleFilm(): Film {
  return {
    title: 'The Lighthouse, "director\'s cut"',
    exportedAt: new Date('2025-03-04T10:00:00Z'),
    fps: 24,
    shots: [
      filmShot(
        '1A',
        'The rock',
        {
          subject: 'A white lighthouse',
          action: 'turns its beam, slowly',
          environment: 'a basalt headland',
          shotSize: 'extreme-wide',
          cameraAngle: 'birds-eye',
          cameraMovement: 'crane-down',
          lens: 24,
          lighting: 'last cold light',
          durationSeconds: 4,
          notes: 'Open on the scale of the sea.',
        },
        videoClip(),
        ROCK_SCENE,
      ),
      filmShot(
        '1B',
        'Maren, at the lamp',
        {
          subject: 'Maren, a keeper',
          action: 'winds the clockwork\nand says "hold"',
          shotSize: 'medium-close-up',
          durationSeconds: 2.5,
        },
        null,
        ROCK_SCENE,
      ),
      filmShot(
        '2A',
        'Storm — été',
        { action: '=SUM(A1) waves', cameraMovement: 'handheld', durationSeconds: 6 },
        videoClip({
          path: '/media/clips/storm wave.mp4',
          url: '/clips/storm%20wave.mp4',
          width: 640,
          height: 360,
          fps: 30,
          durationMs: 3000,
        }),
        STORM_SCENE,
      ),
      filmShot(
        '2B',
        'Still',
        { durationSeconds: 1.25 },
        videoClip({
          path: '/media/clips/still.png',
          url: '/clips/still.png',
          kind: 'image',
          mime: 'image/png',
          fps: null,
          durationMs: null,
        }),
      ),
    ],
  }
}

export const SAMPLE_FILM_FRAMES = 13.75 * 24
