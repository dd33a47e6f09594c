/** Runs every benchmark in this folder; each prints its own ratios against a peer measured in the same run. */
import { runAnimaticExportBench } from './animatic-export.bench.js'
import { runPrevisRenderBench } from './previs-render.bench.js'
import { runRecordLayoutBench } from './record-layout.bench.js'

runRecordLayoutBench()
await runPrevisRenderBench()
await runAnimaticExportBench()
