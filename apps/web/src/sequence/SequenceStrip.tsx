import { formatDuration, sequenceTimings } from '@sceneboard/shared'
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { GenerateMissing } from '../generation/GenerateMissing'
import { SCENE_CARD_TOOL_KBD } from '../shapes'
import { usePlayerStore } from '../player/player-store'
import { useUiStore } from '../state/ui-store'
import { IconChevronDown, IconClock, IconFilm, IconPlay } from '../ui/icons'
import { focusCard } from './focus-card'
import { historyKeyAction, isTextEntry } from './history-keys'
import { SceneTools } from './SceneTools'
import { sceneBands } from './scene-runs'
import { dropSideAt, dropTargetIndex, keyboardMoveIndex, type DropSide } from './reorder'
import { reorderAsUndoStep } from './reorder-step'
import { useShownPosters } from '../takes/use-shown-posters'
import { useSequence } from './sequence-context'
import { SequenceTile, type SequenceTileData } from './SequenceTile'
import { useSequenceCards } from './use-sequence-cards'
import './sequence.css'

const DRAG_TYPE = 'application/x-sceneboard-card'

/** The film in order along the bottom of the board, with its running time. */
export function SequenceStrip({ editor }: { editor: Editor }) {
  const { order, shots: numbered, moveCard } = useSequence()
  const collapsed = useUiStore((state) => state.sequenceCollapsed)
  const toggle = useUiStore((state) => state.toggleSequence)
  const openPlayer = usePlayerStore((state) => state.openPlayer)
  const [dragId, setDragId] = useState<string | null>(null)
  const [dropAt, setDropAt] = useState<{ id: string; side: DropSide } | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const refocusId = useRef<string | null>(null)

  const shots = useSequenceCards(editor, order)
  const selectedIds = useValue(
    'selected ids',
    () => new Set<string>(editor.getSelectedShapeIds()),
    [editor],
  )

  const timings = sequenceTimings(shots)
  const posters = useShownPosters(shots)
  const bands = sceneBands(
    shots.map((shot) => shot.id),
    numbered,
  )
  const tiles: SequenceTileData[] = shots.map((shot, i) => ({
    ...shot,
    number: numbered.get(shot.id)?.number ?? String(timings[i]!.number),
    startSeconds: timings[i]!.startSeconds,
    posterUrl: posters.get(shot.id) ?? null,
    scene: bands[i] ?? null,
  }))
  const hasScenes = bands.some((band) => band !== null)
  const total = timings.at(-1)?.endSeconds ?? 0

  // A tile moved with the keyboard keeps the focus once the new order has rendered.
  useEffect(() => {
    const id = refocusId.current
    if (!id) return
    refocusId.current = null
    listRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus()
  }, [order])

  const onKeyDown =
    (tile: SequenceTileData, index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        focusCard(editor, tile.id as TLShapeId)
        return
      }
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
      event.preventDefault()
      if (event.altKey) {
        const to = keyboardMoveIndex(index, tiles.length, event.key === 'ArrowLeft' ? -1 : 1)
        if (to === null) return
        refocusId.current = tile.id
        reorderAsUndoStep(editor, moveCard, tile.id, to)
      } else {
        const sibling =
          event.key === 'ArrowLeft'
            ? event.currentTarget.previousElementSibling
            : event.currentTarget.nextElementSibling
        ;(sibling as HTMLElement | null)?.focus()
      }
    }

  const onDragStart = (tile: SequenceTileData) => (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData(DRAG_TYPE, tile.id)
    event.dataTransfer.setData('text/plain', tile.title || `Shot ${tile.number}`)
    event.dataTransfer.effectAllowed = 'move'
    setDragId(tile.id)
  }

  const onDragOver = (tile: SequenceTileData) => (event: DragEvent<HTMLLIElement>) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    const rect = event.currentTarget.getBoundingClientRect()
    const side = dropSideAt(event.clientX, rect.left, rect.width)
    if (dropAt?.id !== tile.id || dropAt.side !== side) setDropAt({ id: tile.id, side })
  }

  const onDrop = (tile: SequenceTileData, index: number) => (event: DragEvent<HTMLLIElement>) => {
    const id = event.dataTransfer.getData(DRAG_TYPE)
    event.preventDefault()
    const from = tiles.findIndex((t) => t.id === id)
    if (from !== -1) {
      const rect = event.currentTarget.getBoundingClientRect()
      const to = dropTargetIndex(from, index, dropSideAt(event.clientX, rect.left, rect.width))
      if (to !== from) reorderAsUndoStep(editor, moveCard, id, to)
    }
    endDrag()
  }

  const endDrag = () => {
    setDragId(null)
    setDropAt(null)
  }

  // Undo and redo work with the focus anywhere in the strip (a tile just moved, a button), before
  // any of its own keys: the board's history, as on the canvas. A text field keeps its own undo.
  const onHistoryKey = (event: KeyboardEvent<HTMLElement>) => {
    const action = historyKeyAction(event)
    if (!action || isTextEntry(event.target)) return
    event.preventDefault()
    // Handled here, so the editor's own shortcut on the page must not take it a second time.
    event.stopPropagation()
    if (action === 'undo') editor.undo()
    else editor.redo()
  }

  return (
    <section
      className="sequence-strip"
      data-testid="sequence-strip"
      data-collapsed={collapsed || undefined}
      aria-label="Sequence"
      onKeyDownCapture={onHistoryKey}
    >
      <header className="sequence-strip__header">
        <button
          type="button"
          className="sequence-strip__toggle"
          aria-expanded={!collapsed}
          aria-controls="sequence-strip-list"
          data-testid="sequence-toggle"
          onClick={toggle}
        >
          <IconChevronDown size={16} className="sequence-strip__chevron" />
          <IconFilm size={16} />
          <span className="sequence-strip__label">Sequence</span>
        </button>
        <span className="sequence-strip__stat">
          {tiles.length === 1 ? '1 shot' : `${tiles.length} shots`}
        </span>
        <span
          className="sequence-strip__stat sequence-strip__runtime"
          data-testid="sequence-runtime"
          title="Total running time"
        >
          <IconClock size={14} />
          {formatDuration(total)}
        </span>
        <button
          type="button"
          className="sb-button sequence-strip__play"
          data-testid="sequence-play"
          disabled={tiles.length === 0}
          title="Play the sequence"
          onClick={openPlayer}
        >
          <IconPlay size={14} />
          Play
        </button>
        <GenerateMissing editor={editor} shotIds={tiles.map((tile) => tile.id)} />
        {!collapsed && tiles.length > 1 && (
          <span className="sequence-strip__help">
            Drag shots, or focus one and press Alt+←/→, to reorder
          </span>
        )}
        <SceneTools editor={editor} />
      </header>
      {!collapsed &&
        (tiles.length === 0 ? (
          <p className="sequence-strip__empty">
            No scene cards yet. Add one with <strong>+ Scene</strong> or the scene-card tool (
            <kbd>{SCENE_CARD_TOOL_KBD.toUpperCase()}</kbd>); the film plays in the order shown here.
          </p>
        ) : (
          <ol
            id="sequence-strip-list"
            ref={listRef}
            className="sequence-strip__list"
            data-scenes={hasScenes || undefined}
            role="listbox"
            aria-label="Shots in film order"
            aria-orientation="horizontal"
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropAt(null)
            }}
          >
            {tiles.map((tile, index) => (
              <SequenceTile
                key={tile.id}
                editor={editor}
                tile={tile}
                selected={selectedIds.has(tile.id)}
                dragging={dragId === tile.id}
                dropSide={dropAt?.id === tile.id && dragId !== tile.id ? dropAt.side : null}
                onSelect={() => focusCard(editor, tile.id as TLShapeId)}
                onKeyDown={onKeyDown(tile, index)}
                onDragStart={onDragStart(tile)}
                onDragOver={onDragOver(tile)}
                onDrop={onDrop(tile, index)}
                onDragEnd={endDrag}
              />
            ))}
          </ol>
        ))}
    </section>
  )
}
