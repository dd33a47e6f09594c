/** History-based navigation: `navigate` pushes a path, `useLocationPath` re-renders on change. */
import { useSyncExternalStore } from 'react'

const NAVIGATE_EVENT = 'sceneboard:navigate'

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return
  if (options.replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}
