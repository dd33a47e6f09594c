/**
 * The shot list as CSV (RFC 4180): a header row, then one row a shot in film order. Fields with
 * commas, quotes or line breaks are quoted, quotes doubled; lines end in CRLF. A UTF-8 byte order
 * mark (on by default) makes spreadsheet apps read accented titles right.
 *
 * Cells a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe
 * unless `neutralizeFormulas` is false: a collaborator's card text never runs on a producer's
 * machine.
 */
import {
  CAMERA_ANGLE_LABELS,
  CAMERA_MOVEMENT_LABELS,
  SHOT_SIZE_ABBREVIATIONS,
} from '@sceneboard/shared'
import { clipFileName, type Film, type FilmShot } from './film.js'

export interface CsvShotListOptions {
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean
  /** Prefix formula-like cells with an apostrophe (default true). */
  neutralizeFormulas?: boolean
}

export const CSV_SHOT_LIST_COLUMNS = [
  'Shot',
  'Scene',
  'Title',
  'Duration (s)',
  'Shot size',
  'Angle',
  'Movement',
  'Lens',
  'Subject',
  'Action',
  'Environment',
  'Lighting',
  'Provider',
  'Selected take',
  'Clip file',
] as const

function row(shot: FilmShot): string[] {
  const { spec, take } = shot
  return [
    shot.number,
    shot.scene?.name ?? '',
    shot.title,
    String(shot.durationSeconds),
    spec.shotSize === '' ? '' : SHOT_SIZE_ABBREVIATIONS[spec.shotSize],
    spec.cameraAngle === '' ? '' : CAMERA_ANGLE_LABELS[spec.cameraAngle],
    CAMERA_MOVEMENT_LABELS[spec.cameraMovement],
    spec.lens === null ? '' : `${spec.lens}mm`,
    spec.subject,
    spec.action,
    spec.environment,
    spec.lighting,
    take?.provider ?? '',
    take?.id ?? '',
    take ? clipFileName(take.clip) : '',
  ]
}

/** One field, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`
  return value
}

/** The one column that holds a number, never card text. */
const DURATION_COLUMN = CSV_SHOT_LIST_COLUMNS.indexOf('Duration (s)')

function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function csvShotList(film: Film, options: CsvShotListOptions = {}): string {
  const guard = options.neutralizeFormulas ?? true
  const lines = [
    [...CSV_SHOT_LIST_COLUMNS],
    ...film.shots.map((shot) =>
      row(shot).map((cell, i) => (guard && i !== DURATION_COLUMN ? neutralize(cell) : cell)),
    ),
  ].map((cells) => cells.map(csvField).join(','))
  const bom = (options.bom ?? true) ? '\uFEFF' : ''
  return `${bom}${lines.join('\r\n')}\r\n`
}
