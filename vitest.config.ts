import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/shared', 'packages/providers', 'packages/previs', 'apps/server', 'apps/web'],
  },
})
