/**
 * One client's WebSocket on the sync endpoint: sending, closing with a code and reason, a
 * heartbeat that drops peers that stopped answering (and a liveness check on demand, with its own
 * grace), and the awareness client ids it speaks for.
 * Messages that arrive before the connection is attached to a loaded room wait in order.
 *
 * A frame over the message limit closes the connection with 4413 (`messageTooBig`) and a reason
 * naming the limit: a 44xx code, so stock y-websocket clients do not reconnect and resend it.
 * The socket's own hard limit (ws `maxPayload`, above this one) only bounds memory.
 */
import { CLOSE_CODES } from '@sceneboard/shared'
import type { WebSocket } from 'ws'

/** Close reasons are limited to 123 bytes by the WebSocket protocol. */
const MAX_REASON_BYTES = 123

function fitReason(reason: string): string {
  let fitted = reason
  while (Buffer.byteLength(fitted) > MAX_REASON_BYTES) fitted = fitted.slice(0, -1)
  return fitted
}

export type MessageListener = (data: Uint8Array) => void

export interface ConnectionOptions {
  /** Called for a frame that is not binary; the connection should be closed. */
  onMalformedFrame: (connection: Connection, reason: string) => void
  /** Largest frame accepted, in bytes. */
  maxMessageBytes: number
  /** Interval of pings; 0 turns them off. */
  heartbeatMs: number
}

/** The close reason for an oversize frame (at most 123 bytes). */
export function messageTooBigReason(limit: number): string {
  return `message too big: the limit is ${limit} bytes`
}

export class Connection {
  /** Awareness client ids whose state this connection set (removed when it leaves). */
  readonly awarenessClients = new Set<number>()
  private listener: MessageListener | null = null
  private readonly waiting: Uint8Array[] = []
  private closed = false
  private alive = true
  private heartbeat: NodeJS.Timeout | null = null
  /** The liveness check running now (`answersPing`), and how to settle it. */
  private pingCheck: Promise<boolean> | null = null
  private settlePingCheck: ((alive: boolean) => void) | null = null

  constructor(
    readonly socket: WebSocket,
    readonly boardId: string,
    options: ConnectionOptions,
  ) {
    const { onMalformedFrame, maxMessageBytes, heartbeatMs } = options
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data, isBinary) => {
      if (this.closed) return
      if (!isBinary) return onMalformedFrame(this, 'malformed message: expected binary frames')
      if ((data as Buffer).byteLength > maxMessageBytes) {
        return this.close(CLOSE_CODES.messageTooBig, messageTooBigReason(maxMessageBytes))
      }
      const bytes = new Uint8Array(data as Buffer)
      if (this.listener) this.listener(bytes)
      else this.waiting.push(bytes)
    })
    socket.on('pong', () => {
      this.alive = true
      this.settlePingCheck?.(true)
    })
    socket.on('close', () => this.markClosed())
    // ws reports protocol errors (a frame over its hard limit among them) here, then closes the
    // socket itself (1009).
    socket.on('error', () => {})
    if (heartbeatMs > 0) {
      this.heartbeat = setInterval(() => {
        if (!this.alive) return void this.socket.terminate()
        this.alive = false
        this.socket.ping()
      }, heartbeatMs)
      this.heartbeat.unref()
    }
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN
  }

  /** Delivers this connection's messages to `listener`, starting with those that waited. */
  attach(listener: MessageListener): void {
    this.listener = listener
    while (this.waiting.length > 0 && !this.closed) listener(this.waiting.shift()!)
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return
    this.socket.send(message, (error) => {
      if (error) this.close(1011, 'send failed')
    })
  }

  close(code: number, reason: string): void {
    if (this.closed) return
    this.markClosed()
    this.socket.close(code, fitReason(reason))
    // A peer that never answers the closing handshake is cut off.
    setTimeout(() => this.socket.terminate(), 5_000).unref()
  }

  /**
   * Whether the peer still answers: pings it now and resolves `true` at the next pong, or `false`
   * when none came within `graceMs` (the socket is then terminated, as the heartbeat does) or the
   * socket closed. Calls while a check runs share it. The heartbeat's own flag is left alone, so a
   * check never shortens the heartbeat's interval.
   */
  answersPing(graceMs: number): Promise<boolean> {
    if (!this.isOpen) return Promise.resolve(false)
    this.pingCheck ??= new Promise<boolean>((resolve) => {
      let settled = false
      const timer = setTimeout(() => {
        // After a busy spell, timers run before sockets are read: a pong that arrived in time is
        // read first, and settles the check.
        setImmediate(() => {
          if (settled) return
          settle(false)
          this.socket.terminate()
        })
      }, graceMs)
      timer.unref()
      const settle = (alive: boolean) => {
        settled = true
        clearTimeout(timer)
        this.pingCheck = null
        this.settlePingCheck = null
        resolve(alive)
      }
      this.settlePingCheck = settle
      this.socket.ping()
    })
    return this.pingCheck
  }

  /** Runs `listener` once the socket is closed (at once when it already is). */
  onClose(listener: () => void): void {
    if (this.socket.readyState === this.socket.CLOSED) listener()
    else this.socket.once('close', listener)
  }

  private markClosed(): void {
    this.closed = true
    this.waiting.length = 0
    this.settlePingCheck?.(false)
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
  }
}
