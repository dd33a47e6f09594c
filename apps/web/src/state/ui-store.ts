/**
 * UI-only state of the board page: which panels are open and which card field a double-click
 * aimed at. Nothing here is part of the board document; panel choices are remembered per browser.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { browserStorage } from './browser-storage'

/** The card fields that can be edited on the card face itself. */
export type CardQuickField = 'title' | 'subject'

/** The inspector's two views of a card: its shot description, and its takes. */
export type InspectorTab = 'shot' | 'takes'

export interface UiState {
  /** The inspector shows when this is on and exactly one scene card is selected. */
  inspectorOpen: boolean
  /** The sequence strip shows only its header when collapsed. */
  sequenceCollapsed: boolean
  /** The card field under the pointer when a card was last pressed: where editing starts. */
  quickEditField: CardQuickField
  inspectorTab: InspectorTab
  setInspectorOpen(open: boolean): void
  toggleInspector(): void
  setSequenceCollapsed(collapsed: boolean): void
  toggleSequence(): void
  setQuickEditField(field: CardQuickField): void
  setInspectorTab(tab: InspectorTab): void
  /** Opens the inspector on `tab` (the card to show is the selected one). */
  showInspector(tab: InspectorTab): void
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      inspectorOpen: true,
      sequenceCollapsed: false,
      quickEditField: 'title',
      inspectorTab: 'shot',
      setInspectorOpen: (open) => set({ inspectorOpen: open }),
      toggleInspector: () => set((state) => ({ inspectorOpen: !state.inspectorOpen })),
      setSequenceCollapsed: (collapsed) => set({ sequenceCollapsed: collapsed }),
      toggleSequence: () => set((state) => ({ sequenceCollapsed: !state.sequenceCollapsed })),
      setQuickEditField: (field) => set({ quickEditField: field }),
      setInspectorTab: (tab) => set({ inspectorTab: tab }),
      showInspector: (tab) => set({ inspectorOpen: true, inspectorTab: tab }),
    }),
    {
      name: 'sceneboard:ui',
      storage: createJSONStorage(browserStorage),
      partialize: (state) => ({
        inspectorOpen: state.inspectorOpen,
        sequenceCollapsed: state.sequenceCollapsed,
      }),
    },
  ),
)
