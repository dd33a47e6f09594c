import {
  SHOT_NUMBERING_EXAMPLES,
  SHOT_NUMBERING_STYLES,
  readShotNumberingStyle,
} from '@sceneboard/shared'
import { useValue, type Editor } from 'tldraw'
import { IconSceneFrame } from '../ui/icons'
import {
  groupSelectionIntoScene,
  selectedSceneCardIds,
  selectedSceneFrames,
  ungroupSelectedScenes,
} from './group-into-scene'
import { useSequence } from './sequence-context'

const STYLE_NAMES = {
  plain: 'Shots',
  'scene-letter': 'Scene + letter',
  'scene-dot': 'Scene . shot',
} as const

/**
 * Scenes in the strip's header: group the selected cards into a scene (a frame on the canvas),
 * ungroup a selected scene, and the board's shot numbering (1, 2 / 1A, 1B / 1.1, 1.2).
 */
export function SceneTools({ editor }: { editor: Editor }) {
  const sequence = useSequence()
  const { numbering, setNumbering } = sequence
  const selectedCards = useValue(
    'selected scene cards',
    () => selectedSceneCardIds(editor).length,
    [editor],
  )
  const selectedFrames = useValue(
    'selected scene frames',
    () => selectedSceneFrames(editor).length,
    [editor],
  )
  const ungroup = selectedFrames > 0

  return (
    <div className="scene-tools">
      <button
        type="button"
        className="sb-button scene-tools__group"
        data-testid={ungroup ? 'ungroup-scene' : 'group-scene'}
        disabled={!ungroup && selectedCards === 0}
        title={
          ungroup
            ? 'Remove the selected scene frame; its cards stay where they are'
            : 'Put the selected cards in a new scene (a frame on the canvas) and bring them together in the film'
        }
        onClick={() => {
          if (ungroup) ungroupSelectedScenes(editor)
          else groupSelectionIntoScene(editor, sequence)
        }}
      >
        <IconSceneFrame size={15} />
        {ungroup ? 'Ungroup scene' : 'Group as scene'}
      </button>
      <label className="scene-tools__numbering" title="How shots are numbered on this board">
        <span>Numbers</span>
        <select
          data-testid="shot-numbering"
          value={numbering}
          onChange={(event) => setNumbering(readShotNumberingStyle(event.target.value))}
        >
          {SHOT_NUMBERING_STYLES.map((style) => (
            <option key={style} value={style}>
              {STYLE_NAMES[style]} ({SHOT_NUMBERING_EXAMPLES[style]})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
