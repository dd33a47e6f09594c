/** The board's cast: a person named alone is drawn as the board describes them elsewhere. */
import { buildSampleBoard, defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { planScene } from './plan-scene.js'
import { castFrom } from './subject-cast.js'

const subjects = (): string[] =>
  buildSampleBoard().records.flatMap((record) => {
    const spec = (record as { props?: { spec?: ShotSpec } }).props?.spec
    return spec ? [spec.subject] : []
  })

describe("the board's cast", () => {
  it('reads each named person as first described', () => {
    const cast = castFrom(['Maren, a weathered keeper, yellow oilskin coat', 'Maren in red', 'Tom'])
    expect(cast.get('maren')?.noun).toBe('keeper')
    expect(cast.get('maren')?.clothes).toBe('yellow')
    // A name with nothing said of them is no one's description.
    expect(cast.has('tom')).toBe(false)
  })

  it("draws the sample film's keeper in every shot as its second shot describes her", () => {
    const all = subjects()
    const described = planScene(defaultShotSpec({ subject: all[1] as string })).subjects[0]
    for (const subject of [all[4], all[6]] as string[]) {
      const alone = planScene(defaultShotSpec({ subject })).subjects[0]
      const cast = planScene(defaultShotSpec({ subject }), all).subjects[0]
      expect(alone?.colour).toBeUndefined()
      expect(cast?.noun).toBe('keeper')
      expect(cast?.colour).toEqual(described?.colour)
      expect(cast?.hair).toEqual(described?.hair)
      // What the shot gives her is still hers.
      expect(cast?.carries?.length).toBe(alone?.carries?.length)
    }
  })

  it('draws "the keeper" as the keeper the board names, but not any man as a man it names', () => {
    const cast = ['Maren, a keeper, yellow oilskin coat, grey braid', 'Tom, a tall man in red']
    const keeper = planScene(defaultShotSpec({ subject: 'the keeper' }), cast).subjects[0]
    expect(keeper?.colour).toEqual([224, 185, 46])
    expect(keeper?.hair).toBeDefined()
    const man = planScene(defaultShotSpec({ subject: 'a man' }), cast).subjects[0]
    expect(man?.colour).toBeUndefined()
    // Two keepers, or a keeper described otherwise, are not her.
    const two = planScene(defaultShotSpec({ subject: 'two keepers' }), cast).subjects[0]
    expect(two?.colour).toBeUndefined()
    const other = planScene(defaultShotSpec({ subject: 'a young keeper' }), cast).subjects[0]
    expect(other?.colour).toBeUndefined()
  })

  it("keeps what the shot's own words say of them", () => {
    const own = planScene(defaultShotSpec({ subject: 'Maren in red' }), [
      'Maren, a keeper, yellow oilskin coat',
    ]).subjects[0]
    expect(own?.colour).toEqual([179, 48, 43])
  })
})
