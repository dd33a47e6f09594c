import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import { stopEventPropagation, useEditor, useValue } from 'tldraw'
import { IconClose } from '../ui/icons'

interface GeneratePopoverProps {
  anchor: RefObject<HTMLElement | null>
  title: string
  onClose(): void
  children: ReactNode
}

const GAP = 8
const MARGIN = 12

/**
 * A small panel beside a card's button, drawn above the canvas (in the page, not the shape, so
 * it keeps its size at any zoom). It follows the card as the camera moves and closes on Escape
 * or a press outside. React events inside it stop here: they must not reach the canvas.
 */
export function GeneratePopover({ anchor, title, onClose, children }: GeneratePopoverProps) {
  const editor = useEditor()
  const panel = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)
  const camera = useValue('camera', () => editor.getCamera(), [editor])

  useLayoutEffect(() => {
    const button = anchor.current
    const box = panel.current
    if (!button || !box) return
    const at = button.getBoundingClientRect()
    const width = box.offsetWidth
    const height = box.offsetHeight
    const below = at.bottom + GAP
    const top =
      below + height + MARGIN > window.innerHeight && at.top - GAP - height > MARGIN
        ? at.top - GAP - height
        : below
    const left = Math.min(Math.max(MARGIN, at.right - width), window.innerWidth - width - MARGIN)
    setPosition({ left, top: Math.max(MARGIN, top) })
  }, [anchor, camera])

  useLayoutEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (panel.current?.contains(target) || anchor.current?.contains(target)) return
      onClose()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown, true)
    }
  }, [anchor, onClose])

  return createPortal(
    <div
      ref={panel}
      className="generate-popover"
      role="dialog"
      aria-label={title}
      data-testid="generate-popover"
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden' }}
      onPointerDown={stopEventPropagation}
      onPointerUp={stopEventPropagation}
      onClick={stopEventPropagation}
      onDoubleClick={stopEventPropagation}
      onTouchStart={stopEventPropagation}
      onTouchEnd={stopEventPropagation}
      onContextMenu={stopEventPropagation}
      onKeyDown={stopEventPropagation}
    >
      <header className="generate-popover__header">
        <span>{title}</span>
        <button
          type="button"
          className="sb-icon-button"
          aria-label="Close"
          title="Close"
          onClick={onClose}
        >
          <IconClose size={15} />
        </button>
      </header>
      {children}
    </div>,
    document.body,
  )
}
