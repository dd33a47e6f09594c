/**
 * Runs every benchmark in this folder, or those named on the command line (`pnpm bench previs`);
 * each prints its own ratios against a peer measured in the same run.
 */
import { runAnimaticExportBench } from './animatic-export.bench.js'
import { runPrevisRenderBench } from './previs-render.bench.js'
import { runRecordLayoutBench } from './record-layout.bench.js'

const BENCHMARKS: Record<string, () => void | Promise<void>> = {
  'record-layout': runRecordLayoutBench,
  'previs-render': runPrevisRenderBench,
  'animatic-export': runAnimaticExportBench,
}

const asked = process.argv.slice(2).filter((arg) => arg !== '--')
const chosen = Object.keys(BENCHMARKS).filter(
  (name) => asked.length === 0 || asked.some((word) => name.includes(word)),
)
if (chosen.length === 0) {
  console.error(
    `no benchmark matches ${asked.join(' ')}; there are: ${Object.keys(BENCHMARKS).join(', ')}`,
  )
  process.exit(2)
}
for (const name of chosen) await BENCHMARKS[name]?.()
