import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      'packages/shared',
      'packages/providers',
      'packages/previs',
      'packages/exporters',
      'apps/server',
      'apps/web',
    ],
  },
})
