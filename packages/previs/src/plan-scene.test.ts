import { buildSampleBoard, defaultShotSpec, type ShotSpec } from '@sceneboard/shared'
import { describe, expect, it } from 'vitest'
import { luminance } from './color.js'
import { planPalette } from './palette.js'
import { pickSet, planScene, planShore, planWeather } from './plan-scene.js'

describe('the set follows the words of the environment', () => {
  it.each([
    ['a busy city street at rush hour', 'city-street'],
    ['narrow alley downtown', 'city-street'],
    ['a deep pine forest', 'forest'],
    ['the woods behind the house', 'forest'],
    ['a rocky beach by the sea', 'coast'],
    ['the harbour wall', 'coast'],
    ['sand dunes in the desert', 'desert'],
    ['a dim kitchen', 'interior'],
    ['inside the lantern room', 'interior'],
    ['a concert hall', 'interior'],
    ['the stage of an old theatre', 'interior'],
    ['an outdoor concert in a park', 'countryside'],
    ['a city park in autumn', 'countryside'],
    ['a multi-storey car park', 'city-street'],
    ['an open-air theatre by the sea', 'coast'],
    ['a snowy mountain pass', 'mountains'],
    ['a wheat field', 'countryside'],
    ['', 'countryside'],
    ['somewhere unnamed', 'countryside'],
  ] as const)('%s -> %s', (environment, set) => {
    expect(pickSet(environment)).toBe(set)
  })

  it('weighs interior words above outdoor ones and takes the subject when the environment is silent', () => {
    expect(pickSet('a room overlooking the sea')).toBe('interior')
    expect(pickSet('', 'a lighthouse keeper')).toBe('coast')
    expect(pickSet('a barn')).not.toBe('interior') // "bar" is a whole word, not a prefix
  })

  it('makes a room of every room it can furnish, and of a building named alone', () => {
    for (const environment of [
      'a saloon',
      'a smoky nightclub',
      'a coffee shop',
      'the newsroom',
      'a laboratory',
      'a nursery',
      'a dormitory',
      'a canteen',
      'a cabaret',
      'a cramped study',
      'an old mansion at night',
      'a house',
      'a hospital',
      'the church',
      'at home',
      'a farmhouse kitchen',
    ]) {
      expect(pickSet(environment), environment).toBe('interior')
    }
    // Where a building stands, or being outside it, is out of doors.
    expect(pickSet('a cabin in the woods')).toBe('forest')
    expect(pickSet('a church in the village')).toBe('countryside')
    expect(pickSet('a castle on a cliff')).toBe('coast')
    expect(pickSet('a shop window on a busy street')).toBe('city-street')
    expect(pickSet('outside the hospital')).not.toBe('interior')
    expect(pickSet('the front of the house')).not.toBe('interior')
    // Outside said after the room is only what is seen from it.
    expect(pickSet('a bedroom with the rain outside')).toBe('interior')
    // In the action a building is only where someone goes; stairs are mostly indoors.
    expect(pickSet('', 'a man', 'walks home in the rain')).toBe('countryside')
    expect(pickSet('', 'a woman', 'runs out of the house')).toBe('countryside')
    expect(pickSet('', 'a man', 'climbs the stairs')).toBe('interior')
    expect(pickSet('', 'a man', 'lies on the bed')).toBe('interior')
    // Someone who waves is not at sea; the sea's waves are.
    expect(pickSet('', 'a soldier', 'waves a flag')).toBe('countryside')
    expect(pickSet('', 'a girl', 'waves goodbye')).toBe('countryside')
    expect(pickSet('', 'a girl', 'watches the waves roll in')).toBe('coast')
    expect(pickSet('', 'a woman', 'sits at her desk')).toBe('interior')
    expect(pickSet('', 'a girl', 'looks out of the window')).toBe('interior')
    expect(pickSet('a tiled bathroom')).toBe('interior')
    expect(pickSet('a dry river bed')).toBe('coast')
    expect(pickSet('a garden with a flower bed')).toBe('countryside')
  })

  it("takes the action's words too when the environment is silent, and the water for a boat", () => {
    expect(pickSet('', 'a man', 'walks into the bar')).toBe('interior')
    expect(pickSet('', 'a woman', 'crosses the road')).toBe('city-street')
    expect(pickSet('', 'a man', 'rows across the lake')).toBe('coast')
    expect(pickSet('', 'a trawler', 'sails')).toBe('coast')
    expect(pickSet('', 'a fisherman', 'rows his boat')).toBe('coast')
    expect(pickSet('', 'a man', 'reads a book')).toBe('countryside')
    // The environment's words still decide.
    expect(pickSet('a pine forest', 'two kids', 'paddle a canoe')).toBe('forest')
    expect(pickSet('a country lane', 'a farmer', 'drives his cart to market')).toBe('countryside')
  })

  it('puts a boat, or those in one, on the water of any open-air set but a street', () => {
    const onWater = (subject: string, action: string, environment: string) =>
      planScene(defaultShotSpec({ subject, action, environment })).subjectsOnWater
    expect(onWater('two kids', 'paddle a canoe down the river', 'a pine forest')).toBe(true)
    expect(onWater('a man', 'fishes from a rowboat', 'a meadow')).toBe(true)
    expect(onWater('a woman', 'kayaks across the lake', 'the mountains')).toBe(true)
    expect(onWater('a canoe', '', 'a city street')).toBe(false)
    expect(onWater('a man', 'walks through the woods', 'a pine forest')).toBe(false)
  })
})

