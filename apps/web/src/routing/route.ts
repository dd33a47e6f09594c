/** The app's two pages and how a URL path maps onto them (no router dependency). */
import { isValidBoardId } from '@sceneboard/shared'

export type Route =
  | { page: 'home' }
  | { page: 'board'; boardId: string }
  | { page: 'invalid-board'; rawId: string }
  | { page: 'not-found'; path: string }

const BOARD_PREFIX = '/b/'

export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '' || path === '/') return { page: 'home' }
  if (path.startsWith(BOARD_PREFIX)) {
    let rawId = path.slice(BOARD_PREFIX.length)
    try {
      rawId = decodeURIComponent(rawId)
    } catch {
      // A malformed escape stays as typed; it fails the id check below.
    }
    return isValidBoardId(rawId)
      ? { page: 'board', boardId: rawId }
      : { page: 'invalid-board', rawId }
  }
  return { page: 'not-found', path }
}

export function boardPath(boardId: string): string {
  return `${BOARD_PREFIX}${encodeURIComponent(boardId)}`
}
