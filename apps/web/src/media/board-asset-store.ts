/**
 * Where tldraw puts the pictures and videos dropped or pasted on the canvas: the server's clip
 * store (`POST /api/boards/:id/media`), so the board document holds a short `/clips/...` URL
 * instead of a base64 data URL that would bloat it past the sync message limit.
 */
import type { TLAssetStore } from 'tldraw'
import { uploadMedia } from '../api/media-api'

export function createBoardAssetStore(boardId: string): TLAssetStore {
  return {
    async upload(_asset, file, abortSignal) {
      const media = await uploadMedia(boardId, file, { signal: abortSignal })
      return { src: media.url }
    },
    resolve(asset) {
      return asset.props.src
    },
  }
}
