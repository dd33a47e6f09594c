import {
  FREE_TEXT_MAX,
  SCENE_CARD_TITLE_MAX,
  SCENE_CARD_TYPE,
  composePrompt,
  formatDuration,
  summarizeSpec,
  type SceneCardShape,
} from '@sceneboard/shared'
import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react'
import { useEditor, useValue } from 'tldraw'
import { CardGenerateButton } from '../../generation/CardGenerateButton'
import { CardNotice } from '../../generation/CardNotice'
import { useGenerationDeps } from '../../generation/use-generation-deps'
import { usePlayerStore } from '../../player/player-store'
import { useShotNumber } from '../../sequence/sequence-context'
import { CardStage } from '../../takes/CardStage'
import { useCardTakes } from '../../takes/takes-context'
import { TakesStrip } from '../../takes/TakesStrip'
import { useCardFileDrop } from '../../takes/use-card-file-drop'
import { CardQuickField } from './CardQuickField'
import { aspectRatioValue, clipStageSize, fitFrame } from './clip-frame'

/** Card padding in page units; the clip stage spans the card minus this on each side. */
const PADDING = 16
/** Width of the Generate button beside the takes strip (scene-card.css), in page units. */
const GENERATE_WIDTH = 124
/** Line height of the prompt text (scene-card.css), to fit whole lines in the space left. */
const PROMPT_LINE_HEIGHT = 18

/** How many whole prompt lines fit in the element's box (layout size, unaffected by zoom). */
function useFittedLines(ref: RefObject<HTMLElement | null>): number {
  const [lines, setLines] = useState(3)
  // The space left changes with the card's size and with every text above the prompt.
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const fit = () => setLines(Math.max(0, Math.floor(el.clientHeight / PROMPT_LINE_HEIGHT)))
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return lines
}

/**
 * What a scene card shows on the canvas: shot number, clip area with its takes and Generate,
 * title, subject, camera, prompt. Files dropped on it become takes.
 */
export function SceneCardFace({ shape }: { shape: SceneCardShape }) {
  const editor = useEditor()
  const shotNumber = useShotNumber(shape.id)
  const editing = useValue('is editing card', () => editor.getEditingShapeId() === shape.id, [
    editor,
    shape.id,
  ])
  const { w, h, title, spec } = shape.props
  const summary = summarizeSpec(spec)
  const prompt = composePrompt(spec)
  const promptRef = useRef<HTMLDivElement>(null)
  const promptLines = useFittedLines(promptRef)
  const shotLabel = shotNumber === undefined ? 'SHOT –' : `SHOT ${shotNumber}`
  const takes = useCardTakes(shape.id)
  const deps = useGenerationDeps(editor)
  const drop = useCardFileDrop(shape.id, deps)

  const stage = clipStageSize(w - PADDING * 2, h)
  const frame = fitFrame(stage, aspectRatioValue(spec.aspectRatio))

  const current = () => editor.getShape<SceneCardShape>(shape.id)
  const setTitle = (value: string) => {
    if (!current()) return
    editor.updateShape<SceneCardShape>({
      id: shape.id,
      type: SCENE_CARD_TYPE,
      props: { title: value },
    })
  }
  const setSubject = (value: string) => {
    const card = current()
    if (!card) return
    editor.updateShape<SceneCardShape>({
      id: shape.id,
      type: SCENE_CARD_TYPE,
      props: { spec: { ...card.props.spec, subject: value } },
    })
  }
  const finishEditing = () => {
    editor.complete()
    editor.focus()
  }

  const playing = usePlayerStore((state) => state.playingCardId === shape.id)
  return (
    <div
      className="scene-card"
      data-testid="scene-card"
      data-card-id={shape.id}
      data-shot-number={shotNumber ?? ''}
      data-editing={editing || undefined}
      data-dropping={drop.dropping || undefined}
      data-playing={playing || undefined}
      style={{ width: w, height: h, padding: PADDING }}
      {...drop.handlers}
    >
      <header className="scene-card__header">
        <span className="scene-card__shot" data-testid="card-shot-number">
          {shotLabel}
        </span>
        <span className="scene-card__tech">
          <span className="scene-card__chip" data-testid="card-duration">
            {formatDuration(spec.durationSeconds)}
          </span>
          <span className="scene-card__chip" data-testid="card-aspect-ratio">
            {spec.aspectRatio}
          </span>
        </span>
      </header>

      <CardStage
        card={shape}
        takes={takes}
        deps={deps}
        stage={stage}
        frame={frame}
        dropping={drop.dropping}
      />

      <div className="scene-card__takes-bar">
        <TakesStrip
          card={shape}
          takes={takes}
          deps={deps}
          width={Math.max(0, w - PADDING * 2 - GENERATE_WIDTH - 8)}
        />
        <CardGenerateButton
          card={shape}
          deps={deps}
          shotLabel={shotNumber === undefined ? 'this shot' : `shot ${shotNumber}`}
        />
      </div>
      <CardNotice cardId={shape.id} />

      <CardQuickField
        field="title"
        label="Card title"
        className="scene-card__title"
        value={title}
        placeholder={shotNumber === undefined ? 'Untitled shot' : `Shot ${shotNumber}`}
        editing={editing}
        maxLength={SCENE_CARD_TITLE_MAX}
        onChange={setTitle}
        onDone={finishEditing}
      />
      <CardQuickField
        field="subject"
        label="Subject"
        className="scene-card__subject"
        value={spec.subject}
        placeholder="Double-click to describe the subject"
        editing={editing}
        multiline
        maxLength={FREE_TEXT_MAX}
        onChange={setSubject}
        onDone={finishEditing}
      />

      {summary && (
        <p className="scene-card__summary" data-testid="card-summary">
          {summary}
        </p>
      )}

      <div
        className="scene-card__prompt"
        data-testid="card-prompt"
        data-collapsed={promptLines === 0 || undefined}
      >
        <span className="scene-card__prompt-label">Prompt</span>
        <div ref={promptRef} className="scene-card__prompt-slot">
          <p
            className="scene-card__prompt-text"
            data-empty={prompt === '' || undefined}
            style={{ '--prompt-lines': promptLines || 1 } as CSSProperties}
          >
            {prompt || 'Fill in the shot description to compose a prompt.'}
          </p>
        </div>
      </div>
    </div>
  )
}
