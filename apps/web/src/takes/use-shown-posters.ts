/**
 * The poster each card shows (its shown take's), for views of the whole film such as the
 * sequence strip: re-read whenever any take changes.
 */
import { displayedTake } from '@sceneboard/shared'
import { useSyncExternalStore } from 'react'
import { posterOf } from './take-status'
import { useBoardTakes } from './takes-context'

const noSubscription = () => () => {}
const noVersion = () => 0

export function useShownPosters(
  cards: readonly { id: string; selectedTakeId: string | null }[],
): ReadonlyMap<string, string> {
  const model = useBoardTakes()?.model
  useSyncExternalStore(model?.subscribe ?? noSubscription, model?.getVersion ?? noVersion)
  const posters = new Map<string, string>()
  if (!model) return posters
  for (const card of cards) {
    const poster = posterOf(displayedTake(model.getCardTakes(card.id), card.selectedTakeId))
    if (poster) posters.set(card.id, poster)
  }
  return posters
}
