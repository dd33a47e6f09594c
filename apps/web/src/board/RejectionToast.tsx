import { isSceneCard, type ShotNumber } from '@sceneboard/shared'
import { useEffect, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import type { BoardSync } from '../sync/use-board-sync'
import { IconAlert, IconClose } from '../ui/icons'

const VISIBLE_MS = 7000

/** Names the records of a refused edit the way a person knows them: "shot 3", "the sequence". */
export function describeRejected(
  ids: readonly string[],
  editor: Editor | null,
  shots: ReadonlyMap<string, ShotNumber>,
): string {
  const names = ids.map((id) => {
    if (id === 'sequence') return 'the sequence'
    const shape = editor?.getShape(id as TLShapeId)
    if (shape && isSceneCard(shape)) {
      const number = shots.get(id)?.number
      const title = shape.props.title.trim()
      return `${number ? `shot ${number}` : 'a scene card'}${title ? ` (“${title}”)` : ''}`
    }
    if (id.startsWith('shape:')) return 'a shape'
    return 'the board'
  })
  const unique = [...new Set(names)]
  if (unique.length <= 2) return unique.join(' and ') || 'the board'
  return `${unique.slice(0, 2).join(', ')} and ${unique.length - 2} more`
}

/** A small toast when the server refused an edit from this browser and restored the board. */
export function RejectionToast(props: {
  rejection: BoardSync['lastRejection']
  editor: Editor | null
  shots: ReadonlyMap<string, ShotNumber>
}) {
  const { rejection, editor, shots } = props
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (!rejection) return
    const timer = window.setTimeout(() => setNow(Date.now()), VISIBLE_MS)
    return () => window.clearTimeout(timer)
  }, [rejection])

  if (!rejection || dismissedAt === rejection.at) return null
  if (now - rejection.at >= VISIBLE_MS) return null
  const what = describeRejected(rejection.ids, editor, shots)
  return (
    <div
      className="toast"
      role="alert"
      data-testid="rejection-toast"
      title={rejection.reasons.join('\n')}
    >
      <IconAlert size={16} />
      <span>The server refused an invalid edit to {what}; it was restored.</span>
      <button
        type="button"
        className="sb-icon-button"
        aria-label="Dismiss"
        onClick={() => setDismissedAt(rejection.at)}
      >
        <IconClose size={14} />
      </button>
    </div>
  )
}
