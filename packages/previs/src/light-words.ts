/** "light" that names no lamp: the light of the hour or the sky, or a weight or a shade. Pure. */

/**
 * A light that is no one's lamp ("in the morning light", "the light of dawn", "soft light", "light
 * rain", "a light breeze") and "light" as a shade ("a light blue hull").
 */
const AMBIENT_LIGHT =
  /\b(?:morning|evening|afternoon|day|moon|sun|star|fading|last|first|low|soft|warm|cold|dim|grey|gray|pale|golden)\s+light\b|\blight\s+(?:of|rain|breeze|wind|snow|fog|mist|drizzle|swell|chop|blue|green|grey|gray|brown|red|yellow|pink|purple)\b/g

/** Lower-case `text` with every ambient "light" blanked out, so only lamps' lights remain. */
export function withoutAmbientLight(text: string): string {
  return text.replace(AMBIENT_LIGHT, (words) => ' '.repeat(words.length))
}
