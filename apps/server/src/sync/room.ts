/**
 * A room: one board's live Y.Doc, its awareness and the clients connected to it.
 *
 * Every change reaches the doc through one transaction that also runs the onChange hooks, so a
 * hook sees (and may amend) a client's update before anything leaves the room. Every update the
 * doc then emits goes through the outbox, an ordered queue that awaits the onStoreUpdate hooks
 * (storage) before broadcasting: no client ever receives an update that is not stored. Replies
 * built from the doc (sync step 2) and rejection notices go through the same queue, so they too
 * leave only after everything they contain is stored. Awareness is never stored: it is checked
 * (awareness-check.ts) and relayed at once.
 */
import { CLOSE_CODES, type RejectionNotice } from '@sceneboard/shared'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { applyAmendableUpdate } from './amendable-update.js'
import { checkAwarenessUpdate } from './awareness-check.js'
import { AwarenessClaims, CLAIM_GRACE_MS } from './awareness-claims.js'
import { Connection } from './connection.js'
import {
  LOAD_ORIGIN,
  type ChangeContext,
  type Rejection,
  type RoomContext,
  type SyncHooks,
} from './hooks.js'
import {
  MalformedMessageError,
  decodeAwarenessUpdate,
  decodeClientMessage,
  encodeAwareness,
  encodeCheckedStateAsUpdate,
  encodeRejected,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
} from './messages.js'
import type { SyncLogger } from './sync-logger.js'
import { WarnThrottle } from './warn-throttle.js'

/** Origin of changes the server makes itself through `Room.transact`. */
export const SERVER_ORIGIN = Symbol('sceneboard:server')

/** How often a connection's refused updates (and, apart, its refused presence) may warn. */
const REFUSAL_WARNING_INTERVAL_MS = 60_000

/** Transaction meta flags set while the onChange hooks run. */
const AMENDED = Symbol('amended')
const HOOK_FAILED = Symbol('hook-failed')

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

export interface RoomOptions {
  /** How long an owner whose awareness client id is claimed has to answer a ping. */
  claimGraceMs?: number
}

export interface RoomEvents {
  /** The room can no longer store updates; its clients were closed. */
  failed(room: Room): void
  /** The last client left. */
  empty(room: Room): void
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function toNotice(rejections: readonly Rejection[]): RejectionNotice {
  const byId = new Map<string, string>()
  for (const { id, reason } of rejections) if (!byId.has(id)) byId.set(id, reason)
  return { ids: [...byId.keys()], reasons: [...byId.values()] }
}

export class Room {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly connections = new Set<Connection>()
  private outbox: Promise<void> = Promise.resolve()
  private failed = false
  private readonly claims: AwarenessClaims
  /** Refusals are logged as warnings at most once a minute per connection (and kind). */
  private readonly refusedUpdates = new WarnThrottle(REFUSAL_WARNING_INTERVAL_MS)
  private readonly refusedAwareness = new WarnThrottle(REFUSAL_WARNING_INTERVAL_MS)

  constructor(
    readonly boardId: string,
    private readonly hooks: readonly SyncHooks[],
    private readonly logger: SyncLogger,
    private readonly events: RoomEvents,
    options: RoomOptions = {},
  ) {
    this.claims = new AwarenessClaims({
      boardId,
      graceMs: options.claimGraceMs ?? CLAIM_GRACE_MS,
      logger,
      retry: (claimant, update) => this.applyClientAwareness(claimant, update),
    })
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.relayAwareness)
  }

  get connectionCount(): number {
    return this.connections.size
  }

  private get context(): RoomContext {
    return { boardId: this.boardId, doc: this.doc }
  }

  /** Runs the load hooks; the room answers no client before this resolves. */
  async load(): Promise<void> {
    for (const hook of this.hooks) await hook.onLoadDocument?.(this.context)
    this.doc.on('update', this.onDocUpdate)
    for (const hook of this.hooks) await hook.afterLoadDocument?.(this.context)
  }

