import {
  ANIMATIC_SIZES,
  PDF_PANEL_CHOICES,
  PDF_PAPERS,
  useExportSettings,
  type ExportSettings,
} from './export-settings'

/** The options under the Export menu's formats, remembered in this browser. */
export function ExportOptionsFields() {
  const settings = useExportSettings()
  const change = (patch: Partial<ExportSettings>) => settings.change(patch)
  return (
    <div className="export-menu__options" data-testid="export-options">
      <span className="export-menu__options-title">MP4 animatic</span>
      <label className="export-menu__option">
        Size
        <select
          data-testid="export-mp4-size"
          value={settings.animaticSize}
          onChange={(event) =>
            change({ animaticSize: event.target.value as ExportSettings['animaticSize'] })
          }
        >
          {ANIMATIC_SIZES.map((size) => (
            <option key={size.value} value={size.value}>
              {size.label}
            </option>
          ))}
        </select>
      </label>
      <label className="export-menu__option">
        Burn in shot numbers
        <input
          type="checkbox"
          data-testid="export-mp4-shot-numbers"
          checked={settings.burnShotNumbers}
          onChange={(event) => change({ burnShotNumbers: event.target.checked })}
        />
      </label>
      <label className="export-menu__option">
        Burn in timecode
        <input
          type="checkbox"
          data-testid="export-mp4-timecode"
          checked={settings.burnTimecode}
          onChange={(event) => change({ burnTimecode: event.target.checked })}
        />
      </label>
      <span className="export-menu__options-title">PDF storyboard</span>
      <label className="export-menu__option">
        Panels a page
        <select
          data-testid="export-pdf-panels"
          value={settings.panelsPerPage}
          onChange={(event) => change({ panelsPerPage: Number(event.target.value) })}
        >
          {PDF_PANEL_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="export-menu__option">
        Paper
        <select
          data-testid="export-pdf-paper"
          value={settings.paper}
          onChange={(event) => change({ paper: event.target.value as ExportSettings['paper'] })}
        >
          {PDF_PAPERS.map((paper) => (
            <option key={paper.value} value={paper.value}>
              {paper.label}
            </option>
          ))}
        </select>
      </label>
      <span className="export-menu__options-title">Timelines (OTIO, EDL, FCPXML)</span>
      <label
        className="export-menu__option"
        title="A ZIP of the timeline and a media folder with every clip it uses, linked by relative path, to open on another machine"
      >
        Include clips (ZIP)
        <input
          type="checkbox"
          data-testid="export-timeline-clips"
          checked={settings.includeClips}
          onChange={(event) => change({ includeClips: event.target.checked })}
        />
      </label>
    </div>
  )
}
