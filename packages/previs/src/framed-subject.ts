/**
 * What a shot size is set on, from the planned subjects: a person when the framed subject is one
 * (shot sizes are defined on the human figure), else the things standing on the framed plane, as
 * the band of heights they take up and their width about the frame's centre line.
 */
import { FRAMED_PERSON, type Band, type FramedPerson, type FramedSubject } from './framing.js'
import { objectExtent } from './subject-objects.js'
import { hatRise } from './subject-hats.js'
import { BED_HEIGHT, CRAWL_BEHIND, LYING_HEELS_BEHIND } from './subject-posture.js'
import { flightAltitude, subjectHeight, subjectWidth } from './subject-words.js'
import { ON_PLANE, type SubjectPlan } from './subjects.js'

/** The width a seated person takes, chair back to feet, either way they face (m). */
const SEATED_WIDTH = 1.3

export function framedSubject(subjects: readonly SubjectPlan[]): FramedSubject {
  const main = subjects.find((s) => s.framed) ?? subjects[0]
  // Everything beside it on its plane is framed with it ("a chair left of a table").
  const group = main
    ? subjects.filter((s) => Math.abs(s.depthOffset - main.depthOffset) < ON_PLANE)
    : []
  const extents = group.map(extentOf)
  // Someone lying down is framed as a thing of their length, the close shots on the head, which
  // paint/lying.ts draws near their place.
  if (main?.kind === 'person' && main.lies) {
    const base = main.lies === 'bed' ? BED_HEIGHT : 0
    const whole = {
      bottom: 0,
      top: base + 0.5,
      // The heels, or the foot of the bed a little beyond them.
      width: Math.max(
        ...extents.map((e) => e.width),
        2 * (Math.abs(main.x) + LYING_HEELS_BEHIND + 0.3),
      ),
    }
    const detail = { bottom: base, top: base + 0.45, width: 2 * (Math.abs(main.x) + 0.5) }
    return { kind: 'thing', whole, detail }
  }
  if (!main || main.kind === 'person') {
    const person: FramedPerson = { ...FRAMED_PERSON }
    if (main?.seat) person.seated = true
    else if (main?.crawls) person.crawling = true
    // A rider: framed from the ground up, with the horse under them.
    if (main?.seat && main.standsOn) person.lift = main.standsOn
    // A top hat or a witch's hat is kept in a shot that shows the head with room above it.
    if (main?.hat && hatRise(main.hat) > 0) person.hatRise = hatRise(main.hat)
    // Shots that show people whole keep everyone beside them (two people either side of a table).
    const groupWidth = Math.max(0, ...extents.map((e) => e.width))
    if (groupWidth > 0) person.groupWidth = groupWidth
    return person
  }
  const whole: Band = {
    bottom: Math.min(...extents.map((e) => e.bottom)),
    top: Math.max(...extents.map((e) => e.top)),
    width: Math.max(...extents.map((e) => e.width)),
  }
  const only = extents.length === 1 ? extents[0] : undefined
  return { kind: 'thing', whole, detail: only?.detail ?? whole }
}

/** A subject's band, its width counted both ways from the centre line, so the frame takes it in. */
function extentOf(subject: SubjectPlan): Band & { detail: Band } {
  const reach = (width: number) => 2 * (Math.abs(subject.x) + width / 2)
  if (subject.look) {
    const extent = objectExtent(subject.look, subject.standsOn)
    return {
      ...extent,
      width: reach(extent.width),
      detail: { ...extent.detail, width: reach(extent.detail.width) },
    }
  }
  // On hands and knees, from the feet behind to the head ahead of the shoulders (paint/crawl.ts).
  if (subject.kind === 'person' && subject.crawls && !subject.seat) {
    const band = { bottom: 0, top: 0.95, width: reach(2 * CRAWL_BEHIND) }
    return { ...band, detail: band }
  }
  // A seated person reaches from the chair's back to their feet.
  if (subject.kind === 'person' && subject.seat && !subject.standsOn) {
    const band = { bottom: 0, top: 1.35, width: reach(SEATED_WIDTH) }
    return { ...band, detail: band }
  }
  // Birds are framed where they fly, unless they perch on something ("a crow on the chair").
  const flies = subject.kind === 'bird' || subject.airborne === true
  const bottom = subject.standsOn ?? (flies ? flightAltitude(subject.kind, subject.noun) : 0)
  const pose = { perched: subject.standsOn !== undefined }
  const band = {
    bottom,
    top: bottom + subjectHeight(subject.kind, subject.noun, pose),
    width: reach(subjectWidth(subject.kind, subject.noun, pose)),
  }
  return { ...band, detail: band }
}