  join(connection: Connection): void {
    this.connections.add(connection)
    connection.onClose(() => this.leave(connection))
    connection.send(encodeSyncStep1(this.doc))
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length > 0) connection.send(encodeAwareness(this.awareness, clients))
    connection.attach((data) => this.receive(connection, data))
  }

  /**
   * A change made by the server itself (not by a client): it runs through the same onChange
   * hooks, is stored and is broadcast like any client's. Returns what the hooks refused.
   */
  transact(change: (doc: Y.Doc) => void): Rejection[] {
    const rejections: Rejection[] = []
    Y.transact(
      this.doc,
      (transaction) => {
        change(this.doc)
        this.runChangeHooks(transaction, false, rejections)
      },
      SERVER_ORIGIN,
    )
    return rejections
  }

  /** Resolves once everything the room has queued so far is stored and sent. */
  flushed(): Promise<void> {
    return this.outbox
  }

  /** Closes every client of the room with `code`. */
  closeAll(code: number, reason: string): void {
    for (const connection of this.connections) connection.close(code, reason)
  }

  /** Waits for the outbox, then runs the unload hooks and frees the doc. */
  async unload(): Promise<void> {
    await this.outbox
    for (const hook of this.hooks) {
      try {
        await hook.afterUnloadDocument?.(this.context)
      } catch (error) {
        this.logger.error(
          { err: error, boardId: this.boardId, hook: hook.name },
          'unload hook failed',
        )
      }
    }
    this.destroy()
  }

  /** Drops the room at once: clients closed, pending work abandoned, no unload hooks. */
  discard(code: number, reason: string): void {
    this.failed = true
    this.closeAll(code, reason)
    this.destroy()
  }

  private destroy(): void {
    this.awareness.off('update', this.relayAwareness)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null)
    if (this.connections.size === 0) this.events.empty(this)
  }

  private receive(connection: Connection, data: Uint8Array): void {
    try {
      this.handle(connection, decodeClientMessage(data))
    } catch (error) {
      if (error instanceof MalformedMessageError) {
        this.logger.info(
          { boardId: this.boardId, reason: error.message },
          'closed a client: malformed message',
        )
        connection.close(CLOSE_CODES.malformedMessage, `malformed message: ${error.message}`)
      } else {
        this.logger.error({ err: error, boardId: this.boardId }, 'failed to handle a message')
        connection.close(1011, 'internal error')
      }
    }
  }

  private handle(connection: Connection, message: ClientMessage): void {
    switch (message.type) {
      case 'sync-step-1': {
        let update: Uint8Array
        try {
          update = encodeCheckedStateAsUpdate(this.doc, message.stateVector)
        } catch (error) {
          throw new MalformedMessageError(`unreadable state vector (${describe(error)})`)
        }
        const reply = encodeSyncStep2(update)
        this.enqueue(() => connection.send(reply))
        return
      }
      case 'update':
        return this.applyClientUpdate(connection, message.update)
      case 'awareness':
        return this.applyClientAwareness(connection, message.update)
      case 'query-awareness':
        connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
        return
    }
  }

  /**
   * Applies a client's update and runs the onChange hooks in the same transaction, so that the
   * single update this emits (stored and broadcast) already carries any compensation.
   */
  private applyClientUpdate(connection: Connection, update: Uint8Array): void {
    const rejections: Rejection[] = []
    const applyError = applyAmendableUpdate(this.doc, update, connection, (transaction) =>
      this.runChangeHooks(transaction, true, rejections),
    )
    if (rejections.length > 0) {
      const notice = toNotice(rejections)
      this.logRefusal(this.refusedUpdates, connection, notice, 'refused part of a client update')
      const message = encodeRejected(notice)
      this.enqueue(() => connection.send(message))
    }
    if (applyError !== null) {
      throw new MalformedMessageError(`update could not be applied (${describe(applyError)})`)
    }
  }

  /**
   * Applies a client's awareness update (which relays it) unless something in it is refused
   * (awareness-check.ts): then none of it is applied or relayed, and the sender is told why at
   * once, since nothing in the notice waits for storage. A refusal for client ids that other
   * connections speak for checks that those are still alive (awareness-claims.ts).
   */
  private applyClientAwareness(connection: Connection, update: Uint8Array): void {
    const { rejections, claimed } = checkAwarenessUpdate(
      {
        context: this.context,
        awareness: this.awareness,
        hooks: this.hooks,
        ownClients: connection.awarenessClients,
        ownedByAnother: (clientId) => this.ownerOf(clientId, connection) !== null,
      },
      decodeAwarenessUpdate(update),
    )
    if (rejections.length > 0) {
      const notice = toNotice(rejections)
      this.logRefusal(
        this.refusedAwareness,
        connection,
        notice,
        'refused a client awareness update',
      )
      connection.send(encodeRejected(notice))
      const owners = new Set(claimed.map((clientId) => this.ownerOf(clientId, connection)!))
      if (owners.size > 0) this.claims.claim(connection, owners, update)
      return
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection)
  }

  /** A warning, unless this connection had one of this kind within the minute: then debug. */
  private logRefusal(
    throttle: WarnThrottle,
    connection: Connection,
    notice: object,
    message: string,
  ): void {
    const { warn, heldBack } = throttle.take(connection)
    const details = { boardId: this.boardId, ...notice, ...(heldBack > 0 ? { heldBack } : {}) }
    if (warn) this.logger.warn(details, message)
    else this.logger.debug(details, message)
  }

  /** The connection other than `except` that speaks for awareness client `clientId`, if any. */
  private ownerOf(clientId: number, except: Connection): Connection | null {
    for (const connection of this.connections) {
      if (connection !== except && connection.awarenessClients.has(clientId)) return connection
    }
    return null
  }

  private runChangeHooks(
    transaction: Y.Transaction,
    fromClient: boolean,
    rejections: Rejection[],
  ): void {
    const context: ChangeContext = {
      ...this.context,
      transaction,
      fromClient,
      reject: (rejection) => rejections.push(rejection),
      markAmended: () => transaction.meta.set(AMENDED, true),
    }
    for (const hook of this.hooks) {
      if (!hook.onChange) continue
      try {
        hook.onChange(context)
      } catch (error) {
        // The change could not be checked: it must be neither stored nor sent.
        transaction.meta.set(HOOK_FAILED, error)
        this.logger.error(
          { err: error, boardId: this.boardId, hook: hook.name },
          'change hook failed',
        )
        return
      }
    }
  }

  private readonly onDocUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    if (origin === LOAD_ORIGIN) return
    if (transaction.meta.has(HOOK_FAILED)) {
      this.fail(transaction.meta.get(HOOK_FAILED))
      return
    }
    // The sender already has its own update, unless a hook amended it.
    const skip = origin instanceof Connection && !transaction.meta.has(AMENDED) ? origin : null
    const message = encodeUpdate(update)
    this.enqueue(async () => {
      for (const hook of this.hooks) {
        await hook.onStoreUpdate?.({ ...this.context, update })
      }
      for (const connection of this.connections) {
        if (connection !== skip) connection.send(message)
      }
    })
  }

  private enqueue(task: () => void | Promise<void>): void {
    this.outbox = this.outbox.then(async () => {
      if (this.failed) return
      try {
        await task()
      } catch (error) {
        this.fail(error)
      }
    })
  }

  private fail(error: unknown): void {
    if (this.failed) return
    this.failed = true
    this.logger.error(
      { err: error, boardId: this.boardId },
      'room failed: updates can no longer be stored',
    )
    this.closeAll(1011, 'the board could not be saved; reconnect to continue')
    this.events.failed(this)
  }

  private readonly relayAwareness = (change: AwarenessChange, origin: unknown): void => {
    if (origin instanceof Connection) {
      for (const client of [...change.added, ...change.updated]) origin.awarenessClients.add(client)
      for (const client of change.removed) origin.awarenessClients.delete(client)
    }
    const clients = [...change.added, ...change.updated, ...change.removed]
    const message = encodeAwareness(this.awareness, clients)
    for (const connection of this.connections) connection.send(message)
  }
}
