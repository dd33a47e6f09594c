/**
 * Presence over Yjs awareness: this tab's tldraw presence (cursor, selection, name, colour)
 * goes into the awareness field `presence`, fitted to the limits the server checks (packages/shared
 * presence.ts); other people's presence records are put into the store, where tldraw draws their
 * cursors and selections. `renewPresenceOnReconnect` brings presence back at once after the
 * connection was lost.
 */
import { PRESENCE_FIELD, fitPresence } from '@sceneboard/shared'
import {
  InstancePresenceRecordType,
  computed,
  createPresenceStateDerivation,
  createUserId,
  defaultUserPreferences,
  getUserPreferences,
  react,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'

export function bindPresence(store: TLStore, awareness: Awareness): () => void {
  const ownId = InstancePresenceRecordType.createId(String(awareness.clientID))
  const user = computed<TLUser>('sceneboard user', () => {
    const preferences = getUserPreferences()
    return {
      id: createUserId(preferences.id),
      typeName: 'user',
      name: preferences.name || 'Anonymous',
      color: preferences.color ?? defaultUserPreferences.color,
      imageUrl: '',
      meta: {},
    }
  })
  const presence = createPresenceStateDerivation(user, { instanceId: ownId })(store)

  let frame = 0
  const stopReacting = react('publish presence', () => {
    const state = presence.get()
    cancelAnimationFrame(frame)
    // One awareness message per frame at most, however fast the pointer moves.
    frame = requestAnimationFrame(() =>
      awareness.setLocalStateField(PRESENCE_FIELD, state && fitPresence(state)),
    )
  })

  const remoteIds = new Map<number, TLInstancePresence['id']>()
  const onUpdate = ({
    added,
    updated,
    removed,
  }: {
    added: number[]
    updated: number[]
    removed: number[]
  }) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const candidate = (states.get(clientId) as Record<string, unknown> | undefined)?.[
        PRESENCE_FIELD
      ]
      const valid = validPresence(candidate, clientId)
      if (valid) {
        toPut.push(valid)
        remoteIds.set(clientId, valid.id)
      }
    }
    for (const clientId of removed) {
      const id = remoteIds.get(clientId)
      if (id) toRemove.push(id)
      remoteIds.delete(clientId)
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      const existing = toRemove.filter((id) => store.has(id))
      if (existing.length > 0) store.remove(existing)
      if (toPut.length > 0) store.put(toPut)
    })
  }
  awareness.on('update', onUpdate)

  return () => {
    stopReacting()
    cancelAnimationFrame(frame)
    awareness.off('update', onUpdate)
    awareness.setLocalStateField(PRESENCE_FIELD, null)
    const ids = [...remoteIds.values()].filter((id) => store.has(id))
    if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids))
  }
}

/**
 * An awareness state is taken only when its clock is newer than the last one seen for its client.
 * When a socket closes, the server drops this client's state and the provider drops everyone
 * else's, but both keep the clocks: the unchanged state the provider sends again on its new socket,
 * and the states the server sends it as it joins, would be ignored until their next change or the
 * renewal every 15 s. So, once per lost connection, the local state is set again (its clock goes
 * up; the provider sends it when the new socket opens) and the clocks of the others, whose states
 * the provider has just dropped, are forgotten.
 */
export function renewPresenceOnReconnect(provider: WebsocketProvider): () => void {
  const { awareness } = provider
  const onStatus = ({ status }: { status: string }) => {
    if (status !== 'disconnected') return
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== awareness.clientID) awareness.meta.delete(clientId)
    }
    const state = awareness.getLocalState()
    if (state !== null) awareness.setLocalState(state)
  }
  provider.on('status', onStatus)
  return () => provider.off('status', onStatus)
}

/** Awareness is free-form: only a well-formed presence record under the sender's id is used. */
function validPresence(value: unknown, clientId: number): TLInstancePresence | null {
  if (!value || typeof value !== 'object') return null
  const record = {
    ...(value as TLInstancePresence),
    id: InstancePresenceRecordType.createId(String(clientId)),
  }
  try {
    InstancePresenceRecordType.validate(record)
    return record
  } catch {
    return null
  }
}
