/**
 * What a caller may ask for: a format and its options, checked with zod so the server answers a
 * bad request with 400 before a job is queued.
 *
 *   POST /api/boards/:id/exports  {format: "mp4"|"pdf"|"csv"|"otio"|"edl"|"fcpxml", options?}
 */
import { z } from 'zod'
import { ANIMATIC_SIZE_MAX } from './mp4-animatic.js'
import { PANELS_PER_PAGE, PAPER_SIZES } from './pdf-layout.js'

export const EXPORT_FORMATS = ['mp4', 'pdf', 'csv', 'otio', 'edl', 'fcpxml'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The file each format makes: media type and name ending. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { mime: string; suffix: string }> = {
  mp4: { mime: 'video/mp4', suffix: '-animatic.mp4' },
  pdf: { mime: 'application/pdf', suffix: '-storyboard.pdf' },
  csv: { mime: 'text/csv; charset=utf-8', suffix: '-shot-list.csv' },
  otio: { mime: 'application/json', suffix: '.otio' },
  edl: { mime: 'text/plain; charset=utf-8', suffix: '.edl' },
  fcpxml: { mime: 'application/xml', suffix: '.fcpxml' },
}

const frameSide = z
  .number()
  .int()
  .min(16)
  .max(ANIMATIC_SIZE_MAX)
  .refine((value) => value % 2 === 0, 'must be even')

export const mp4ExportOptionsSchema = z
  .object({
    width: frameSide.optional(),
    height: frameSide.optional(),
    burnShotNumbers: z.boolean().optional(),
    burnTimecode: z.boolean().optional(),
  })
  .strict()

export const pdfExportOptionsSchema = z
  .object({
    panelsPerPage: z.literal([...PANELS_PER_PAGE]).optional(),
    paper: z.enum(PAPER_SIZES).optional(),
  })
  .strict()

export const csvExportOptionsSchema = z.object({ bom: z.boolean().optional() }).strict()
export const otioExportOptionsSchema = z.object({}).strict()
export const edlExportOptionsSchema = z
  .object({ reels: z.enum(['ax', 'per-clip']).optional() })
  .strict()
export const fcpxmlExportOptionsSchema = z
  .object({ width: frameSide.optional(), height: frameSide.optional() })
  .strict()

const request = <F extends ExportFormat, O extends z.ZodTypeAny>(format: F, options: O) =>
  z.object({ format: z.literal(format), options: options.optional() }).strict()

export const exportRequestSchema = z.discriminatedUnion('format', [
  request('mp4', mp4ExportOptionsSchema),
  request('pdf', pdfExportOptionsSchema),
  request('csv', csvExportOptionsSchema),
  request('otio', otioExportOptionsSchema),
  request('edl', edlExportOptionsSchema),
  request('fcpxml', fcpxmlExportOptionsSchema),
])
export type ExportRequest = z.infer<typeof exportRequestSchema>

/** A file name from the board title: "Sample: The Lighthouse" -> "sample-the-lighthouse". */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return stem || 'sceneboard'
}
