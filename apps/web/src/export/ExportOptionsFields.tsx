import {
  ANIMATIC_SIZES,
  PDF_PANEL_CHOICES,
  PDF_PAPERS,
  useExportSettings,
  type ExportSettings,
} from './export-settings'

type Key<V> = {
  [K in keyof ExportSettings]: ExportSettings[K] extends V ? K : never
}[keyof ExportSettings]

interface ChoiceProps<K extends Key<string | number>> {
  label: string
  setting: K
  testId: string
  choices: readonly { value: ExportSettings[K]; label: string }[]
}

/** A setting picked from a list; the stored value keeps its type (a number stays a number). */
function Choice<K extends Key<string | number>>({
  label,
  setting,
  testId,
  choices,
}: ChoiceProps<K>) {
  const value = useExportSettings((state) => state[setting])
  const change = useExportSettings((state) => state.change)
  return (
    <label className="export-menu__option">
      {label}
      <select
        data-testid={testId}
        value={String(value)}
        onChange={(event) => {
          const picked = choices.find((choice) => String(choice.value) === event.target.value)
          if (picked) change({ [setting]: picked.value } as Partial<ExportSettings>)
        }}
      >
        {choices.map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** A setting that is on or off. */
function Toggle(props: { label: string; setting: Key<boolean>; testId: string; title?: string }) {
  const checked = useExportSettings((state) => state[props.setting])
  const change = useExportSettings((state) => state.change)
  return (
    <label className="export-menu__option" title={props.title}>
      {props.label}
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={checked}
        onChange={(event) => change({ [props.setting]: event.target.checked })}
      />
    </label>
  )
}

const PANEL_CHOICES = PDF_PANEL_CHOICES.map((n) => ({ value: n as number, label: String(n) }))

/** The options under the Export menu's formats, remembered in this browser. */
export function ExportOptionsFields() {
  return (
    <div className="export-menu__options" data-testid="export-options">
      <span className="export-menu__options-title">MP4 animatic</span>
      <Choice
        label="Size"
        setting="animaticSize"
        testId="export-mp4-size"
        choices={ANIMATIC_SIZES}
      />
      <Toggle
        label="Burn in shot numbers"
        setting="burnShotNumbers"
        testId="export-mp4-shot-numbers"
      />
      <Toggle label="Burn in timecode" setting="burnTimecode" testId="export-mp4-timecode" />
      <span className="export-menu__options-title">PDF storyboard</span>
      <Choice
        label="Panels a page"
        setting="panelsPerPage"
        testId="export-pdf-panels"
        choices={PANEL_CHOICES}
      />
      <Choice label="Paper" setting="paper" testId="export-pdf-paper" choices={PDF_PAPERS} />
      <span className="export-menu__options-title">Timelines (OTIO, EDL, FCPXML)</span>
      <Toggle
        label="Include clips (ZIP)"
        setting="includeClips"
        testId="export-timeline-clips"
        title="A ZIP of the timeline and a media folder with every clip it uses, linked by relative path, to open on another machine"
      />
    </div>
  )
}
