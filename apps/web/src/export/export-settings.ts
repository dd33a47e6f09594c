/**
 * The export options last chosen in this browser (burn-ins and size for the animatic, panels and
 * paper for the PDF, whether timelines come with their clips), and what each format sends to
 * `POST /api/boards/:id/exports`.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { browserStorage } from '../state/browser-storage'
import type { ExportChoice, ExportOptions } from './export-api'

/** Panels a page the PDF exporter lays out (its PANELS_PER_PAGE). */
export const PDF_PANEL_CHOICES = [1, 2, 3, 4, 6, 8, 9, 12] as const
export const PDF_PAPERS = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'Letter' },
] as const
export const ANIMATIC_SIZES = [
  { value: '1280x720', label: '1280×720 (720p)', width: 1280, height: 720 },
  { value: '1920x1080', label: '1920×1080 (1080p)', width: 1920, height: 1080 },
  { value: '854x480', label: '854×480 (480p)', width: 854, height: 480 },
] as const

/** The timeline formats that can come as a ZIP with their clips (an editor package). */
export const TIMELINE_FORMATS = ['otio', 'edl', 'fcpxml'] as const

export interface ExportSettings {
  panelsPerPage: number
  paper: (typeof PDF_PAPERS)[number]['value']
  animaticSize: (typeof ANIMATIC_SIZES)[number]['value']
  burnShotNumbers: boolean
  burnTimecode: boolean
  /** OTIO, EDL and FCPXML as a ZIP with the clips they use, for an editor's machine. */
  includeClips: boolean
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  panelsPerPage: 4,
  paper: 'a4',
  animaticSize: '1280x720',
  burnShotNumbers: true,
  burnTimecode: false,
  includeClips: true,
}

function isTimelineFormat(format: ExportChoice): format is (typeof TIMELINE_FORMATS)[number] {
  return TIMELINE_FORMATS.some((timeline) => timeline === format)
}

/** The options a format sends; formats without options send none. */
export function exportOptionsFor(
  format: ExportChoice,
  settings: ExportSettings,
): ExportOptions | undefined {
  if (format === 'pdf') return { panelsPerPage: settings.panelsPerPage, paper: settings.paper }
  if (format === 'mp4') {
    const size =
      ANIMATIC_SIZES.find((choice) => choice.value === settings.animaticSize) ?? ANIMATIC_SIZES[0]
    return {
      width: size.width,
      height: size.height,
      burnShotNumbers: settings.burnShotNumbers,
      burnTimecode: settings.burnTimecode,
    }
  }
  if (isTimelineFormat(format)) return { package: settings.includeClips }
  return undefined
}

interface ExportSettingsStore extends ExportSettings {
  change(patch: Partial<ExportSettings>): void
}

export const useExportSettings = create<ExportSettingsStore>()(
  persist((set) => ({ ...DEFAULT_EXPORT_SETTINGS, change: (patch) => set(patch) }), {
    name: 'sceneboard:export',
    storage: createJSONStorage(browserStorage),
    // The settings alone (every key of the defaults), not the store's functions.
    partialize: (state) =>
      Object.fromEntries(
        Object.keys(DEFAULT_EXPORT_SETTINGS).map((key) => [
          key,
          state[key as keyof ExportSettings],
        ]),
      ) as unknown as ExportSettings,
    // A stored value this version does not offer falls back to the default.
    merge: (stored, current) => ({ ...current, ...readStoredExportSettings(stored) }),
  }),
)

/** The valid part of what this browser stored. */
export function readStoredExportSettings(stored: unknown): Partial<ExportSettings> {
  if (typeof stored !== 'object' || stored === null) return {}
  const value = stored as Record<string, unknown>
  const result: Partial<ExportSettings> = {}
  if (PDF_PANEL_CHOICES.some((n) => n === value.panelsPerPage)) {
    result.panelsPerPage = value.panelsPerPage as number
  }
  const paper = PDF_PAPERS.find((p) => p.value === value.paper)
  if (paper) result.paper = paper.value
  const size = ANIMATIC_SIZES.find((s) => s.value === value.animaticSize)
  if (size) result.animaticSize = size.value
  if (typeof value.burnShotNumbers === 'boolean') result.burnShotNumbers = value.burnShotNumbers
  if (typeof value.burnTimecode === 'boolean') result.burnTimecode = value.burnTimecode
  if (typeof value.includeClips === 'boolean') result.includeClips = value.includeClips
  return result
}
