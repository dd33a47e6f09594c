import { beforeEach, describe, expect, it } from 'vitest'
import { useUiStore } from './ui-store'

describe('ui store', () => {
  beforeEach(() => {
    useUiStore.setState({ inspectorOpen: true, sequenceCollapsed: false, quickEditField: 'title' })
  })

  it('toggles the inspector and the sequence strip', () => {
    useUiStore.getState().toggleInspector()
    useUiStore.getState().toggleSequence()
    expect(useUiStore.getState()).toMatchObject({ inspectorOpen: false, sequenceCollapsed: true })
  })

  it('remembers which card field a press aimed at', () => {
    useUiStore.getState().setQuickEditField('subject')
    expect(useUiStore.getState().quickEditField).toBe('subject')
  })
})
