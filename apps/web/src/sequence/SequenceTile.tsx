import { formatDuration } from '@sceneboard/shared'
import type { DragEvent, KeyboardEvent } from 'react'
import type { Editor } from 'tldraw'
import type { DropSide } from './reorder'
import { TileDuration } from './TileDuration'
import type { SceneBand } from './scene-runs'
import { formatTimecode } from './timecode'

export interface SequenceTileData {
  id: string
  /** As the board numbers shots: "3", "1A", "12.3". */
  number: string
  title: string
  durationSeconds: number
  startSeconds: number
  /** The poster of the take the card shows, once it has one. */
  posterUrl: string | null
  /** The scene band over this shot, or null when the card is in no scene. */
  scene: SceneBand | null
}

interface SequenceTileProps {
  editor: Editor
  tile: SequenceTileData
  selected: boolean
  dropSide: DropSide | null
  dragging: boolean
  onSelect(): void
  onKeyDown(event: KeyboardEvent<HTMLLIElement>): void
  onDragStart(event: DragEvent<HTMLLIElement>): void
  onDragOver(event: DragEvent<HTMLLIElement>): void
  onDrop(event: DragEvent<HTMLLIElement>): void
  onDragEnd(): void
}

/**
 * One shot in the strip: number (over the poster of its take, once it has one), title,
 * duration; click to go to it, drag or Alt+Arrow to move it.
 */
export function SequenceTile(props: SequenceTileProps) {
  const { tile, selected, dropSide, dragging } = props
  const title = tile.title.trim() || `Shot ${tile.number}`
  const scene = tile.scene
  return (
    <li
      className="sequence-tile"
      data-testid="sequence-item"
      data-card-id={tile.id}
      data-shot-number={tile.number}
      data-selected={selected || undefined}
      data-dragging={dragging || undefined}
      data-drop={dropSide ?? undefined}
      data-scene-id={scene?.sceneId}
      data-scene-tone={scene?.tone}
      data-scene-start={scene?.start || undefined}
      data-scene-end={scene?.end || undefined}
      tabIndex={0}
      role="option"
      aria-selected={selected}
      aria-label={`Shot ${tile.number}: ${title}, ${formatDuration(tile.durationSeconds)}${scene ? `, in ${scene.label}` : ''}`}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
      title={`${title}\nClick to go to the card · drag or Alt+←/→ to reorder`}
      draggable
      onClick={props.onSelect}
      onKeyDown={props.onKeyDown}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
    >
      {scene?.start && (
        <span
          className="sequence-tile__scene"
          data-testid="sequence-scene-label"
          title={scene.label}
        >
          {scene.label}
        </span>
      )}
      <span className="sequence-tile__number" data-poster={tile.posterUrl ? true : undefined}>
        {tile.posterUrl && (
          <img className="sequence-tile__poster" src={tile.posterUrl} alt="" draggable={false} />
        )}
        <span className="sequence-tile__digit">{tile.number}</span>
      </span>
      <span className="sequence-tile__body">
        <span className="sequence-tile__title" data-empty={tile.title.trim() === '' || undefined}>
          {title}
        </span>
        <span className="sequence-tile__time">
          <TileDuration editor={props.editor} cardId={tile.id} seconds={tile.durationSeconds} />
          <span className="sequence-tile__start">{formatTimecode(tile.startSeconds)}</span>
        </span>
      </span>
    </li>
  )
}
