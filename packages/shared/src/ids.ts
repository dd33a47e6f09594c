/** Identifier rules shared by the HTTP API, the sync endpoint and the web app. */
import { z } from 'zod'

export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export const boardIdSchema = z
  .string()
  .regex(BOARD_ID_PATTERN, 'a board id is 1 to 64 characters of A-Z, a-z, 0-9, _ and -')

export function isValidBoardId(value: unknown): value is string {
  return typeof value === 'string' && BOARD_ID_PATTERN.test(value)
}

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
const ID_LENGTH = 12
/** Bytes at or above this would favour the first letters of the alphabet, so they are redrawn. */
const UNBIASED_BYTE_LIMIT = 256 - (256 % ID_ALPHABET.length)

interface RandomValuesSource {
  getRandomValues<A extends Uint8Array>(array: A): A
}

/** Cryptographically random alphabet positions (Web Crypto, present in Node and browsers). */
function secureAlphabetIndices(count: number): number[] {
  const source = (globalThis as { crypto?: RandomValuesSource }).crypto
  if (!source) throw new Error('newBoardId needs crypto.getRandomValues')
  const indices: number[] = []
  const bytes = new Uint8Array(count * 2)
  while (indices.length < count) {
    source.getRandomValues(bytes)
    for (const byte of bytes) {
      if (byte < UNBIASED_BYTE_LIMIT && indices.length < count) {
        indices.push(byte % ID_ALPHABET.length)
      }
    }
  }
  return indices
}

/**
 * A new random board id (12 characters from an unambiguous alphabet), drawn from
 * crypto.getRandomValues. Pass `random` (values in [0, 1)) for a reproducible id in tests.
 */
export function newBoardId(random?: () => number): string {
  const indices = random
    ? Array.from({ length: ID_LENGTH }, () =>
        Math.min(ID_ALPHABET.length - 1, Math.floor(random() * ID_ALPHABET.length)),
      )
    : secureAlphabetIndices(ID_LENGTH)
  return indices.map((i) => ID_ALPHABET[i]).join('')
}
