import {
  DURATION_SECONDS_MAX,
  DURATION_SECONDS_MIN,
  LENS_MM_MAX,
  LENS_MM_MIN,
  SCENE_CARD_TITLE_MAX,
  composePrompt,
  type SceneCardShape,
  type ShotSpec,
} from '@sceneboard/shared'
import type { Editor } from 'tldraw'
import { InspectorGenerate } from '../generation/InspectorGenerate'
import { useGenerationDeps } from '../generation/use-generation-deps'
import { useShotNumber } from '../sequence/sequence-context'
import { useUiStore } from '../state/ui-store'
import { TakesPanel } from '../takes/TakesPanel'
import { useCardTakes } from '../takes/takes-context'
import { IconClose, IconDice } from '../ui/icons'
import { writeSpecField, writeTitle } from './card-writes'
import { CompletenessChecklist } from './CompletenessChecklist'
import { FieldShell } from './fields/FieldShell'
import { NumberField } from './fields/NumberField'
import { SelectField } from './fields/SelectField'
import { TextAreaField } from './fields/TextAreaField'
import { useFieldDraft } from './fields/use-field-draft'
import { PromptPreview } from './PromptPreview'
import {
  ASPECT_RATIO_OPTIONS,
  CAMERA_ANGLE_OPTIONS,
  CAMERA_MOVEMENT_OPTIONS,
  LENS_PRESETS,
  SHOT_SIZE_OPTIONS,
  TIME_OF_DAY_OPTIONS,
  WEATHER_OPTIONS,
} from './spec-options'
import {
  checkNumberField,
  checkSpecField,
  checkTitle,
  randomSeed,
  type SpecField,
} from './spec-field-validation'
import './inspector.css'

type TextField = 'subject' | 'action' | 'environment' | 'lighting' | 'style' | 'notes'

/**
 * The side panel of the selected scene card: its title and shot description, its takes, and
 * Generate at the foot.
 */
