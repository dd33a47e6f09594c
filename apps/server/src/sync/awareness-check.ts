/**
 * Checking a client's awareness update before its room applies it. Every state in it must be
 * JSON, pass the onAwarenessUpdate hooks and leave alone the clients that other open connections
 * speak for. An entry that would change nothing (not newer than what the room holds: a stock
 * client echoes every state it receives) may name any client; the hooks still see its state.
 */
import { awarenessRejectionId } from '@sceneboard/shared'
import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessStateChange, Rejection, RoomContext, SyncHooks } from './hooks.js'
import type { AwarenessEntry } from './messages.js'

export interface AwarenessCheck {
  context: RoomContext
  awareness: Awareness
  hooks: readonly SyncHooks[]
  /** Whether another open connection of the room speaks for `clientId`. */
  ownedByAnother(clientId: number): boolean
}

/** Why the update made of `entries` is refused; nothing when it may be applied. */
export function refusalsOfAwarenessUpdate(
  check: AwarenessCheck,
  entries: readonly AwarenessEntry[],
): Rejection[] {
  const rejections: Rejection[] = []
  const reject = (clientId: number, reason: string) =>
    rejections.push({ id: awarenessRejectionId(clientId), reason })
  const states: AwarenessStateChange[] = []
  for (const { clientId, clock, stateJson } of entries) {
    let state: unknown
    try {
      state = JSON.parse(stateJson)
    } catch {
      reject(clientId, 'the state is not JSON')
      continue
    }
    if (wouldChange(check.awareness, clientId, clock, state) && check.ownedByAnother(clientId)) {
      reject(clientId, `client ${clientId} belongs to another connection`)
    }
    states.push({ clientId, state })
  }
  const context = { ...check.context, states, reject }
  for (const hook of check.hooks) hook.onAwarenessUpdate?.(context)
  return rejections
}

/** y-protocols' rule: a newer clock, or the same clock removing a state the room holds. */
function wouldChange(awareness: Awareness, clientId: number, clock: number, state: unknown) {
  const current = awareness.meta.get(clientId)?.clock ?? 0
  return current < clock || (current === clock && state === null && awareness.states.has(clientId))
}
