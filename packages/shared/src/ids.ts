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

/** A new random board id (12 characters from an unambiguous alphabet). */
export function newBoardId(random: () => number = Math.random): string {
  let id = ''
  for (let i = 0; i < 12; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)]
  return id
}
