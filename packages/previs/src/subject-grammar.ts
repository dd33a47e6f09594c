/**
 * The small words of a subject phrase, which tell where its noun phrases begin and end and which
 * of them name a subject: articles, prepositions, conjunctions, pronouns, common verbs and
 * adjectives. Nouns themselves are open-ended; a word that is none of these may be one.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/))

/** Words that open a noun phrase: "a", "the", "her"... */
export const DETERMINERS = words(`
  a an the this that these those his her their its my your our one each every another any no
`)

/** Prepositions that are not relations: a noun phrase after them belongs to what came before. */
export const PREPOSITIONS = words(`
  in inside on onto upon at of by near under underneath beneath below above over across through
  into from to toward towards along around against among amid amidst between past off out up
  down within without atop beyond for like during about before after outside via throughout
  against across opposite
`)

/** Join noun phrases of the same standing: "a lamp and a chair", "with a lantern and a box". */
export const LIST_CONJUNCTIONS = words('and or nor plus')

/** Begin a new clause, whose first noun phrase is a subject again. */
export const CLAUSE_CONJUNCTIONS = words(
  'while whilst as then but where when whereas meanwhile who whom which',
)

/** Pronouns that stand for a person: a subject with only these is still someone. */
export const PERSON_PRONOUNS = words(`
  he she they him them someone somebody anyone anybody everyone everybody i we you me us
  himself herself themselves
`)

export const OTHER_PRONOUNS = words('it something anything everything nothing itself what')

/** Adverbs and fillers, never part of a noun. */
export const FILLERS = words(`
  very quite rather just only still also too alone together here there now again almost nearly
  not so really slightly barely all both such even ever already soon once
`)

/** Verb forms common in subject text; each ends a noun phrase that comes before it. */
export const VERB_FORMS = words(`
  is are was were be being been has have had does do did can could will would may might must
  stands standing stood sits sitting lies lying rests resting leans leaning hangs hanging
  hung waits waiting looks looking stares staring gazes gazing watches watching holds holding held
  carries carrying carried wears wearing wore sleeps sleeping slept reads reading writes writing
  turns turning turned opens opening opened closes closing falls falling rises rising
  glows glowing shines shining burns burning flickers flickering sputters spins spinning sways
  swaying hovers hovering floats floating drifts drifting walks walking walked runs running ran
  drives driving drove rides riding rode sails sailing flies flying flew moves moving moved
  crosses crossing crossed waving plays playing played smiles smiling laughs laughing
  cries crying talks talking speaks speaking calls calling points pointing reaches reaching
  climbs climbing climbed jumps jumping dances dancing sings singing eats eating drinks drinking
  smokes smoking kneels kneeling crouches crouching hides hiding appears appearing emerges
  emerging disappears fades fading sweeps sweeping dies dying approaches approaching arrives
  arriving leaves leaving enters entering exits fights fighting pulls pulling pushes pushing
  lifts lifting drops dropping throws throwing catches catching grabs grabbing picks picking
  puts putting places placing takes taking gives giving pours pouring checks checking raises
  raising finds finding sees seeing hears hearing waits seems seemed remains remaining sleeps
  stays staying guarding chases chasing follows following leads leading searches
  searching hurries hurrying wanders wandering
`)

/** Adjectives that never name a thing by themselves: "an old and rusty typewriter". */
export const ADJECTIVES = words(`
  old young little small big large tall short huge tiny great long wide narrow heavy dark pale
  shadowy lone lonely single empty full broken ancient new worn weathered battered dusty rusty
  wet dry cold warm hot quiet silent strange mysterious beautiful ugly elegant simple plain
  ornate antique vintage modern wooden metallic golden open shut famous lost hidden secret
  sacred magic magical enchanted haunted cursed precious expensive cheap fancy shiny smooth
  rough soft hard round square flat enormous massive miniature curious peculiar odd faded torn
  tattered sturdy fragile delicate crooked bent slim thin fat bulky compact portable mechanical
  electric red crimson scarlet yellow green blue navy teal purple violet pink white ivory black
  grey gray brown lit bright dim gloomy eerie gentle proud lovely pretty grand solitary
`)

/** Nouns that look like verb forms by their ending (-ing, -ed, -ly). */
const LOOKALIKE_NOUNS = words(`
  ring king wing string spring swing sling thing ceiling building painting earring clothing
  wedding pudding evening morning awning railing landing sibling duckling seedling offspring
  sapling dumpling lightning stocking bedding drawing carving etching engraving recording
  dwelling lodging crossing clearing icing lining setting piping fitting herring viking sterling
  darling starling gosling fledgling stuffing frosting bed shed sled seed steed reed weed seabed
  flowerbed hundred lily belly jelly bully ally rally holly folly family assembly butterfly
  dragonfly firefly anomaly
`)

/** A participle or adverb by its form: "glowing", "locked", "slowly". */
export function looksLikeVerb(word: string): boolean {
  if (VERB_FORMS.has(word)) return true
  if (LOOKALIKE_NOUNS.has(word)) return false
  return (
    (word.endsWith('ing') && word.length >= 5) ||
    (word.endsWith('ed') && word.length >= 5) ||
    (word.endsWith('ly') && word.length >= 5)
  )
}

/** A word that describes but cannot be the thing described. */
export function isModifierOnly(word: string): boolean {
  return ADJECTIVES.has(word) || looksLikeVerb(word) || /\d/.test(word)
}

/** Words of any closed class, for telling title case ("Red Umbrella On A Bench") from names. */
export function isFunctionWord(word: string): boolean {
  return (
    DETERMINERS.has(word) ||
    PREPOSITIONS.has(word) ||
    LIST_CONJUNCTIONS.has(word) ||
    CLAUSE_CONJUNCTIONS.has(word) ||
    PERSON_PRONOUNS.has(word) ||
    OTHER_PRONOUNS.has(word)
  )
}

/** Abbreviated titles whose full stop does not end a sentence: "Dr. Jones". */
export const TITLE_ABBREVIATIONS = words('mr mrs ms dr st prof capt sgt')
