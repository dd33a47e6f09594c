/**
 * The scene cards in film order, as the views of the whole film read them (the sequence strip,
 * the player): ids in the order that are not scene cards on the canvas (deleted, not synced
 * yet) are left out. Pure; `use-sequence-cards.ts` keeps it live.
 */
import { isSceneCard, type ShotSpec } from '@sceneboard/shared'

export interface SequenceCard {
  id: string
  title: string
  durationSeconds: number
  /** The take the card shows; null until one is chosen. */
  selectedTakeId: string | null
  spec: ShotSpec
}

export function sequenceCards(
  order: readonly string[],
  shapeOf: (id: string) => { typeName?: string; type?: string } | undefined,
): SequenceCard[] {
  return order.flatMap((id) => {
    const shape = shapeOf(id)
    return shape && isSceneCard(shape)
      ? [
          {
            id,
            title: shape.props.title,
            durationSeconds: shape.props.spec.durationSeconds,
            selectedTakeId: shape.props.selectedTakeId,
            spec: shape.props.spec,
          },
        ]
      : []
  })
}
