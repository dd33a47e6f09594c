import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_WORKFLOW,
  checkWorkflow,
  fillWorkflow,
  loadWorkflowFile,
  placeholdersIn,
  type ComfyGraph,
} from './comfyui-workflow.js'

const values = {
  prompt: 'A keeper winds the lamp.',
  negative: 'blurry',
  seed: 42,
  frames: 65,
  width: 832,
  height: 480,
  fps: 16,
}
const minimal = (text: unknown = '{{prompt}}'): ComfyGraph => ({
  '1': { class_type: 'CLIPTextEncode', inputs: { text, clip: ['2', 0] } },
  '2': { class_type: 'CLIPLoader', inputs: { clip_name: 'umt5.safetensors', type: 'wan' } },
})

describe('filling a workflow', () => {
  it('puts whole placeholders in as values and splices them into longer text', () => {
    const graph = minimal('{{prompt}} Shot at {{fps}} fps.')
    graph['3'] = { class_type: 'KSampler', inputs: { seed: '{{ seed }}', model: ['1', 0] } }
    const filled = fillWorkflow(graph, values)
    expect(filled['1']?.inputs.text).toBe('A keeper winds the lamp. Shot at 16 fps.')
    expect(filled['3']?.inputs.seed).toBe(42)
    expect(filled['1']?.inputs.clip).toEqual(['2', 0])
    expect(graph['3']?.inputs.seed).toBe('{{ seed }}') // the template is left as it was
  })

  it('uses every placeholder in the built-in template', () => {
    expect([...placeholdersIn(BUILT_IN_WORKFLOW.graph)].sort()).toEqual([
      'fps',
      'frames',
      'height',
      'negative',
      'prompt',
      'seed',
      'width',
    ])
    const filled = JSON.stringify(fillWorkflow(BUILT_IN_WORKFLOW.graph, values))
    expect(filled).not.toContain('{{')
  })
})

describe('checking a workflow', () => {
  it('accepts an API-format graph with a {{prompt}}', () => {
    expect(checkWorkflow(minimal())).toEqual(minimal())
    expect(() => checkWorkflow(BUILT_IN_WORKFLOW.graph)).not.toThrow()
  })

  it.each([
    ['a list', [], 'is not a JSON object of nodes'],
    ['no nodes', {}, 'has no nodes'],
    [
      'a graph saved from the editor',
      { nodes: [], links: [], version: 0.4 },
      'is a workflow saved from the editor, not the API format: export it with Workflow > Export (API)',
    ],
    [
      'a node without class_type',
      { '1': { inputs: {} } },
      'node "1" has no class_type and inputs: not an API-format workflow',
    ],
    [
      'a link to a missing node',
      { '1': { class_type: 'VAEDecode', inputs: { samples: ['9', 0], text: '{{prompt}}' } } },
      'node "1" (VAEDecode) input "samples" links to a missing node "9"',
    ],
    [
      'an unknown placeholder',
      minimal('{{prompt}} {{mood}}'),
      'has unknown placeholders {{mood}} (known: {{prompt}}, {{negative}}, {{seed}}, {{frames}}, {{width}}, {{height}}, {{fps}})',
    ],
    [
      'no {{prompt}}',
      minimal('a fixed text'),
      'has no {{prompt}} placeholder, so the shot description would never reach it',
    ],
  ])('refuses %s, saying why', (_name, graph, message) => {
    expect(() => checkWorkflow(graph)).toThrow(message)
  })
})

describe('loading a workflow file', () => {
  const file = async (name: string, text: string) => {
    const path = join(await mkdtemp(join(tmpdir(), 'workflow-')), name)
    await writeFile(path, text)
    return path
  }

  it('names the variable and the file in every problem', async () => {
    const missing = join(tmpdir(), 'no-such-workflow.json')
    expect(() => loadWorkflowFile(missing)).toThrow(
      `COMFYUI_WORKFLOW (${missing}) cannot be read: ENOENT`,
    )
    const notJson = await file('shot.json', '{"1": ')
    expect(() => loadWorkflowFile(notJson)).toThrow(`COMFYUI_WORKFLOW (${notJson}) is not JSON:`)
    const ui = await file('ui.json', JSON.stringify({ nodes: [], links: [] }))
    expect(() => loadWorkflowFile(ui)).toThrow(`COMFYUI_WORKFLOW (${ui}) is a workflow saved from`)
  })

  it('lists a good file as the "workflow" model, labelled with its name', async () => {
    const path = await file('my-ltx.json', JSON.stringify(minimal()))
    expect(loadWorkflowFile(path)).toEqual({
      id: 'workflow',
      label: 'Workflow my-ltx.json',
      graph: minimal(),
    })
  })
})
