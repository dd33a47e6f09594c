/**
 * Checking a client's awareness update before its room applies it. Every state in it must be
 * JSON, pass the onAwarenessUpdate hooks and leave alone the clients that other open connections
 * speak for. An entry that would change nothing (not newer than what the room holds: a stock
 * client echoes every state it receives) may name any client; the hooks still see its state.
 * A connection speaks for at most `MAX_CLIENTS_PER_CONNECTION` client ids: its own, and a few
 * more for clients that share one socket. Echoes are not counted, as they change nothing.
 */
import { awarenessRejectionId } from '@sceneboard/shared'
import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessStateChange, Rejection, RoomContext, SyncHooks } from './hooks.js'
import type { AwarenessEntry } from './messages.js'

/** How many awareness client ids one connection may speak for. */
export const MAX_CLIENTS_PER_CONNECTION = 8

export interface AwarenessCheck {
  context: RoomContext
  awareness: Awareness
  hooks: readonly SyncHooks[]
  /** The client ids the sender speaks for already. */
  ownClients: ReadonlySet<number>
  /** Whether another open connection of the room speaks for `clientId`. */
  ownedByAnother(clientId: number): boolean
}

export interface AwarenessVerdict {
  /** Why the update is refused; empty when it may be applied. */
  rejections: Rejection[]
  /** Client ids of other connections that the update would have changed (a claim on them). */
  claimed: number[]
}

/** Whether the update made of `entries` may be applied, and which foreign client ids it claims. */
export function checkAwarenessUpdate(
  check: AwarenessCheck,
  entries: readonly AwarenessEntry[],
): AwarenessVerdict {
  const rejections: Rejection[] = []
  const claimed: number[] = []
  const reject = (clientId: number, reason: string) =>
    rejections.push({ id: awarenessRejectionId(clientId), reason })
  const states: AwarenessStateChange[] = []
  const newClients = new Set<number>()
  for (const { clientId, clock, stateJson } of entries) {
    let state: unknown
    try {
      state = JSON.parse(stateJson)
    } catch {
      reject(clientId, 'the state is not JSON')
      continue
    }
    states.push({ clientId, state })
    if (!wouldChange(check.awareness, clientId, clock, state)) continue
    if (check.ownedByAnother(clientId)) {
      reject(clientId, `client ${clientId} belongs to another connection`)
      claimed.push(clientId)
    } else if (state !== null && !check.ownClients.has(clientId)) {
      newClients.add(clientId)
      if (check.ownClients.size + newClients.size > MAX_CLIENTS_PER_CONNECTION) {
        reject(
          clientId,
          `a connection may speak for at most ${MAX_CLIENTS_PER_CONNECTION} client ids`,
        )
      }
    }
  }
  const context = { ...check.context, states, reject }
  for (const hook of check.hooks) hook.onAwarenessUpdate?.(context)
  return { rejections, claimed }
}

/** y-protocols' rule: a newer clock, or the same clock removing a state the room holds. */
function wouldChange(awareness: Awareness, clientId: number, clock: number, state: unknown) {
  const current = awareness.meta.get(clientId)?.clock ?? 0
  return current < clock || (current === clock && state === null && awareness.states.has(clientId))
}
