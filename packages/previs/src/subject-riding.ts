/**
 * Riding: a person who rides ("a cowboy rides his horse across the plain", "a knight on
 * horseback", "a woman on a horse", "a girl rides her bicycle down the lane") sits in the saddle
 * of the horse or the bicycle, going where it goes. Pure.
 */
import type { SubjectPlan } from './subjects.js'
import { SEATED_DROP } from './subject-posture.js'
import { animalBuild, personScale, vehicleModel, type VehicleModel } from './subject-words.js'

const RIDING =
  /\b(rides?|riding|rode|ridden|on horseback|horseback|mounted|astride|in the saddle|cycl(es|ing|ed)|pedal(s|ling|ing|led|ed)?)\b/
/** "a woman on a horse", "on his white stallion", "a girl on a pony", "a boy on a bike". */
const ON_A_MOUNT =
  /\bon\s+(a|an|the|his|her|their)?\s*([a-z'-]+\s+){0,2}(horse|stallion|mare|pony|donkey|mule|camel|bull|ox|bicycle|bike|motorbike|motorcycle|scooter|moped)s?\b/
/** The mount the words name, if any: "on horseback" is a horse, "cycles" a bicycle. */
const MOUNT_WORDS: [RegExp, 'horse' | 'bicycle' | 'motorcycle'][] = [
  [/\b(horse|horseback|stallion)s?\b/, 'horse'],
  [/\b(motorbikes?|motorcycles?|scooters?|mopeds?)\b/, 'motorcycle'],
  [/\b(bicycles?|bikes?|cycl(es|ing|ed)|cyclist|pedal\w*)\b/, 'bicycle'],
]

/**
 * Where a rider sits (m): a horse's back at scale 1 (paint/figures.ts), a little behind its middle
 * (a cow's, paint/farm-animals.ts, is as high);
 * a bicycle's saddle (paint/vehicles.ts).
 */
const HORSE_SADDLE = { height: 1.4, back: 0.12 }
const VEHICLE_SADDLES: Partial<Record<VehicleModel, { height: number; back: number }>> = {
  bicycle: { height: 0.95, back: 0.2 },
  motorcycle: { height: 0.81, back: 0.2 },
}

/** Riding as going somewhere: it moves the mount unless the words say how. */
const RIDES = /\b(rides?|riding|rode|cycl(es|ing|ed)|pedal(s|ling|ing|led|ed)?)\b/

/** Whether the words have someone ride somewhere ("rides across the plain"), not only sit a horse. */
export function ridesSomewhere(text: string): boolean {
  return RIDES.test(text.toLowerCase())
}

/** Whether the words put someone on horseback. */
export function ridingSaid(text: string): boolean {
  const lower = text.toLowerCase()
  return RIDING.test(lower) || ON_A_MOUNT.test(lower)
}

/** The noun of the mount the words ride, when they name one ("on horseback": a horse). */
export function mountSaid(text: string): 'horse' | 'bicycle' | 'motorcycle' | null {
  const lower = text.toLowerCase()
  for (const [pattern, noun] of MOUNT_WORDS) if (pattern.test(lower)) return noun
  return null
}

/**
 * Whether a subject can be ridden: a horse (the long-necked four-legged model), a bull or an ox
 * (the cattle model, its back as high as a horse's), a bicycle, a motorcycle.
 */
export function canBeRidden(subject: Pick<SubjectPlan, 'kind' | 'noun'>): boolean {
  if (subject.kind === 'vehicle') return VEHICLE_SADDLES[vehicleModel(subject.noun)] !== undefined
  if (subject.kind !== 'animal') return false
  const { model } = animalBuild(subject.noun)
  return model === 'long-neck' || model === 'cattle'
}

/**
 * The first person seated on the first horse, bicycle or motorcycle: in its saddle, facing and
 * moving as it does, drawn in front of it; the mount marked as ridden. The others are as planned.
 */
export function mountRider(plans: SubjectPlan[]): SubjectPlan[] {
  const mount = plans.find(canBeRidden)
  const rider = plans.find((plan) => plan.kind === 'person' && plan.standsOn === undefined)
  if (!mount || !rider) return plans
  const saddle =
    mount.kind === 'vehicle'
      ? (VEHICLE_SADDLES[vehicleModel(mount.noun)] as { height: number; back: number })
      : { ...HORSE_SADDLE, height: HORSE_SADDLE.height * animalBuild(mount.noun).scale }
  return plans.map((plan) =>
    // A motorcycle's own rider gives way to the one the words name.
    plan === mount
      ? { ...plan, ridden: true as const }
      : plan === rider
        ? {
            ...plan,
            x: mount.x - mount.facing * saddle.back,
            depthOffset: mount.depthOffset - 0.05,
            facing: mount.facing,
            motion: mount.motion,
            // The hips on the saddle: a child's drawing is smaller, hips lower from the feet.
            standsOn: saddle.height - (0.95 - SEATED_DROP) * personScale(rider.noun),
            seat: 'saddle' as const,
          }
        : plan,
  )
}
