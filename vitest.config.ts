import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/shared', 'packages/providers', 'apps/server', 'apps/web'],
  },
})
