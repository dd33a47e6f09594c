/**
 * Carts and carriages drawn by an animal: hitched behind it with the shafts at its shoulder,
 * going as it goes, a horse added to a wagon or a carriage that has none, the driver on the seat;
 * a handcart someone pushes stays a handcart, and driving a horse and cart is no car.
 */
import { describe, expect, it } from 'vitest'
import { SHAFT_TIP } from './paint/carts.js'
import { createRandom } from './random.js'
import { cartSaid } from './subject-hitched.js'
import { planSubjects, type SubjectPlan } from './subjects.js'

const plan = (subject: string, action = '') => planSubjects(subject, action, createRandom(1))
const find = (plans: SubjectPlan[], kind: SubjectPlan['kind']) =>
  plans.filter((p) => p.kind === kind)

describe('carts and carriages', () => {
  it('names the cart the words say, as a word', () => {
    expect(cartSaid('a horse pulls a cart down the lane')).toBe('cart')
    expect(cartSaid('two wagons cross the river')).toBe('wagon')
    expect(cartSaid('the cartographer draws a map')).toBeNull()
  })

  it('hitches a cart behind the horse that pulls it, the shafts at its shoulder', () => {
    const plans = plan('a horse', 'pulls a cart down the lane')
    const [horse] = find(plans, 'animal')
    const [cart] = find(plans, 'object')
    expect(cart?.look?.shape).toBe('cart')
    expect(cart?.facing).toBe(horse?.facing)
    expect(cart?.motion).toEqual(horse?.motion)
    expect(horse?.motion.kind).toBe('walk')
    // Behind the horse by the shafts' length, its shoulder half a metre ahead of its middle.
    const behind = ((horse?.x ?? 0) - (cart?.x ?? 0)) * (horse?.facing ?? 1)
    expect(behind).toBeCloseTo(SHAFT_TIP.x - 0.5, 5)
    // Drawn over the horse, so the near shaft lies along its flank.
    expect(cart?.depthOffset).toBeLessThan(horse?.depthOffset ?? 0)
  })

  it('seats the driver of a horse and cart, who is no car', () => {
    const plans = plan('a farmer', 'drives his horse and cart to market')
    expect(find(plans, 'vehicle')).toEqual([])
    const [farmer] = find(plans, 'person')
    const [cart] = find(plans, 'object')
    expect(farmer?.seat).toBe('thwart')
    expect(farmer?.standsOn).toBeGreaterThan(0.7)
    expect(farmer?.motion).toEqual(cart?.motion)
    expect(cart?.motion.kind).toBe('walk')
    expect(farmer?.depthOffset).toBeLessThan(cart?.depthOffset ?? 0)
  })

  it('adds a horse to a wagon or a carriage with none, going as the words say', () => {
    const coach = plan('a stagecoach', 'races across the desert')
    const horses = find(coach, 'animal')
    // A pair, side by side: the far one a pace further back.
    expect(horses.map((h) => h.noun)).toEqual(['horse', 'horse'])
    expect(horses.every((h) => h.motion.kind === 'run')).toBe(true)
    expect((horses[1]?.depthOffset ?? 0) - (horses[0]?.depthOffset ?? 0)).toBeGreaterThan(0.5)
    expect(find(plan('a wagon', 'rolls down the road'), 'animal')).toHaveLength(1)
    expect(find(coach, 'object')[0]?.look?.shape).toBe('carriage')
    const waiting = plan('a horse-drawn carriage', 'waits outside the church')
    expect(find(waiting, 'animal')[0]?.motion.kind).toBe('still')
  })

  it('puts riders in a wagon on its seat, not on the horse', () => {
    const plans = plan('a family', 'rides in a wagon')
    expect(plans.some((p) => p.seat === 'saddle')).toBe(false)
    expect(plans.filter((p) => p.seat === 'thwart').length).toBe(2)
    expect(find(plans, 'animal')[0]?.ridden).toBeUndefined()
  })

  it('leaves a handcart someone pushes a handcart, and a cart with no animal alone', () => {
    const pushed = plan('a woman', 'pushes a cart through the market')
    expect(find(pushed, 'animal')).toEqual([])
    expect(find(pushed, 'object')[0]?.look?.shape).toBe('trolley')
    expect(find(plan('an old cart', 'stands in the yard'), 'animal')).toEqual([])
  })
})
