/** Two people who kiss, hug or embrace stand close, face to face. */
import { describe, expect, it } from 'vitest'
import { createRandom } from './random.js'
import { EMBRACE_GAP, embraceSaid } from './subject-embrace.js'
import { planSubjects } from './subjects.js'

const plan = (subject: string, action: string) => planSubjects(subject, action, createRandom(1))

describe('an embrace', () => {
  it('is said with kissing, hugging, embracing or holding each other', () => {
    expect(embraceSaid('kiss under an umbrella')).toBe(true)
    expect(embraceSaid('embrace')).toBe(true)
    expect(embraceSaid('hug each other tightly')).toBe(true)
    expect(embraceSaid('they hold each other')).toBe(true)
    expect(embraceSaid('kisses her son goodbye')).toBe(true)
    expect(embraceSaid('walk along the beach')).toBe(false)
  })

  it('brings two people close, face to face, on one plane, where they stood', () => {
    for (const [subject, action] of [
      ['a couple', 'kiss'],
      ['a man and a woman', 'embrace'],
      ['two old friends', 'hug each other'],
    ] as const) {
      const apart = plan(subject, 'stand')
      const [left, right] = plan(subject, action)
      expect(left && right, subject).toBeTruthy()
      if (!left || !right) continue
      expect(right.x - left.x).toBeCloseTo(EMBRACE_GAP)
      expect(left.facing).toBe(1)
      expect(right.facing).toBe(-1)
      expect(right.depthOffset).toBe(left.depthOffset)
      const middle = ((apart[0]?.x ?? 0) + (apart[1]?.x ?? 0)) / 2
      expect((left.x + right.x) / 2).toBeCloseTo(middle)
    }
  })

  it('brings someone close to the one they hug or kiss', () => {
    const [mother, son] = plan('a mother', 'hugs her son')
    expect(son?.noun).toBe('son')
    expect(Math.abs((son?.x ?? 0) - (mother?.x ?? 0))).toBeCloseTo(EMBRACE_GAP)
    expect(mother?.facing).toBe(-(son?.facing ?? 0))
  })

  it('leaves people apart when they move, or are more than two', () => {
    const walking = plan('a couple', 'walk and kiss')
    expect(Math.abs((walking[1]?.x ?? 0) - (walking[0]?.x ?? 0))).toBeGreaterThan(EMBRACE_GAP)
    const three = plan('three friends', 'hug')
    expect(Math.abs((three[1]?.x ?? 0) - (three[0]?.x ?? 0))).toBeGreaterThan(EMBRACE_GAP)
  })
})
