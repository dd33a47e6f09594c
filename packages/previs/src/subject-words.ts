/** The words the planner understands for subjects, counts and motion. */
import { hex, type Rgb } from './color.js'
import { colourSaid, OBJECT_WORDS, objectSize } from './subject-objects.js'

/** What a subject is. `object` is anything else named in the subject: a prop (subject-objects.ts). */
export type SubjectKind = 'person' | 'vehicle' | 'animal' | 'bird' | 'boat' | 'landmark' | 'object'

// prettier-ignore
export const SUBJECT_WORDS: Record<SubjectKind, readonly string[]> = {
  person: [
    'man', 'men', 'woman', 'women', 'boy', 'girl', 'child', 'children', 'kid', 'person', 'people',
    'figure', 'soldier', 'officer', 'detective', 'keeper', 'runner', 'hiker', 'traveler',
    'traveller', 'stranger', 'couple', 'crowd', 'family', 'friend', 'group', 'hero', 'heroine',
    'villain', 'guard', 'worker', 'farmer', 'fisherman', 'sailor', 'dancer', 'musician', 'cowboy',
    'knight', 'astronaut', 'king', 'queen', 'mother', 'father', 'son', 'daughter', 'lady',
    'gentleman', 'teenager', 'student', 'cop', 'doctor', 'nurse', 'driver', 'pilot', 'monk',
    'priest', 'witch', 'wizard', 'warrior', 'rider', 'player', 'chef', 'waiter', 'bride', 'groom',
    'agent', 'spy', 'thief', 'captain', 'scientist', 'courier', 'cyclist', 'biker', 'walker',
    'cook', 'cowgirl', 'cowhand', 'rancher', 'wrangler', 'gunslinger', 'marine', 'jockey',
    'policeman', 'policemen', 'policewoman', 'fireman', 'firemen', 'firewoman', 'passenger', 'pedestrian', 'tourist', 'visitor', 'customer', 'bartender', 'clerk', 'janitor',
    'writer', 'artist', 'painter', 'singer', 'actor', 'actress', 'athlete', 'boxer', 'kickboxer', 'mechanic',
    'miner', 'hunter', 'shepherd', 'ranger', 'sheriff', 'deputy', 'prisoner', 'refugee',
    'survivor', 'teacher', 'baby', 'toddler', 'infant', 'grandmother', 'grandfather', 'grandma',
    'grandpa', 'elder', 'teen', 'bystander', 'onlooker', 'vendor', 'merchant', 'beggar', 'orphan',
    'nun', 'messenger', 'firefighter', 'paramedic', 'surgeon', 'lawyer', 'judge', 'president',
    'reporter', 'journalist', 'photographer', 'tailor', 'baker', 'butcher', 'blacksmith',
    'carpenter', 'gardener', 'maid', 'butler', 'servant', 'pirate', 'ninja', 'samurai', 'viking',
    'sniper', 'assassin', 'killer', 'outlaw', 'bandit', 'robber', 'burglar', 'criminal',
    'suspect', 'witness', 'victim', 'hostage', 'colonel', 'sergeant', 'professor', 'boss', 'wife',
    'husband', 'sister', 'brother', 'uncle', 'aunt', 'widow', 'neighbour', 'neighbor', 'twin',
    'guy', 'lover', 'character', 'protagonist', 'silhouette', 'explorer', 'climber', 'swimmer',
    'surfer', 'skier', 'skater', 'diver', 'jogger', 'fighter', 'wrestler', 'prince', 'princess',
    'emperor', 'empress', 'lord', 'duke', 'duchess', 'nanny', 'tenant', 'owner', 'manager',
    'assistant', 'secretary', 'cashier', 'waitress', 'hostess', 'peasant', 'villager', 'pilgrim',
    'nomad', 'robot', 'android', 'cyborg', 'alien', 'zombie', 'ghost', 'vampire', 'angel', 'elf',
    'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'human', 'adult', 'youngster', 'lass', 'lad',
    'blonde', 'blond', 'brunette', 'redhead', 'band', 'choir', 'orchestra', 'crew', 'team',
    'army', 'squad', 'troop', 'audience', 'gang', 'mob', 'platoon', 'trio', 'quartet', 'duo',
    'congregation', 'spectator', 'protester', 'protestor', 'demonstrator', 'troupe',
    'guitarist', 'bassist', 'violinist', 'fiddler', 'trumpeter', 'bugler', 'saxophonist',
    'drummer', 'pianist', 'cellist', 'busker', 'vocalist', 'rapper', 'crooner', 'conductor',
    'docker', 'stevedore', 'porter', 'labourer', 'laborer', 'builder', 'engineer', 'technician',
    'corpse', 'patient', 'sleeper', 'sunbather',
  ],
  vehicle: [
    'car', 'truck', 'van', 'taxi', 'cab', 'bus', 'jeep', 'suv', 'sedan', 'motorcycle', 'motorbike',
    'tractor', 'ambulance', 'convertible', 'pickup', 'limousine', 'coupe', 'lorry', 'minibus',
    'minivan', 'scooter', 'moped', 'hearse', 'bicycle', 'bike', 'train', 'locomotive', 'plane',
    'airplane', 'aeroplane', 'airliner', 'jet', 'aircraft', 'helicopter', 'chopper',
  ],
  animal: [
    'dog', 'horse', 'cat', 'wolf', 'deer', 'cow', 'sheep', 'fox', 'puppy', 'stallion', 'bear',
    'cattle', 'bull', 'calf', 'ox', 'goat', 'lamb', 'pig', 'donkey', 'mule', 'pony', 'foal',
    'mare', 'hound', 'kitten', 'coyote', 'reindeer', 'elk', 'moose', 'heifer', 'hog', 'sow', 'boar',
    'piglet',
  ],
  bird: ['bird', 'gull', 'seagull', 'crow', 'eagle', 'hawk', 'owl', 'pigeon', 'raven', 'flock'],
  boat: [
    'boat', 'ship', 'yacht', 'ferry', 'sailboat', 'canoe', 'kayak', 'trawler', 'dinghy', 'rowboat',
    'skiff',
  ],
  landmark: ['lighthouse', 'tower', 'house', 'cabin', 'castle', 'church', 'windmill', 'barn'],
  object: OBJECT_WORDS,
}

