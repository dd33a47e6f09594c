/**
 * Starts the painting thread (painter-thread-worker.ts; see painter-thread.ts).
 *
 * Plain JavaScript on purpose: a worker thread loads its first file with plain Node. When the
 * painter is TypeScript source, as it is in this repository, a TypeScript loader is registered in
 * the thread first: tsx, a dependency of this package (the server, the benchmarks and the tests
 * run under it too). Should it fail to load, the thread fails to start and renders paint on the
 * caller's thread instead.
 */
import { workerData } from 'node:worker_threads'

const { moduleUrl } = workerData
if (moduleUrl.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api')
  register()
}
await import(moduleUrl)
