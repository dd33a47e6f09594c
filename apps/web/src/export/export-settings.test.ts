import { describe, expect, it } from 'vitest'
import {
  DEFAULT_EXPORT_SETTINGS,
  exportOptionsFor,
  readStoredExportSettings,
} from './export-settings'

describe('export options', () => {
  it('sends burn-ins and size for the animatic, panels and paper for the PDF, nothing else', () => {
    const settings = {
      ...DEFAULT_EXPORT_SETTINGS,
      animaticSize: '1920x1080' as const,
      burnTimecode: true,
      panelsPerPage: 6,
      paper: 'letter' as const,
    }
    expect(exportOptionsFor('mp4', settings)).toEqual({
      width: 1920,
      height: 1080,
      burnShotNumbers: true,
      burnTimecode: true,
    })
    expect(exportOptionsFor('pdf', settings)).toEqual({ panelsPerPage: 6, paper: 'letter' })
    expect(exportOptionsFor('csv', settings)).toBeUndefined()
  })

  it('asks for the timelines with their clips in a ZIP by default, and alone when unticked', () => {
    for (const format of ['otio', 'edl', 'fcpxml'] as const) {
      expect(exportOptionsFor(format, DEFAULT_EXPORT_SETTINGS)).toEqual({ package: true })
      expect(exportOptionsFor(format, { ...DEFAULT_EXPORT_SETTINGS, includeClips: false })).toEqual(
        { package: false },
      )
    }
    for (const format of ['mp4', 'pdf', 'csv'] as const) {
      expect(exportOptionsFor(format, DEFAULT_EXPORT_SETTINGS)?.package).toBeUndefined()
    }
  })

  it('keeps only the valid part of what a browser stored', () => {
    expect(
      readStoredExportSettings({
        panelsPerPage: 7,
        paper: 'letter',
        animaticSize: '3x3',
        burnShotNumbers: false,
        burnTimecode: 'yes',
        includeClips: false,
      }),
    ).toEqual({ paper: 'letter', burnShotNumbers: false, includeClips: false })
    expect(readStoredExportSettings({ includeClips: 'no' })).toEqual({})
    expect(readStoredExportSettings(null)).toEqual({})
    expect(readStoredExportSettings('junk')).toEqual({})
  })
})