describe('the time of day the words say', () => {
  it('lights the shot by it when the field is unset, and the field wins when set', () => {
    const time = (fields: Partial<ShotSpec>) => planPalette(defaultShotSpec(fields)).timeOfDay
    expect(time({ environment: 'a bedroom at night' })).toBe('night')
    expect(time({ environment: 'a city street at dusk' })).toBe('dusk')
    expect(time({ environment: 'the harbour', action: 'sails out at dawn' })).toBe('dawn')
    expect(time({ environment: 'a moonlit beach' })).toBe('night')
    expect(time({ environment: 'a beach at sunset' })).toBe('golden-hour')
    // A nightclub is a room, not the night; words say nothing of the time: afternoon.
    expect(time({ environment: 'a nightclub' })).toBe('afternoon')
    expect(time({ environment: 'a kitchen' })).toBe('afternoon')
    // The lighting's words, then the field, come first.
    expect(time({ environment: 'a street at night', lighting: 'golden sunset light' })).toBe(
      'golden-hour',
    )
    expect(time({ environment: 'a bedroom at night', timeOfDay: 'morning' })).toBe('morning')
  })
})

describe("a coast's shore follows its words", () => {
  const shore = (environment: string, subject = '', action = '') =>
    planShore({ environment, subject, action })

  it.each([
    ['a jagged coastline with waves exploding against the rocks', 'rock'],
    ['black basalt cliffs above the sea', 'rock'],
    ['granite crags and a reef offshore', 'rock'],
    ['boulders along the shore', 'rock'],
    ['a rocky beach', 'rock'],
    ['a sandy beach', 'sand'],
    ['dunes running down to the sea', 'sand'],
    ['a sandy beach with a few rocks', 'sand'],
    ['the harbour', 'sand'],
    ['the harbour pier', 'pier'],
    ['an old wooden jetty on the rocks', 'pier'],
    ['the end of the stone pier at dusk', 'quay'],
    ['a busy quayside', 'quay'],
    ['the open sea', 'sand'],
    ['', 'sand'],
  ] as const)('%s -> %s', (environment, expected) => {
    expect(shore(environment)).toBe(expected)
  })

  it('reads the subject and the action too', () => {
    expect(shore('the coast', 'a lighthouse on a black basalt headland')).toBe('rock')
    expect(shore('the open sea', 'a trawler', 'heads straight for the rocks')).toBe('rock')
  })

  it('makes the sample film a rocky coast where it says so', () => {
    const specs = buildSampleBoard()
      .records.filter((record) => record.typeName === 'shape' && record.type === 'scene-card')
      .map((record) => (record as unknown as { props: { spec: ShotSpec } }).props.spec)
    const [rock, , , , , beam] = specs.map((spec) => planScene(spec))
    expect(rock).toMatchObject({ set: 'coast', shore: 'rock' })
    expect(beam).toMatchObject({ set: 'coast', shore: 'rock' })
  })

  it('takes a headland or a reef for a coast', () => {
    expect(pickSet('a basalt headland')).toBe('coast')
    expect(pickSet('surf breaking over the reef')).toBe('coast')
  })
})