/** Words that mean more than one of a kind by themselves: "a crowd", "a band", "a flock". */
export const GROUP_WORDS: Record<string, number> = {
  couple: 2,
  crowd: 6,
  family: 4,
  group: 4,
  people: 3,
  children: 3,
  flock: 5,
  cattle: 5,
  band: 4,
  choir: 6,
  orchestra: 6,
  crew: 4,
  team: 5,
  army: 6,
  squad: 4,
  troop: 6,
  audience: 6,
  gang: 4,
  mob: 6,
  platoon: 6,
  trio: 3,
  quartet: 4,
  duo: 2,
  congregation: 6,
  troupe: 4,
}

/**
 * Words for a number of something only before "of": "a herd of cows", "a pack of wolves". Alone
 * they are something else ("a pack" on a hiker's back) or nothing the planner draws.
 */
export const COLLECTIVE_WORDS: Record<string, number> = {
  herd: 5,
  pack: 4,
  pride: 4,
  litter: 4,
  school: 5,
  swarm: 6,
  gaggle: 5,
  bunch: 3,
  handful: 3,
  dozen: 6,
  line: 4,
  row: 4,
  pair: 2,
}

// prettier-ignore
export const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 6,
  eight: 6,
  nine: 6,
  ten: 6,
  pair: 2,
  several: 3,
  few: 3,
  many: 6,
  dozens: 6,
  some: 3,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
}

export type MotionKind = 'still' | 'walk' | 'run' | 'drive' | 'sail' | 'fly'

