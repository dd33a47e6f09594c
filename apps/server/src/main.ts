/**
 * Starts the Sceneboard server: reads the configuration, listens, prints the URL, and on SIGINT
 * or SIGTERM closes cleanly (clients told, every board stored and compacted). A second signal
 * exits at once. Readiness: the line "Sceneboard is running at <url>" on stdout, and /healthz.
 */
import { createApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'

function readConfig() {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

function buildApp() {
  try {
    return createApp(readConfig())
  } catch (error) {
    console.error('Sceneboard could not start:', error instanceof Error ? error.message : error)
    process.exit(1)
  }
}

const app = buildApp()

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1)
    stopping = true
    console.log(`${signal}: closing (press Ctrl-C again to stop at once)`)
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('closing failed', error)
        process.exit(1)
      },
    )
  })
}

try {
  const url = await app.listen()
  console.log(`Sceneboard is running at ${url}`)
} catch (error) {
  console.error('Sceneboard could not start:', error instanceof Error ? error.message : error)
  await app.close().catch(() => {})
  process.exit(1)
}
