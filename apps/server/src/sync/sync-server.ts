/**
 * The sync endpoint: `ws(s)://HOST/sync/<boardId>`, speaking the standard y-websocket protocol so
 * any stock y-websocket client can join. It accepts WebSocket upgrades, checks the board id, runs
 * the onAuthenticate hooks, and keeps one Room per board: loaded when its first client arrives,
 * unloaded a short while after its last client leaves.
 */
import { EventEmitter } from 'node:events'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { CLOSE_CODES, SYNC_PATH_PREFIX, isValidBoardId } from '@sceneboard/shared'
import { WebSocketServer, type WebSocket } from 'ws'
import { Connection } from './connection.js'
import { SyncRefusal, type SyncHooks } from './hooks.js'
import { Room } from './room.js'
import { silentLogger, type SyncLogger } from './sync-logger.js'

export interface SyncServerOptions {
  hooks: readonly SyncHooks[]
  /** Largest accepted frame; a larger one closes that client with 4413 (`messageTooBig`). */
  maxMessageBytes: number
  /** How long an empty room stays loaded, in case its clients come back. */
  unloadDelayMs?: number
  /** Interval of WebSocket pings; a client that misses one is dropped. 0 turns pings off. */
  heartbeatMs?: number
  /**
   * How long a connection whose awareness client id another connection claims has to answer a
   * ping before it is dropped (default `CLAIM_GRACE_MS`).
   */
  claimGraceMs?: number
  logger?: SyncLogger
}

interface RoomEntry {
  room: Room
  /** Resolves when the room is loaded; rejects (with SyncRefusal or an error) when it cannot be. */
  ready: Promise<void>
  unloadTimer: NodeJS.Timeout | null
  /** Server-side users of the room (`withRoom`); the room stays loaded while there are any. */
  users: number
}

export interface SyncServerEvents {
  'room-loaded': [boardId: string]
  'room-unloaded': [boardId: string]
}

const INVALID_ID_REASON = 'invalid board id: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -'

const MEBIBYTE = 1024 * 1024

/**
 * The socket's own frame limit, above `maxMessageBytes` so that an oversize frame normally reaches
 * the connection (which closes it with 4413 and a reason), while ws still refuses to buffer
 * anything beyond it (it checks a frame's declared length before reading its payload).
 */
export function hardFrameLimit(maxMessageBytes: number): number {
  return maxMessageBytes + Math.max(maxMessageBytes, 16 * MEBIBYTE)
}

export class SyncServer extends EventEmitter<SyncServerEvents> {
  private readonly wss: WebSocketServer
  private readonly hooks: readonly SyncHooks[]
  private readonly logger: SyncLogger
  private readonly unloadDelayMs: number
  private readonly heartbeatMs: number
  private readonly claimGraceMs: number | undefined
  private readonly maxMessageBytes: number
  private readonly rooms = new Map<string, RoomEntry>()
  private readonly unloading = new Map<string, Promise<void>>()
  private closing = false