/** Words of where a boat goes: "kayaks along the coast", "canoes down the river". */
const ALONG =
  '(?:along|across|down|up|through|into|out|past|away|over|around|round|towards?|back|home)\\b'

// prettier-ignore
export const MOTION_WORDS: Record<Exclude<MotionKind, 'still'>, readonly string[]> = {
  walk: [
    'walk', 'stroll', 'wander', 'pace', 'march', 'stride', 'trudge', 'limp', 'step', 'cross',
    'approach', 'amble', 'saunter', 'hike', 'tiptoe', 'stagger', 'wade',
  ],
  run: [
    'run', 'running', 'ran', 'sprint', 'race', 'jog', 'dash', 'chase', 'flee', 'fled', 'bolt',
    'rush', 'hurr', 'gallop', 'charg', 'escap',
  ],
  drive: [
    'drive', 'driving', 'drove', 'speed', 'cruise', 'roll', 'pull away', 'swerve', 'rac',
    'pull(?:s|ing|ed)? (?:in|into|out)\\b',
  ],
  // Not a sailor; not a rowing boat, a row of houses or a seat in the front row. Paddling and
  // kayaking go somewhere only when the words say where.
  sail: [
    'sail(?!or)', 'drift', 'float', '(?<!\\b(?:a|the|in|front|back|first|last) )row(?!boat|ing boat|s? of)',
    'steam', 'paddl', `(?:kayak|canoe)(?:ed|d|ing|s(?= ${ALONG}))`,
  ],
  // Birds wheel overhead; a wheelbarrow or a wheelchair is not wheeling.
  fly: ['fly', 'flies', 'flying', 'flew', 'soar', 'glide', 'circl', 'swoop', 'wheel(?!barrow|chair)'],
}

/** Natural speeds in metres per second. */
export const MOTION_SPEEDS: Record<MotionKind, number> = {
  still: 0,
  walk: 1.4,
  run: 4,
  drive: 9,
  sail: 3,
  fly: 6,
}

/** Which kinds can do which motion. Objects do none: a suitcase that "walks" stays put. */
export const MOTION_ACTORS: Record<Exclude<MotionKind, 'still'>, readonly SubjectKind[]> = {
  walk: ['person', 'animal'],
  run: ['person', 'animal'],
  drive: ['vehicle'],
  sail: ['boat'],
  // Aircraft; a car only if the words say it flies.
  fly: ['bird', 'vehicle'],
}

/**
 * Sizes (m) of the figures as paint/figures.ts draws them, standing on the ground: the height of
 * the top of the drawing, and the width about its centre line that takes in all of it whichever
 * way it faces. The framing frames these and the planner spaces subjects by them;
 * paint/figure-sizes.test.ts measures the drawings to keep them the same.
 *
 * A person's height is the 1.8 m the shot sizes are defined on, and its width the footprint people
 * are spaced by, not the reach of a swinging arm.
 */
export const SUBJECT_SIZES: Record<
  Exclude<SubjectKind, 'animal' | 'boat' | 'landmark' | 'object' | 'vehicle'>,
  { width: number; height: number }
> = {
  person: { width: 0.6, height: 1.8 },
  bird: { width: 0.74, height: 0.48 },
}

/**
 * How tall a person is drawn against a grown-up: a child (a boy, a girl, a kid) about 1.25 m, a
 * toddler 0.9 m, a baby 0.7 m, a teenager 1.65 m.
 */
// prettier-ignore
const PERSON_SCALES: Record<string, number> = {
  child: 0.7, children: 0.7, kid: 0.7, boy: 0.7, girl: 0.7, schoolboy: 0.75, schoolgirl: 0.75,
  toddler: 0.5, baby: 0.4, infant: 0.4, teenager: 0.92, teen: 0.92, youngster: 0.85,
  orphan: 0.75,
}