export function Inspector({ editor, card }: { editor: Editor; card: SceneCardShape }) {
  const shotNumber = useShotNumber(card.id)
  const close = useUiStore((state) => state.setInspectorOpen)
  const tab = useUiStore((state) => state.inspectorTab)
  const setTab = useUiStore((state) => state.setInspectorTab)
  const takes = useCardTakes(card.id)
  const deps = useGenerationDeps(editor)
  const { spec, title } = card.props

  /** One undo step per field edit: typing in a field undoes as a whole. */
  const markEdit = () => editor.markHistoryStoppingPoint('edit shot description')
  const set = <F extends SpecField>(field: F, value: ShotSpec[F]) => {
    writeSpecField(editor, card.id, field, value)
  }
  const textProps = (field: TextField) => ({
    name: field,
    value: spec[field],
    check: (raw: string) => checkSpecField(field, raw),
    commit: (value: string) => set(field, value),
    onFocus: markEdit,
  })
  const choose =
    <F extends SpecField>(field: F) =>
    (value: string) => {
      markEdit()
      const check = checkSpecField(field, value)
      if (check.ok) set(field, check.value)
    }

  return (
    <aside
      className="inspector"
      data-testid="inspector"
      data-card-id={card.id}
      aria-label="Shot details"
    >
      <header className="inspector__header">
        <span className="inspector__shot">
          {shotNumber === undefined ? 'SHOT –' : `SHOT ${shotNumber}`}
        </span>
        <span className="inspector__heading">Shot details</span>
        <button
          type="button"
          className="sb-icon-button"
          aria-label="Close the inspector"
          title="Close the inspector"
          onClick={() => close(false)}
        >
          <IconClose size={16} />
        </button>
      </header>

      <div className="inspector__tabs" role="tablist" aria-label="Card views">
        <button
          type="button"
          role="tab"
          id="inspector-tab-shot"
          className="inspector__tab"
          data-testid="inspector-tab-shot"
          aria-selected={tab === 'shot'}
          aria-controls="inspector-panel"
          onClick={() => setTab('shot')}
        >
          Shot
        </button>
        <button
          type="button"
          role="tab"
          id="inspector-tab-takes"
          className="inspector__tab"
          data-testid="inspector-tab-takes"
          aria-selected={tab === 'takes'}
          aria-controls="inspector-panel"
          onClick={() => setTab('takes')}
        >
          Takes
          {takes.length > 0 && <span className="inspector__tab-count">{takes.length}</span>}
        </button>
      </div>

      {tab === 'takes' ? (
        <div
          className="inspector__scroll"
          id="inspector-panel"
          role="tabpanel"
          aria-labelledby="inspector-tab-takes"
        >
          <TakesPanel editor={editor} card={card} deps={deps} />
        </div>
      ) : (
        <div
          className="inspector__scroll"
          id="inspector-panel"
          role="tabpanel"
          aria-labelledby="inspector-tab-shot"
        >
          <TitleField
            key={`title-${card.id}`}
            title={title}
            placeholder={shotNumber === undefined ? 'Untitled shot' : `Shot ${shotNumber}`}
            onFocus={markEdit}
            commit={(value) => writeTitle(editor, card.id, value)}
          />

          <CompletenessChecklist spec={spec} />

          <section className="inspector__section" aria-labelledby="section-action">
            <h3 id="section-action" className="inspector__section-title">
              Subject and action
            </h3>
            <TextAreaField
              label="Subject"
              placeholder="Who or what we watch"
              rows={2}
              {...textProps('subject')}
            />
            <TextAreaField
              label="Action"
              placeholder="What happens during the shot"
              rows={2}
              {...textProps('action')}
            />
          </section>

          <section className="inspector__section" aria-labelledby="section-camera">
            <h3 id="section-camera" className="inspector__section-title">
              Camera
            </h3>
            <div className="inspector__grid">
              <SelectField
                name="shotSize"
                label="Shot size"
                value={spec.shotSize}
                options={SHOT_SIZE_OPTIONS}
                emptyLabel="Not set"
                commit={choose('shotSize')}
              />
              <SelectField
                name="cameraAngle"
                label="Angle"
                value={spec.cameraAngle}
                options={CAMERA_ANGLE_OPTIONS}
                emptyLabel="Not set"
                commit={choose('cameraAngle')}
              />
            </div>
            <SelectField
              name="cameraMovement"
              label="Movement"
              value={spec.cameraMovement}
              options={CAMERA_MOVEMENT_OPTIONS}
              commit={choose('cameraMovement')}
            />
            <NumberField
              name="lens"
              label="Lens"
              unit="mm"
              placeholder="Not set"
              value={spec.lens}
              min={LENS_MM_MIN}
              max={LENS_MM_MAX}
              check={(raw) => checkNumberField('lens', raw)}
              commit={(value) => set('lens', value)}
              onFocus={markEdit}
              below={
                <div className="lens-presets" role="group" aria-label="Common focal lengths">
                  {LENS_PRESETS.map((mm) => (
                    <button
                      key={mm}
                      type="button"
                      className="lens-presets__chip"
                      data-testid={`lens-preset-${mm}`}
                      aria-pressed={spec.lens === mm}
                      onClick={() => {
                        markEdit()
                        set('lens', mm)
                      }}
                    >
                      {mm}
                    </button>
                  ))}
                </div>
              }
            />
          </section>

          <section className="inspector__section" aria-labelledby="section-scene">
            <h3 id="section-scene" className="inspector__section-title">
              Scene and light
            </h3>
            <TextAreaField
              label="Environment"
              placeholder="Where it happens"
              rows={2}
              {...textProps('environment')}
            />
            <TextAreaField
              label="Lighting"
              placeholder="Key light, mood, practicals"
              rows={2}
              {...textProps('lighting')}
            />
            <div className="inspector__grid">
              <SelectField
                name="timeOfDay"
                label="Time of day"
                value={spec.timeOfDay}
                options={TIME_OF_DAY_OPTIONS}
                emptyLabel="Not set"
                commit={choose('timeOfDay')}
              />
              <SelectField
                name="weather"
                label="Weather"
                value={spec.weather}
                options={WEATHER_OPTIONS}
                emptyLabel="Not set"
                commit={choose('weather')}
              />
            </div>
            <TextAreaField
              label="Style"
              placeholder="Film look, grade, references"
              rows={2}
              {...textProps('style')}
            />
          </section>

          <section className="inspector__section" aria-labelledby="section-output">
            <h3 id="section-output" className="inspector__section-title">
              Timing and output
            </h3>
            <div className="inspector__grid">
              <NumberField
                name="durationSeconds"
                label="Duration"
                unit="s"
                step={0.5}
                min={DURATION_SECONDS_MIN}
                max={DURATION_SECONDS_MAX}
                value={spec.durationSeconds}
                check={(raw) => checkNumberField('durationSeconds', raw)}
                commit={(value) => value !== null && set('durationSeconds', value)}
                onFocus={markEdit}
              />
              <SelectField
                name="aspectRatio"
                label="Aspect ratio"
                value={spec.aspectRatio}
                options={ASPECT_RATIO_OPTIONS}
                commit={choose('aspectRatio')}
              />
            </div>
            <NumberField
              name="seed"
              label="Seed"
              value={spec.seed}
              min={0}
              check={(raw) => checkNumberField('seed', raw)}
              commit={(value) => value !== null && set('seed', value)}
              onFocus={markEdit}
              trailing={
                <button
                  type="button"
                  className="sb-button seed-dice"
                  data-testid="seed-dice"
                  title="Roll a new seed"
                  aria-label="Roll a new seed"
                  onClick={() => {
                    markEdit()
                    set('seed', randomSeed(spec.seed))
                  }}
                >
                  <IconDice size={17} />
                </button>
              }
            />
            <TextAreaField
              label="Notes"
              placeholder="For the team; not sent to the model"
              rows={3}
              {...textProps('notes')}
            />
          </section>

          <PromptPreview prompt={composePrompt(spec)} />
        </div>
      )}

      <InspectorGenerate card={card} deps={deps} />
    </aside>
  )
}

function TitleField(props: {
  title: string
  placeholder: string
  onFocus(): void
  commit(value: string): void
}) {
  const draft = useFieldDraft(props.title, checkTitle, props.commit)
  return (
    <FieldShell id="inspector-title" label="Title" error={draft.error}>
      <input
        id="inspector-title"
        name="title"
        data-testid="spec-title"
        className="field__control field__control--title"
        type="text"
        maxLength={SCENE_CARD_TITLE_MAX + 50}
        placeholder={props.placeholder}
        value={draft.text}
        aria-invalid={draft.error ? true : undefined}
        onChange={(event) => draft.change(event.currentTarget.value)}
        onFocus={props.onFocus}
        onBlur={draft.blur}
      />
    </FieldShell>
  )
}
