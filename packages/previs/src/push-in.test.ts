/**
 * A push in on a person (a dolly or zoom in) keeps their face in frame: the camera tilts to hold
 * their eyes where they were, as an operator would, instead of holding the frame's centre (the
 * chest, in a medium shot) and losing the head off the top. As the shot tightens the crown may
 * be cut, as in any close-up, but never the eyes.
 */
import { defaultShotSpec, type ShotSize } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { applyAffine, projectPlane } from './projection.js'
import { setUpShot } from './shot-setup.js'

/** The share of the frame height above the framed person's eyes, at every frame of the take. */
function eyeLines(shotSize: ShotSize, cameraMovement: 'dolly-in' | 'zoom-in', seconds: number) {
  const shot = setUpShot(
    defaultShotSpec({ subject: 'a woman', shotSize, cameraMovement, durationSeconds: seconds }),
  )
  return Array.from({ length: shot.frames }, (_, frame) => {
    const t = frame / shot.fps
    const pose = shot.subjects[0]!.track(t)
    const { matrix } = projectPlane(shot.camera(t), pose.depth, shot.viewport)
    return applyAffine(matrix, pose.x, pose.altitude + 1.67).y / shot.viewport.height
  })
}

describe('a push in on a person', () => {
  it.each(['full', 'medium-wide', 'medium', 'medium-close-up'] as const)(
    'keeps the eyes where they were in a %s shot, however long the move',
    (shotSize) => {
      for (const movement of ['dolly-in', 'zoom-in'] as const) {
        for (const seconds of [3, 12]) {
          const eyes = eyeLines(shotSize, movement, seconds)
          const where = `${movement}, ${seconds} s`
          expect(Math.min(...eyes), where).toBeGreaterThan(0.1)
          expect(Math.max(...eyes) - Math.min(...eyes), where).toBeLessThan(0.002)
        }
      }
    },
  )
})