/** A person's height as a share of a grown-up's, by the noun for them. */
export function personScale(noun: string): number {
  return PERSON_SCALES[noun] ?? 1
}

/** The drawing each vehicle gets (paint/vehicles.ts). */
export type VehicleModel =
  'car' | 'van' | 'truck' | 'bus' | 'motorcycle' | 'bicycle' | 'train' | 'plane' | 'helicopter'

const VEHICLE_MODELS: Record<string, VehicleModel> = {
  van: 'van',
  minivan: 'van',
  ambulance: 'van',
  hearse: 'van',
  truck: 'truck',
  lorry: 'truck',
  bus: 'bus',
  minibus: 'bus',
  motorcycle: 'motorcycle',
  motorbike: 'motorcycle',
  scooter: 'motorcycle',
  moped: 'motorcycle',
  bicycle: 'bicycle',
  bike: 'bicycle',
  train: 'train',
  locomotive: 'train',
  plane: 'plane',
  airplane: 'plane',
  aeroplane: 'plane',
  airliner: 'plane',
  jet: 'plane',
  aircraft: 'plane',
  helicopter: 'helicopter',
  chopper: 'helicopter',
}

/** How a vehicle is drawn: a car unless its noun names a van, a truck, a bus or a motorcycle. */
export function vehicleModel(noun: string): VehicleModel {
  return VEHICLE_MODELS[noun] ?? 'car'
}

/**
 * Each vehicle drawing's width about its centre line and height: a car 4.4 m long and 1.45 m
 * high, a van 5 x 2.1 m, a box truck 7.5 x 3 m, a bus 11 x 3.1 m, a motorcycle 2 m long with its
 * rider's helmet at 1.7 m, a bicycle 1.78 m long with its handlebars at 1 m (its rider is a
 * person of their own, subject-riding.ts), a train (a locomotive and a carriage) 34.8 m x 4.1 m,
 * an airliner 36 m long with its tail fin at 11.5 m, a helicopter 18 m across its turning rotor.
 */
const VEHICLE_SIZES: Record<VehicleModel, { width: number; height: number }> = {
  car: { width: 4.4, height: 1.45 },
  van: { width: 5, height: 2.1 },
  truck: { width: 7.5, height: 3 },
  bus: { width: 11, height: 3.1 },
  motorcycle: { width: 2.04, height: 1.69 },
  bicycle: { width: 1.78, height: 0.99 },
  train: { width: 34.8, height: 4.1 },
  plane: { width: 36, height: 11.5 },
  helicopter: { width: 18, height: 3.9 },
}

/**
 * How a boat is drawn (paint/boat.ts, paint/small-boats.ts): a working boat unless its noun names
 * a sailing boat, or a small open boat that is rowed or paddled.
 */
export type BoatModel = 'workboat' | 'sailboat' | 'rowboat' | 'canoe' | 'kayak'

const BOAT_MODELS: Record<string, BoatModel> = {
  sailboat: 'sailboat',
  yacht: 'sailboat',
  rowboat: 'rowboat',
  dinghy: 'rowboat',
  skiff: 'rowboat',
  canoe: 'canoe',
  kayak: 'kayak',
}

export function boatModel(noun: string): BoatModel {
  return BOAT_MODELS[noun] ?? 'workboat'
}

/**
 * Each boat drawing's width about its centre line and height above the waterline: a working
 * boat or a sailing boat 8.4 m long with its mast at 4.5 m, a rowing boat 3.6 m with its bow at
 * 0.7 m, a canoe 4.8 m with its upswept ends at 0.65 m, a kayak 4.4 m and 0.33 m.
 */
const BOAT_SIZES: Record<BoatModel, { width: number; height: number }> = {
  workboat: { width: 8.4, height: 4.5 },
  sailboat: { width: 8.4, height: 4.5 },
  rowboat: { width: 3.6, height: 0.7 },
  canoe: { width: 4.8, height: 0.65 },
  kayak: { width: 4.4, height: 0.33 },
}

