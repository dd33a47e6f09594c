/**
 * The board's scenes, live: scene cards grouped by the tldraw frame around them. Recomputed as
 * shapes change, but a new value only when the grouping itself changes, so moving a card does
 * not re-render everything that reads the sequence.
 */
import { scenesFromFrames, type SceneGroup } from '@sceneboard/shared'
import { useMemo } from 'react'
import { useValue, type TLStore } from 'tldraw'

export function useBoardScenes(store: TLStore): readonly SceneGroup[] {
  const key = useValue(
    'board scenes',
    () => JSON.stringify(scenesFromFrames(store.query.records('shape').get())),
    [store],
  )
  return useMemo(() => JSON.parse(key) as SceneGroup[], [key])
}
