/**
 * Full screen for the player: the browser's own full-screen mode on the player's element, kept
 * in step with the player store both ways (leaving with Esc or the browser's controls turns the
 * store's flag off). Where the browser refuses (a frame without permission, say), the player
 * still fills the window through its `data-fullscreen` styles.
 */
import { useEffect, type RefObject } from 'react'

export function useBrowserFullscreen(
  element: RefObject<HTMLElement | null>,
  wanted: boolean,
  setWanted: (value: boolean) => void,
): void {
  useEffect(() => {
    const node = element.current
    if (!node) return
    if (wanted && document.fullscreenElement !== node && document.fullscreenEnabled) {
      node.requestFullscreen().catch(() => {
        // Refused: the window-filling layout stays.
      })
    } else if (!wanted && document.fullscreenElement === node) {
      void document.exitFullscreen().catch(() => {})
    }
  }, [element, wanted])

  useEffect(() => {
    const node = element.current
    if (!node) return
    // Read the state when the event arrives, not a remembered one: the change events come an
    // animation frame late, so entering and leaving quickly can deliver both after the fact.
    const onChange = () => {
      if (document.fullscreenElement !== node) setWanted(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      if (document.fullscreenElement === node) void document.exitFullscreen().catch(() => {})
    }
  }, [element, setWanted])
}