/**
 * A bird perched on something ("a table, a crow on the table"), drawn sitting with its wings
 * folded: tail tip to beak about 0.5 m, 0.31 m to the top of its head.
 */
export const PERCHED_BIRD_SIZE = { width: 0.52, height: 0.31 }

/**
 * How large each bird is drawn against the one drawing (0.74 m across the wings): a pigeon
 * smaller, a crow, an owl and a raven larger, a gull and a hawk larger still, an eagle about two
 * metres from tip to tip.
 */
const BIRD_SCALES: Record<string, number> = {
  pigeon: 0.85,
  crow: 1.2,
  owl: 1.3,
  raven: 1.45,
  gull: 1.5,
  seagull: 1.5,
  hawk: 1.6,
  eagle: 2.6,
}

/** The scale a bird is drawn at (1 for "bird", a flock's birds, and any other). */
export function birdScale(noun: string): number {
  return BIRD_SCALES[noun] ?? 1
}

/**
 * Metres above the ground birds fly at in a shot framed on things, which frames them there. With
 * a person framed, they fly above the person instead (subject-motion.ts).
 */
export const BIRD_FLIGHT_HEIGHT = 3

/** Vehicles that fly: in the air unless the words land them (subject-aloft.ts). */
export function isAircraft(noun: string): boolean {
  const model = vehicleModel(noun)
  return model === 'plane' || model === 'helicopter'
}

/**
 * Metres above the ground what flies is framed at in a shot framed on things: a bird at
 * BIRD_FLIGHT_HEIGHT, a helicopter 15 m up, an airliner 40 m.
 */
export function flightAltitude(kind: SubjectKind, noun: string): number {
  if (kind !== 'vehicle') return BIRD_FLIGHT_HEIGHT
  return vehicleModel(noun) === 'plane' ? 40 : 15
}

/**
 * The drawing each animal gets (paint/figures.ts, paint/small-animals.ts): the horse-sized
 * four-legged model with a long neck and head (horses, deer, cattle) or a short one (sheep), a dog
 * with floppy ears (dogs, puppies), a dog with upright ears (foxes, wolves), a cat, or a bear.
 */
export type AnimalModel =
  'long-neck' | 'short-neck' | 'cattle' | 'pig' | 'dog' | 'fox' | 'cat' | 'bear'

/**
 * Each animal's drawing and the scale it is drawn at: the four-legged model is 2.2 m nose to tail
 * (2.3 m with the long neck), a dog or a fox about 0.95 m and a cat drawn at its size. So a cat is
 * about 0.45 m long and 0.35 m to its ears, a puppy 0.55 m, a fox 0.7 m, a dog 0.9 m, a wolf
 * 1.1 m, a sheep 1.2 m, a deer 1.95 m, a horse 2.3 m; a bear is drawn at its size, about 2.1 m
 * nose to tail and 1.15 m at its shoulders. Cattle and pigs have drawings of their own
 * (paint/farm-animals.ts): a cow 2.3 m from rump to muzzle and 1.4 m at the withers, a calf about
 * half that; a pig 1.3 m long, a piglet 0.55 m. The other farm animals take the model nearest
 * their shape: a donkey or a pony a small horse, a goat or a lamb a small sheep.
 */