  constructor(options: SyncServerOptions) {
    super()
    this.hooks = options.hooks
    this.logger = options.logger ?? silentLogger
    this.unloadDelayMs = options.unloadDelayMs ?? 1_000
    this.heartbeatMs = options.heartbeatMs ?? 30_000
    this.claimGraceMs = options.claimGraceMs
    this.maxMessageBytes = options.maxMessageBytes
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: hardFrameLimit(options.maxMessageBytes),
      perMessageDeflate: false,
    })
  }

  /** Takes an HTTP upgrade request; returns false (leaving the socket alone) for other paths. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (!path.startsWith(SYNC_PATH_PREFIX)) return false
    const boardId = path.slice(SYNC_PATH_PREFIX.length)
    this.wss.handleUpgrade(request, socket, head, (socket) => {
      this.accept(socket, request, boardId).catch((error: unknown) => {
        this.logger.error({ err: error, boardId }, 'accepting a connection failed')
        socket.terminate()
      })
    })
    return true
  }

  /** The loaded room of a board, if any (for server-side changes and tests). */
  room(boardId: string): Room | undefined {
    return this.rooms.get(boardId)?.room
  }

  /**
   * Runs `use` with the board's room, loading it first when no client has it open, so the server
   * can read or change any board (a board that does not exist rejects with SyncRefusal 4404).
   * The room stays loaded while `use` runs and unloads as usual afterwards.
   */
  async withRoom<T>(boardId: string, use: (room: Room) => T | Promise<T>): Promise<T> {
    if (!isValidBoardId(boardId))
      throw new SyncRefusal(CLOSE_CODES.invalidBoardId, 'invalid board id')
    if (this.closing) throw new SyncRefusal(CLOSE_CODES.serverShuttingDown, 'server shutting down')
    const entry = await this.openRoom(boardId)
    entry.users++
    try {
      return await use(entry.room)
    } finally {
      entry.users--
      this.unloadLater(boardId, entry)
    }
  }

  /** Closes a board's clients with `code` and drops its room without storing anything more. */
  closeRoom(boardId: string, code: number, reason: string): void {
    const entry = this.rooms.get(boardId)
    if (!entry) return
    this.forget(boardId, entry)
    entry.ready.then(
      () => entry.room.discard(code, reason),
      () => {},
    )
  }

  /** Closes every client (1001), unloads every room (running its unload hooks) and stops. */
  async close(): Promise<void> {
    this.closing = true
    const entries = [...this.rooms.entries()]
    for (const [boardId, entry] of entries) {
      this.forget(boardId, entry)
      entry.room.closeAll(CLOSE_CODES.serverShuttingDown, 'server shutting down')
    }
    await Promise.all(
      entries.map(([, entry]) =>
        entry.ready.then(
          () => entry.room.unload(),
          () => {},
        ),
      ),
    )
    await Promise.all(this.unloading.values())
    for (const client of this.wss.clients) client.terminate()
    await new Promise<void>((resolve) => this.wss.close(() => resolve()))
  }

  private async accept(
    socket: WebSocket,
    request: IncomingMessage,
    boardId: string,
  ): Promise<void> {
    const connection = new Connection(socket, boardId, {
      onMalformedFrame: (malformed, reason) =>
        malformed.close(CLOSE_CODES.malformedMessage, reason),
      maxMessageBytes: this.maxMessageBytes,
      heartbeatMs: this.heartbeatMs,
    })
    if (!isValidBoardId(boardId)) {
      return connection.close(CLOSE_CODES.invalidBoardId, INVALID_ID_REASON)
    }
    try {
      if (this.closing)
        throw new SyncRefusal(CLOSE_CODES.serverShuttingDown, 'server shutting down')
      for (const hook of this.hooks) await hook.onAuthenticate?.({ boardId, request })
      const entry = await this.openRoom(boardId)
      if (this.closing)
        throw new SyncRefusal(CLOSE_CODES.serverShuttingDown, 'server shutting down')
      if (!connection.isOpen) return this.unloadLater(boardId, entry)
      this.cancelUnload(entry)
      entry.room.join(connection)
    } catch (error) {
      if (error instanceof SyncRefusal) return connection.close(error.code, error.reason)
      this.logger.error({ err: error, boardId }, 'could not open a board')
      connection.close(1011, 'the board could not be opened')
    }
  }

  /** The board's loaded room, loading it (after any unload in progress) when needed. */
  private async openRoom(boardId: string): Promise<RoomEntry> {
    for (;;) {
      const unloading = this.unloading.get(boardId)
      if (unloading) {
        await unloading
        continue
      }
      const entry = this.rooms.get(boardId) ?? this.createRoom(boardId)
      this.cancelUnload(entry)
      await entry.ready
      if (this.rooms.get(boardId) === entry) return entry
    }
  }

  private createRoom(boardId: string): RoomEntry {
    const room = new Room(
      boardId,
      this.hooks,
      this.logger,
      {
        empty: () => this.unloadLater(boardId, entry),
        failed: () => {
          // Clients reconnect to a fresh room loaded from what was stored.
          this.forget(boardId, entry)
          this.startUnload(boardId, entry)
        },
      },
      { claimGraceMs: this.claimGraceMs },
    )
    const entry: RoomEntry = { room, ready: room.load(), unloadTimer: null, users: 0 }
    this.rooms.set(boardId, entry)
    entry.ready.then(
      () => this.emit('room-loaded', boardId),
      (error: unknown) => {
        if (!(error instanceof SyncRefusal)) {
          this.logger.error({ err: error, boardId }, 'loading a board failed')
        }
        this.forget(boardId, entry)
        room.discard(1011, 'the board could not be opened')
      },
    )
    return entry
  }

  private unloadLater(boardId: string, entry: RoomEntry): void {
    if (this.closing || entry.unloadTimer || this.inUse(entry)) return
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null
      if (this.rooms.get(boardId) !== entry || this.inUse(entry)) return
      this.forget(boardId, entry)
      this.startUnload(boardId, entry)
    }, this.unloadDelayMs)
  }

  private startUnload(boardId: string, entry: RoomEntry): void {
    const done = entry.room
      .unload()
      .catch((error: unknown) =>
        this.logger.error({ err: error, boardId }, 'unloading a board failed'),
      )
      .finally(() => {
        if (this.unloading.get(boardId) === done) this.unloading.delete(boardId)
        this.emit('room-unloaded', boardId)
      })
    this.unloading.set(boardId, done)
  }

  private inUse(entry: RoomEntry): boolean {
    return entry.room.connectionCount > 0 || entry.users > 0
  }

  private cancelUnload(entry: RoomEntry): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
    entry.unloadTimer = null
  }

  private forget(boardId: string, entry: RoomEntry): void {
    this.cancelUnload(entry)
    if (this.rooms.get(boardId) === entry) this.rooms.delete(boardId)
  }
}