describe('weather', () => {
  it('adds rain, snow, fog, wind and lightning from the weather field', () => {
    const plan = (weather: Parameters<typeof planWeather>[0]['weather']) =>
      planWeather({ weather, environment: '', lighting: '' })
    expect(plan('rain').rain).toBeGreaterThan(0)
    expect(plan('snow').snow).toBeGreaterThan(0)
    expect(plan('snow').snowCover).toBe(true)
    expect(plan('fog').fog).toBeGreaterThan(0.5)
    expect(plan('storm')).toMatchObject({ lightning: true })
    expect(plan('storm').rain).toBeGreaterThan(plan('rain').rain)
    expect(plan('wind').wind).toBeGreaterThan(0)
    expect(plan('clear')).toEqual(plan(''))
    expect(plan('').rain + plan('').snow + plan('').fog + plan('').wind).toBe(0)
  })

  it('reads mist in the environment as light fog', () => {
    expect(
      planWeather({ weather: '', environment: 'a misty moor', lighting: '' }).fog,
    ).toBeGreaterThan(0)
  })

  it('takes the weather the words give when the field is unset, and the field when it is set', () => {
    const plan = (
      words: Partial<Record<'subject' | 'action' | 'environment', string>>,
      weather = '',
    ) =>
      planWeather({
        weather: weather as Parameters<typeof planWeather>[0]['weather'],
        environment: '',
        lighting: '',
        ...words,
      })
    expect(plan({ action: 'dance in the rain' }).rain).toBe(plan({}, 'rain').rain)
    expect(plan({ environment: 'a rainy street at night' }).rain).toBeGreaterThan(0)
    expect(plan({ environment: 'a field', action: 'a thunderstorm breaks' })).toMatchObject({
      lightning: true,
    })
    expect(plan({ action: 'it is snowing' }).snow).toBeGreaterThan(0)
    expect(plan({ environment: 'a foggy harbour' }).fog).toBe(plan({}, 'fog').fog)
    // Set, the field wins; a storm lantern or a rainforest is no weather.
    expect(plan({ action: 'dance in the rain' }, 'clear').rain).toBe(0)
    expect(plan({ subject: 'Maren with a storm lantern' }).lightning).toBe(false)
    expect(plan({ environment: 'a rainforest' }).rain).toBe(0)
  })

  it('greys the palette for weather the words give, as for the field', () => {
    const spec = (over: Partial<ShotSpec>) =>
      defaultShotSpec({ subject: 'a man', environment: 'a street', ...over })
    const said = planScene(spec({ action: 'waits in the rain' }))
    const set = planScene(spec({ action: 'waits in the rain', weather: 'rain' }))
    expect(said.palette).toEqual(set.palette)
    expect(said.weather).toEqual(set.weather)
    expect(said.palette).not.toEqual(planScene(spec({ action: 'waits' })).palette)
  })
})

describe('palette from time of day and lighting', () => {
  const palette = (overrides: Parameters<typeof defaultShotSpec>[0]) =>
    planPalette(defaultShotSpec(overrides))

  it('makes golden hour warm with a low sun', () => {
    const golden = palette({ timeOfDay: 'golden-hour' })
    expect(golden.light[0]).toBeGreaterThan(golden.light[2] * 1.3)
    expect(golden.sun?.elevation).toBeLessThan(10)
    expect(palette({ timeOfDay: 'midday' }).sun?.elevation).toBeGreaterThan(40)
  })

  it('makes night dark and blue, with a moon and lit windows', () => {
    const night = palette({ timeOfDay: 'night' })
    expect(luminance(night.light)).toBeLessThan(
      0.5 * luminance(palette({ timeOfDay: 'midday' }).light),
    )
    expect(night.skyTop[2]).toBeGreaterThan(night.skyTop[0])
    expect(night).toMatchObject({ moon: true, lampsLit: true, sun: null })
  })

  it('makes dawn pink and overcast flat', () => {
    const dawn = palette({ timeOfDay: 'dawn' })
    expect(dawn.skyHorizon[0]).toBeGreaterThan(dawn.skyHorizon[1])
    expect(dawn.skyHorizon[0]).toBeGreaterThan(dawn.skyHorizon[2])
    const overcast = palette({ weather: 'overcast', timeOfDay: 'midday' })
    expect(overcast.sun).toBeNull()
    const spread = (c: readonly number[]) => Math.max(...c) - Math.min(...c)
    expect(spread(overcast.skyTop)).toBeLessThan(spread(palette({ timeOfDay: 'midday' }).skyTop))
  })

  it('reads the time from lighting words when the time of day is open', () => {
    expect(palette({ lighting: 'golden sunset backlight' }).timeOfDay).toBe('golden-hour')
    expect(palette({ lighting: 'cold moonlight' }).timeOfDay).toBe('night')
    expect(palette({ lighting: 'hard backlight' }).backlit).toBe(true)
    expect(palette({ lighting: 'neon signs' }).neon).toBe(true)
  })
})