const ANIMAL_BUILDS: Record<string, { model: AnimalModel; scale: number }> = {
  cat: { model: 'cat', scale: 1 },
  puppy: { model: 'dog', scale: 0.58 },
  fox: { model: 'fox', scale: 0.74 },
  dog: { model: 'dog', scale: 0.95 },
  wolf: { model: 'fox', scale: 1.16 },
  sheep: { model: 'short-neck', scale: 0.55 },
  deer: { model: 'long-neck', scale: 0.85 },
  cow: { model: 'cattle', scale: 1 },
  heifer: { model: 'cattle', scale: 0.9 },
  horse: { model: 'long-neck', scale: 1 },
  stallion: { model: 'long-neck', scale: 1 },
  mare: { model: 'long-neck', scale: 1 },
  cattle: { model: 'cattle', scale: 1 },
  bull: { model: 'cattle', scale: 1.08 },
  ox: { model: 'cattle', scale: 1.1 },
  calf: { model: 'cattle', scale: 0.55 },
  pony: { model: 'long-neck', scale: 0.72 },
  foal: { model: 'long-neck', scale: 0.6 },
  donkey: { model: 'long-neck', scale: 0.68 },
  mule: { model: 'long-neck', scale: 0.85 },
  reindeer: { model: 'long-neck', scale: 0.85 },
  elk: { model: 'long-neck', scale: 1.1 },
  moose: { model: 'long-neck', scale: 1.15 },
  goat: { model: 'short-neck', scale: 0.5 },
  lamb: { model: 'short-neck', scale: 0.4 },
  pig: { model: 'pig', scale: 1 },
  hog: { model: 'pig', scale: 1.1 },
  sow: { model: 'pig', scale: 1.05 },
  boar: { model: 'pig', scale: 1 },
  piglet: { model: 'pig', scale: 0.42 },
  hound: { model: 'dog', scale: 1 },
  kitten: { model: 'cat', scale: 0.7 },
  coyote: { model: 'fox', scale: 0.95 },
  bear: { model: 'bear', scale: 1 },
}

/** How an animal is drawn: its model and the scale it is drawn at (a dog for an unknown noun). */
export function animalBuild(noun: string): { model: AnimalModel; scale: number } {
  return ANIMAL_BUILDS[noun] ?? ANIMAL_BUILDS.dog ?? { model: 'dog', scale: 0.95 }
}

/**
 * The animal drawings at scale 1: the four-legged model's ears at 2.02 m and nose to tail about
 * 2.3 m; a dog's or a fox's head and tail, and a cat's ears.
 */
const ANIMAL_MODEL_SIZES: Record<AnimalModel, { width: number; height: number }> = {
  'long-neck': { width: 2.53, height: 2.02 },
  'short-neck': { width: 2.38, height: 1.72 },
  cattle: { width: 2.78, height: 1.53 },
  pig: { width: 1.54, height: 0.82 },
  dog: { width: 0.98, height: 0.68 },
  fox: { width: 0.98, height: 0.75 },
  cat: { width: 0.5, height: 0.35 },
  bear: { width: 2.3, height: 1.17 },
}

/**
 * Coat colours by the words for them: black, white, grey, brown, ginger and the like ("a black
 * dog", "a white horse", "a ginger cat", "a brown bear", "a grey wolf"), natural rather than
 * painted; any other colour word colours it as it would an object.
 */
// prettier-ignore
const COAT_COLOURS: Record<string, string> = {
  black: '#1f1d1c', white: '#e8e4dc', grey: '#86878a', gray: '#86878a', silver: '#b3b4b6',
  brown: '#5e3e27', chestnut: '#6e3a20', bay: '#5a3020', ginger: '#b8652c', red: '#a24a24',
  golden: '#c49a4a', tan: '#a98455', sandy: '#b8976a', fawn: '#b99a70', cream: '#e0d3b2',
  dark: '#2a2420', pale: '#d6cfc0',
}

/** Coats an animal has unless the words say otherwise: a pig is pink. */
const USUAL_COATS: Record<string, string> = {
  pig: '#e2a496',
  hog: '#e2a496',
  sow: '#e2a496',
  piglet: '#eab0a4',
}

/** The colour of an animal's coat the words before its noun give, else its usual one, else null. */
export function animalColour(modifiers: readonly string[], noun = ''): Rgb | null {
  const word = modifiers.findLast((w) => COAT_COLOURS[w] !== undefined)
  if (word) return hex(COAT_COLOURS[word] as string)
  const usual = USUAL_COATS[noun]
  return colourSaid(modifiers) ?? (usual ? hex(usual) : null)
}

