/** The sample film's shots, for tests that check what the renderer makes of them. */
import { buildSampleBoard, type ShotSpec } from '@sceneboard/shared'

/** The shot description of the sample film's shot `shot` (1 is the first). */
export function sampleSpec(shot: number): ShotSpec {
  const cards = buildSampleBoard().records.filter(
    (record) => record.typeName === 'shape' && record.type === 'scene-card',
  )
  const card = cards[shot - 1] as unknown as { props: { spec: ShotSpec } } | undefined
  if (!card) throw new Error(`the sample board has no shot ${shot}`)
  return card.props.spec
}
