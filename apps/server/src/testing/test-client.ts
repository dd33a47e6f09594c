/**
 * Clients for tests: a stock y-websocket WebsocketProvider from Node (with the YKeyValue reader
 * the web app uses), and a raw WebSocket for sending frames no well-behaved client would send.
 */
import { once } from 'node:events'
import { MESSAGE_REJECTED, recordsArray, type RejectionNotice } from '@sceneboard/shared'
import * as decoding from 'lib0/decoding'
import { WebSocket, type ClientOptions } from 'ws'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface CloseInfo {
  code: number
  reason: string
}

export class TestClient {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  /** The records as the web app reads them (rightmost entry per key wins). */
  readonly kv: YKeyValue<Record<string, unknown>>
  readonly rejections: RejectionNotice[] = []
  private readonly rejectionWaiters: Array<(notice: RejectionNotice) => void> = []

  constructor(syncUrl: string, boardId: string) {
    this.kv = new YKeyValue(recordsArray<Record<string, unknown>>(this.doc))
    this.provider = new WebsocketProvider(syncUrl, boardId, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      // Node has BroadcastChannel: without this, clients in one process would bypass the server.
      disableBc: true,
      maxBackoffTime: 200,
    })
    this.provider.messageHandlers[MESSAGE_REJECTED] = (_encoder, decoder) => {
      const notice = JSON.parse(decoding.readVarString(decoder)) as RejectionNotice
      this.rejections.push(notice)
      for (const waiter of this.rejectionWaiters.splice(0)) waiter(notice)
    }
  }

  /** Resolves once the provider is synced with the server (now, or at the next sync). */
  synced(): Promise<void> {
    if (this.provider.synced) return Promise.resolve()
    return new Promise((resolve) => {
      const onSync = (state: boolean) => {
        if (!state) return
        this.provider.off('sync', onSync)
        resolve()
      }
      this.provider.on('sync', onSync)
    })
  }

  /** Resolves with the code and reason of the next close of the provider's socket. */
  nextClose(): Promise<CloseInfo> {
    return new Promise((resolve) => {
      const onClose = (event: { code: number; reason: string } | null) => {
        this.provider.off('connection-close', onClose)
        resolve({ code: event?.code ?? 0, reason: String(event?.reason ?? '') })
      }
      this.provider.on('connection-close', onClose)
    })
  }

  nextRejection(): Promise<RejectionNotice> {
    return new Promise((resolve) => this.rejectionWaiters.push(resolve))
  }

  /** Resolves when `check()` holds, testing it after every change to the doc. */
  until(check: () => boolean): Promise<void> {
    return untilDoc(this.doc, check)
  }

  record(id: string): Record<string, unknown> | undefined {
    return this.kv.get(id)
  }

  destroy(): void {
    this.provider.destroy()
    this.doc.destroy()
  }
}

/** Resolves when `check()` holds, testing it now and after every update of `doc`. */
export function untilDoc(doc: Y.Doc, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve()
  return new Promise((resolve) => {
    const onUpdate = () => {
      if (!check()) return
      doc.off('afterTransaction', onUpdate)
      resolve()
    }
    doc.on('afterTransaction', onUpdate)
  })
}

/** Connects a client and waits until it is synced. */
export async function syncedClient(syncUrl: string, boardId: string): Promise<TestClient> {
  const client = new TestClient(syncUrl, boardId)
  await client.synced()
  return client
}

/**
 * A bare WebSocket to the sync endpoint, for frames no well-behaved client sends. Every message
 * is kept from the first one on (some arrive in the same tick as the socket opens).
 */
export class RawClient {
  readonly messages: Uint8Array[] = []
  private readonly waiters = new Set<() => void>()

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.messages.push(new Uint8Array(data))
      for (const waiter of this.waiters) waiter()
    })
  }

  /** `options.autoPong: false` makes a half-dead socket: open, but never answering pings. */
  static async open(syncUrl: string, boardId: string, options?: ClientOptions): Promise<RawClient> {
    const client = new RawClient(new WebSocket(`${syncUrl}/${boardId}`, options))
    await once(client.socket, 'open')
    return client
  }

  /** Resolves with the first message (received before or after the call) that `matches`. */
  message(matches: (message: Uint8Array) => boolean, after = 0): Promise<Uint8Array> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.messages.slice(after).find(matches)
        if (!found) return
        this.waiters.delete(check)
        resolve(found)
      }
      this.waiters.add(check)
      check()
    })
  }

  send(bytes: Uint8Array | string): void {
    this.socket.send(bytes)
  }

  closed(): Promise<CloseInfo> {
    return closeOf(this.socket)
  }

  close(): void {
    this.socket.close()
  }
}

/** Opens a socket to `url` and resolves with the code and reason it is closed with. */
export async function closeOfNew(url: string): Promise<CloseInfo> {
  const socket = new WebSocket(url)
  socket.on('error', () => {})
  return closeOf(socket)
}

/** Resolves with the code and reason the server closed `socket` with. */
export async function closeOf(socket: WebSocket): Promise<CloseInfo> {
  if (socket.readyState === socket.CLOSED) throw new Error('socket already closed')
  const [code, reason] = (await once(socket, 'close')) as [number, Buffer]
  return { code, reason: reason.toString() }
}
