/**
 * The named lifecycle hooks of the sync server. The core (rooms, connections, the y-websocket
 * protocol) knows nothing about storage, validation or auth: each of those is an extension, an
 * object implementing some of these hooks, and the server runs the extensions in order.
 *
 *   connection arrives   -> onAuthenticate          (refuse with SyncRefusal)
 *   first client of room -> onLoadDocument           (fill the doc; refuse unknown boards)
 *                        -> afterLoadDocument        (index, check, repair what was loaded)
 *   client update        -> onChange                 (inside the applying transaction: check, amend)
 *   client awareness     -> onAwarenessUpdate        (before it is applied: check; a refusal drops it)
 *   every accepted update-> onStoreUpdate            (awaited before the update is broadcast)
 *   last client gone     -> afterUnloadDocument      (after a short delay: compact, forget)
 */
import type { IncomingMessage } from 'node:http'
import type * as Y from 'yjs'

export interface RoomContext {
  boardId: string
  doc: Y.Doc
}

export interface AuthenticateContext {
  boardId: string
  request: IncomingMessage
}

/** One part of an update that was refused, with the reason told to its sender. */
export interface Rejection {
  id: string
  reason: string
}

export interface ChangeContext extends RoomContext {
  /** The transaction that applied the change; hooks may change the doc further inside it. */
  transaction: Y.Transaction
  /** True when the change came from a client (false for the server's own changes). */
  fromClient: boolean
  /** Tells the sender (when there is one) that part of its update was refused. */
  reject(rejection: Rejection): void
  /** Marks that the hook changed the doc, so the sender also receives the combined update. */
  markAmended(): void
}

/** One client's state in an awareness update, parsed from its JSON (`null`: the client left). */
export interface AwarenessStateChange {
  clientId: number
  state: unknown
}

export interface AwarenessContext extends RoomContext {
  /** Every state the update carries, including those that are stale and would change nothing. */
  states: readonly AwarenessStateChange[]
  /** Refuses the update because of `clientId`'s state: none of it is applied or relayed. */
  reject(clientId: number, reason: string): void
}

export interface StoreContext extends RoomContext {
  update: Uint8Array
}

export interface SyncHooks {
  /** For logs. */
  readonly name: string
  onAuthenticate?(context: AuthenticateContext): void | Promise<void>
  onLoadDocument?(context: RoomContext): void | Promise<void>
  afterLoadDocument?(context: RoomContext): void | Promise<void>
  /** Synchronous: runs inside the transaction that applied the change, before anyone sees it. */
  onChange?(context: ChangeContext): void
  /** Synchronous: runs before a client's awareness update is applied or relayed. */
  onAwarenessUpdate?(context: AwarenessContext): void
  onStoreUpdate?(context: StoreContext): void | Promise<void>
  afterUnloadDocument?(context: RoomContext): void | Promise<void>
}

/** Thrown by a hook to refuse a connection or a room; the client is closed with `code`. */
export class SyncRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason)
    this.name = 'SyncRefusal'
  }
}

/** Origin of transactions that load stored state into a room's doc: they are not stored again. */
export const LOAD_ORIGIN = Symbol('sceneboard:load')
