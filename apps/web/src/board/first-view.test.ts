import { describe, expect, it } from 'vitest'
import { decideFirstView, fitCamera, parseCamera } from './first-view.js'

const margins = { top: 60, right: 20, bottom: 100, left: 20 }

function onScreen(camera: { x: number; y: number; z: number }, x: number, y: number) {
  return { x: (x + camera.x) * camera.z, y: (y + camera.y) * camera.z }
}

describe('decideFirstView', () => {
  const saved = { x: 10, y: 20, z: 0.5 }
  it('restores a saved camera first of all', () => {
    expect(decideFirstView({ saved, fittedThisSession: false, hasContent: true })).toEqual({
      kind: 'restore',
      camera: saved,
    })
  })
  it('fits the content once per session, and not an empty board', () => {
    expect(decideFirstView({ saved: null, fittedThisSession: false, hasContent: true }).kind).toBe(
      'fit',
    )
    expect(decideFirstView({ saved: null, fittedThisSession: true, hasContent: true }).kind).toBe(
      'none',
    )
    expect(decideFirstView({ saved: null, fittedThisSession: false, hasContent: false }).kind).toBe(
      'none',
    )
  })
})

describe('fitCamera', () => {
  it('shows a wide film whole inside the clear area, centred', () => {
    const bounds = { x: -100, y: -300, w: 2400, h: 900 }
    const camera = fitCamera(bounds, { w: 1080, h: 700 }, margins)
    const topLeft = onScreen(camera, bounds.x, bounds.y)
    const bottomRight = onScreen(camera, bounds.x + bounds.w, bounds.y + bounds.h)
    expect(topLeft.x).toBeCloseTo(20)
    expect(bottomRight.x).toBeCloseTo(1060)
    expect(topLeft.y).toBeGreaterThanOrEqual(60)
    expect(bottomRight.y).toBeLessThanOrEqual(600)
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(330)
  })

  it('never zooms a small board in past 100 %, nor a huge one out past the minimum', () => {
    expect(fitCamera({ x: 0, y: 0, w: 360, h: 420 }, { w: 1400, h: 900 }, margins).z).toBe(1)
    expect(fitCamera({ x: 0, y: 0, w: 1e6, h: 10 }, { w: 1400, h: 900 }, margins).z).toBe(0.1)
  })
})

describe('parseCamera', () => {
  it('reads a stored camera and forgets anything damaged', () => {
    expect(parseCamera('{"x":1,"y":2,"z":0.5}')).toEqual({ x: 1, y: 2, z: 0.5 })
    expect(parseCamera('{"x":1,"y":2,"z":0}')).toBeNull()
    expect(parseCamera('{"x":"1","y":2,"z":1}')).toBeNull()
    expect(parseCamera('not json')).toBeNull()
    expect(parseCamera(null)).toBeNull()
  })
})
