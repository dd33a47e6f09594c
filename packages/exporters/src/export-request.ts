/**
 * What a caller may ask for: a format and its options, checked with zod so the server answers a
 * bad request with 400 before a job is queued.
 *
 *   POST /api/boards/:id/exports  {format: "mp4"|"pdf"|"csv"|"otio"|"edl"|"fcpxml", options?}
 *
 * The timelines (otio, edl, fcpxml) take `package: true` for an editor package: a ZIP of the
 * timeline and the clips it uses (`timeline-package.ts`).
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

/** Formats that can come as an editor package (the timeline and its clips in a ZIP). */
export const PACKAGE_FORMATS = ['otio', 'edl', 'fcpxml'] as const
export type PackageFormat = (typeof PACKAGE_FORMATS)[number]

/** An editor package's file: a ZIP named after the timeline inside it ("…/the-lighthouse.otio.zip"). */
export const PACKAGE_FILE_TYPE = { mime: 'application/zip', suffix: '.zip' } as const

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
/** `package: true`: the timeline and every clip it uses in one ZIP, referenced by relative path. */
const packageOption = z.boolean().optional()

export const otioExportOptionsSchema = z.object({ package: packageOption }).strict()
export const edlExportOptionsSchema = z
  .object({ reels: z.enum(['ax', 'per-clip']).optional(), package: packageOption })
  .strict()
export const fcpxmlExportOptionsSchema = z
  .object({ width: frameSide.optional(), height: frameSide.optional(), package: packageOption })
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

/** Whether a request asks for an editor package rather than the timeline file alone. */
export function isPackageRequest(
  request: ExportRequest,
): request is Extract<ExportRequest, { format: PackageFormat }> {
  return (
    (request.format === 'otio' || request.format === 'edl' || request.format === 'fcpxml') &&
    request.options?.package === true
  )
}

/**
 * The file a request makes: media type, the ending after the board's name on the server
 * ("-shot-list.csv", ".otio.zip") and in the download ("csv", "otio.zip").
 */
export function exportFileType(request: ExportRequest): {
  mime: string
  suffix: string
  extension: string
} {
  const { mime, suffix } = EXPORT_FILE_TYPES[request.format]
  if (isPackageRequest(request)) {
    return {
      mime: PACKAGE_FILE_TYPE.mime,
      suffix: `${suffix}${PACKAGE_FILE_TYPE.suffix}`,
      extension: `${request.format}${PACKAGE_FILE_TYPE.suffix}`,
    }
  }
  return { mime, suffix, extension: request.format }
}

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