describe('the whole plan', () => {
  it('is the same for the same spec', () => {
    const spec = defaultShotSpec({
      subject: 'a crowd',
      environment: 'a market square',
      weather: 'rain',
    })
    expect(planScene(spec)).toEqual(planScene(spec))
  })

  it('adds an over-the-shoulder foreground for that angle and puts a boat on the water', () => {
    expect(planScene(defaultShotSpec({ cameraAngle: 'over-the-shoulder' })).overTheShoulder).toBe(
      true,
    )
    const boat = planScene(
      defaultShotSpec({ subject: 'a fishing boat', environment: 'the open sea' }),
    )
    expect(boat.subjectsOnWater).toBe(true)
  })
})

describe("a lighthouse's lamp", () => {
  const beacon = (spec: Parameters<typeof defaultShotSpec>[0]) => {
    const full = defaultShotSpec({ subject: 'a lighthouse', ...spec })
    return planScene(full).beacon
  }

  it('burns after dark, in a storm or fog, and when the words give it a beam or a light', () => {
    expect(beacon({ timeOfDay: 'night' })).toBe(1)
    expect(beacon({ timeOfDay: 'blue-hour' })).toBeGreaterThan(0.5)
    expect(beacon({ timeOfDay: 'dusk' })).toBeGreaterThan(0.5)
    expect(beacon({ timeOfDay: 'midday', weather: 'storm' })).toBeGreaterThan(0)
    expect(beacon({ timeOfDay: 'midday', weather: 'fog' })).toBeGreaterThan(0)
    expect(beacon({ timeOfDay: 'midday', action: 'sweeping its beam over the bay' })).toBe(0.5)
    expect(beacon({ subject: 'the relit lighthouse', timeOfDay: 'afternoon' })).toBe(0.5)
    expect(beacon({ timeOfDay: 'morning', lighting: 'the lamp beam through spray' })).toBe(0.5)
  })

  it('is dark by day without such words, and when the words put it out', () => {
    expect(beacon({ timeOfDay: 'midday' })).toBe(0)
    expect(beacon({ timeOfDay: 'morning', lighting: 'soft morning light' })).toBe(0)
    // The light of the hour in the subject or the action is not the lamp's.
    expect(beacon({ subject: 'a lighthouse in the morning light', timeOfDay: 'morning' })).toBe(0)
    expect(beacon({ action: 'stands white in the light of dawn', timeOfDay: 'dawn' })).toBe(0)
    expect(beacon({ action: 'its light burning', timeOfDay: 'morning' })).toBe(0.5)
    expect(beacon({ subject: 'an unlit lighthouse', timeOfDay: 'night' })).toBe(0)
    expect(beacon({ action: 'its lamp goes dark', timeOfDay: 'night' })).toBe(0)
  })

  it('burns in the sample film where its beam turns and sweeps', () => {
    const specs = buildSampleBoard()
      .records.filter((record) => record.typeName === 'shape' && record.type === 'scene-card')
      .map((record) => (record as unknown as { props: { spec: ShotSpec } }).props.spec)
    const lighthouses = specs.filter((spec) => /lighthouse/i.test(spec.subject))
    expect(lighthouses.length).toBeGreaterThanOrEqual(2)
    for (const spec of lighthouses) expect(planScene(spec).beacon, spec.subject).toBeGreaterThan(0)
  })
})

describe('the sample film moves what its words move', () => {
  const specs = (buildSampleBoard().records as { type?: string; props?: { spec?: ShotSpec } }[])
    .filter((record) => record.type === 'scene-card')
    .map((record) => record.props?.spec as ShotSpec)

  it('keeps the keeper still while she watches the trawler sail in', () => {
    const [keeper] = planScene(specs[6] as ShotSpec).subjects
    expect(keeper).toMatchObject({ kind: 'person', motion: { kind: 'still', speed: 0 } })
  })

  it('sails the trawler heading for the rocks (its running light does not make it run)', () => {
    const [trawler] = planScene(specs[2] as ShotSpec).subjects
    expect(trawler?.kind).toBe('boat')
    expect(trawler?.motion.kind).toBe('sail')
    expect(trawler?.motion.speed).toBeGreaterThan(0)
  })
})

describe('umbrellas in the weather', () => {
  const umbrella = (overrides: Partial<ShotSpec>) =>
    planScene(defaultShotSpec({ subject: 'a woman with an umbrella', ...overrides })).subjects[0]
      ?.carries?.[0]?.pose

  it('holds an umbrella up when the weather rains outdoors, down indoors or when dry', () => {
    expect(umbrella({ weather: 'rain', environment: 'a city street' })).toBe('overhead')
    expect(umbrella({ weather: 'storm', environment: 'a harbour' })).toBe('overhead')
    expect(umbrella({ weather: 'rain', environment: 'a kitchen' })).not.toBe('overhead')
    expect(umbrella({ weather: 'clear', environment: 'a city street' })).not.toBe('overhead')
  })
})
