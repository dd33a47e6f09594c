/**
 * The provider, model and number of variations last chosen for Generate, remembered in this
 * browser (not part of any board: each person keeps their own).
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { GenerationChoice } from './generate-request'
import type { RememberedChoice } from './provider-choice'
import { browserStorage } from '../state/browser-storage'

interface GenerationSettings extends RememberedChoice {
  remember(choice: GenerationChoice): void
}

export const useGenerationSettings = create<GenerationSettings>()(
  persist(
    (set) => ({
      provider: null,
      model: null,
      variations: 1,
      remember: (choice) =>
        set({ provider: choice.provider, model: choice.model, variations: choice.variations }),
    }),
    {
      name: 'sceneboard:generation',
      storage: createJSONStorage(browserStorage),
      partialize: ({ provider, model, variations }) => ({ provider, model, variations }),
    },
  ),
)