/** Coats in patches by their names: the coat's colour, then its patches'. */
const PATCHED_COATS: Record<string, [string, string]> = {
  piebald: ['white', 'black'],
  skewbald: ['white', 'brown'],
  pied: ['white', 'black'],
  spotted: ['white', 'black'],
  patched: ['white', 'black'],
  friesian: ['white', 'black'],
  holstein: ['white', 'black'],
}

/**
 * An animal's coat in two colours, when the words give one: "a black and white cow", "three
 * brown-and-white calves" (the second colour the coat, the first its patches), "a piebald horse",
 * "a Friesian cow". Null for a coat of one colour.
 */
export function animalPatches(text: string, noun: string): { coat: Rgb; patches: Rgb } | null {
  const lower = text.toLowerCase()
  const coats = Object.keys(COAT_COLOURS).join('|')
  // The noun or its plural ("cows", "calves", "ponies"), perhaps after one more word.
  const plurals = [`${noun}s`, `${noun}es`, noun.replace(/f$/, 'ves'), noun.replace(/y$/, 'ies')]
  const before = `(?:[ -][a-z]+)?[ -](?:${[noun, ...plurals].join('|')})\\b`
  const pair = new RegExp(`\\b(${coats})(?: and |-and-| & )(${coats})${before}`).exec(lower)
  const named = pair
    ? ([pair[2], pair[1]] as [string, string])
    : Object.entries(PATCHED_COATS).find(([word]) =>
        new RegExp(`\\b${word}${before}`).test(lower),
      )?.[1]
  if (!named || named[0] === named[1]) return null
  return {
    coat: hex(COAT_COLOURS[named[0]] as string),
    patches: hex(COAT_COLOURS[named[1]] as string),
  }
}

/** Which drawing a landmark gets: a tapering tower with a lantern, or a house with a roof. */
export function landmarkShape(noun: string): 'tower' | 'house' {
  return noun === 'lighthouse' || noun === 'tower' ? 'tower' : 'house'
}

const LANDMARK_SIZES = {
  tower: { width: 4, height: 16.6 },
  house: { width: 7, height: 6.5 },
}

/**
 * A subject's drawn size (m): width about its centre line and height. A bird standing on
 * something (`perched`) is drawn sitting, not in flight.
 */
export function subjectSize(
  kind: SubjectKind,
  noun: string,
  pose: { perched?: boolean } = {},
): { width: number; height: number } {
  switch (kind) {
    case 'bird': {
      const size = pose.perched ? PERCHED_BIRD_SIZE : SUBJECT_SIZES.bird
      const k = birdScale(noun)
      return { width: size.width * k, height: size.height * k }
    }
    case 'object':
      return objectSize(noun)
    case 'animal': {
      const { model, scale } = animalBuild(noun)
      const size = ANIMAL_MODEL_SIZES[model]
      return { width: size.width * scale, height: size.height * scale }
    }
    case 'landmark':
      return LANDMARK_SIZES[landmarkShape(noun)]
    case 'vehicle':
      return VEHICLE_SIZES[vehicleModel(noun)]
    case 'boat':
      return BOAT_SIZES[boatModel(noun)]
    case 'person': {
      const k = personScale(noun)
      return { width: SUBJECT_SIZES.person.width * k, height: SUBJECT_SIZES.person.height * k }
    }
    default:
      return SUBJECT_SIZES[kind]
  }
}

/** The height (m) a shot size frames for a subject. */
export function subjectHeight(
  kind: SubjectKind,
  noun: string,
  pose: { perched?: boolean } = {},
): number {
  return subjectSize(kind, noun, pose).height
}

/** The width (m) a subject takes beside others. */
export function subjectWidth(
  kind: SubjectKind,
  noun: string,
  pose: { perched?: boolean } = {},
): number {
  return subjectSize(kind, noun, pose).width
}
