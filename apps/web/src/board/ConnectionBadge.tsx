import type { ConnectionState } from '../sync/use-board-sync'

const LABELS: Record<ConnectionState, { text: string; title: string }> = {
  connecting: { text: 'Connecting…', title: 'Connecting to the Sceneboard server' },
  online: { text: 'Live', title: 'Connected: edits are shared and saved as you make them' },
  offline: {
    text: 'Offline · reconnecting',
    title:
      'The server cannot be reached. Keep working: edits are sent when the connection is back.',
  },
  'not-found': { text: 'Not found', title: 'The server has no board with this id' },
  invalid: { text: 'Refused', title: 'The server refused this connection' },
}

/** Whether this browser is connected to the board's room, at a glance. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const label = LABELS[state]
  return (
    <span
      className="connection-badge"
      data-testid="connection-state"
      data-state={state}
      title={label.title}
      role="status"
      aria-live="polite"
    >
      <span className="connection-badge__dot" aria-hidden="true" />
      {label.text}
    </span>
  )
}
