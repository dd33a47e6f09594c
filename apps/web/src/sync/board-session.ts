/**
 * One open board: its Y.Doc, the y-websocket connection to `/sync/<boardId>`, the tldraw store
 * bound to the document, presence, the sequence, the board title and its shot numbering. Plain TypeScript with a
 * subscription, so React (use-board-sync.ts) and tests can both drive it.
 */
import {
  BOARD_TITLE_MAX,
  CLOSE_CODES,
  META_KEYS,
  SYNC_PATH_PREFIX,
  boardSchema,
  metaMap,
  readBoardTitle,
  readShotNumbering,
  type RejectionNotice,
  type ShotNumberingStyle,
} from '@sceneboard/shared'
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from 'tldraw'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createBoardAssetStore } from '../media/board-asset-store.js'
import { customShapeUtils } from '../shapes/index.js'
import { bindStoreToDoc, BoardSchemaError, type StoreDocBinding } from './bind-store-to-doc.js'
import { bindPresence, renewPresenceOnReconnect } from './presence-binding.js'
import { listenForRejections } from './rejection-channel.js'
import { SequenceModel } from './sequence-model.js'
import { TakesModel } from './takes-model.js'

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'not-found' | 'invalid'

export interface BoardSessionState {
  ready: boolean
  connection: ConnectionState
  title: string
  /** How the board numbers its shots (a board setting everyone shares). */
  shotNumbering: ShotNumberingStyle
  lastRejection: (RejectionNotice & { at: number }) | null
  /** Set when the board cannot be opened by this version of the app. */
  fatalError: string | null
}

export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}${SYNC_PATH_PREFIX.replace(/\/$/, '')}`
}

export class BoardSession {
  readonly doc = new Y.Doc()
  readonly store: TLStore
  readonly provider: WebsocketProvider
  readonly sequence: SequenceModel
  /** The cards' takes (the document's `takes` root, written by the server). */
  readonly takes: TakesModel
  private binding: StoreDocBinding | null = null
  private stopPresence: (() => void) | null = null
  private readonly stopRenewingPresence: () => void
  private readonly listeners = new Set<() => void>()
  private holders = 0
  private disposed = false
  private pendingDispose: ReturnType<typeof setTimeout> | undefined = undefined
  private state: BoardSessionState = {
    ready: false,
    connection: 'connecting',
    title: '',
    shotNumbering: 'plain',
    lastRejection: null,
    fatalError: null,
  }

  constructor(
    readonly boardId: string,
    serverUrl: string = syncServerUrl(window.location),
  ) {
    this.store = createTLStore({
      schema: boardSchema,
      shapeUtils: [...defaultShapeUtils, ...customShapeUtils],
      bindingUtils: defaultBindingUtils,
      // Dropped and pasted files go to the server's clip store, not into the document.
      assets: createBoardAssetStore(boardId),
    })
    this.sequence = new SequenceModel(this.store, this.doc)
    this.takes = new TakesModel(this.doc)
    this.provider = new WebsocketProvider(serverUrl, boardId, this.doc, {
      connect: false,
      disableBc: true,
    })
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.update({ connection: 'online' })
      else if (this.state.connection === 'online' || status === 'disconnected') {
        if (this.state.connection !== 'not-found' && this.state.connection !== 'invalid') {
          this.update({ connection: 'offline' })
        }
      }
    })
    this.stopRenewingPresence = renewPresenceOnReconnect(this.provider)
    this.provider.on('connection-close', () => {
      if (this.state.connection === 'connecting') this.update({ connection: 'offline' })
    })
    this.provider.on('closed', ({ code }) => {
      this.update({
        connection: code === CLOSE_CODES.boardNotFound ? 'not-found' : 'invalid',
      })
    })
    this.provider.on('sync', (synced) => {
      if (synced && !this.binding && !this.state.fatalError) this.start()
    })
    listenForRejections(this.provider, (notice) =>
      this.update({ lastRejection: { ...notice, at: Date.now() } }),
    )
    metaMap(this.doc).observe(this.onMetaChange)
  }

  getState = (): BoardSessionState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  setTitle(title: string): void {
    metaMap(this.doc).set(META_KEYS.title, title.slice(0, BOARD_TITLE_MAX))
  }

  setShotNumbering(style: ShotNumberingStyle): void {
    metaMap(this.doc).set(META_KEYS.shotNumbering, style)
  }

  moveCard(id: string, toIndex: number): void {
    this.sequence.move(id, toIndex)
  }

  /**
   * Connects on the first holder; the last holder's release disposes the session one task later,
   * so an unmount immediately followed by a mount of the same board keeps the connection.
   */
  retain(): void {
    this.holders++
    clearTimeout(this.pendingDispose)
    if (this.holders === 1 && !this.disposed) this.provider.connect()
  }

  release(): void {
    this.holders--
    if (this.holders > 0) return
    this.pendingDispose = setTimeout(() => {
      if (this.holders === 0) this.dispose()
    }, 0)
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.stopPresence?.()
    this.stopRenewingPresence()
    this.binding?.dispose()
    this.sequence.dispose()
    this.takes.dispose()
    metaMap(this.doc).unobserve(this.onMetaChange)
    this.provider.destroy()
    this.listeners.clear()
    this.doc.destroy()
  }

  /** After the first full sync: bind the store and publish presence. */
  private start(): void {
    try {
      this.binding = bindStoreToDoc(this.store, this.doc)
    } catch (error) {
      const message = error instanceof BoardSchemaError ? error.message : String(error)
      this.update({ fatalError: message })
      return
    }
    this.stopPresence = bindPresence(this.store, this.provider.awareness)
    this.update({
      ready: true,
      title: readBoardTitle(this.doc),
      shotNumbering: readShotNumbering(this.doc),
    })
  }

  private onMetaChange = (): void => {
    const title = readBoardTitle(this.doc)
    const shotNumbering = readShotNumbering(this.doc)
    if (title !== this.state.title || shotNumbering !== this.state.shotNumbering) {
      this.update({ title, shotNumbering })
    }
  }

  private update(patch: Partial<BoardSessionState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }
}
