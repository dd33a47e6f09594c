/**
 * The workflow graph the ComfyUI adapter queues: ComfyUI's API format (node id -> {class_type,
 * inputs}, a link being [node id, output index]) with placeholders such as "{{prompt}}" where
 * the shot's values go. A placeholder that is a whole string value becomes the value itself (a
 * number for {{seed}}, {{frames}}, {{width}}, {{height}}, {{fps}}); inside a longer string it is
 * spliced in as text ("{{prompt}}, film grain").
 *
 * The built-in template is Wan 2.1 text-to-video 1.3B made of core nodes only; COMFYUI_WORKFLOW
 * names a file with the user's own graph instead, checked once at boot.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

export interface ComfyNode {
  class_type: string
  inputs: Record<string, unknown>
  _meta?: { title?: string }
}

/** An API-format workflow: node id -> node. */
export type ComfyGraph = Record<string, ComfyNode>

export interface WorkflowValues {
  prompt: string
  negative: string
  seed: number
  frames: number
  width: number
  height: number
  fps: number
}

export const PLACEHOLDERS: readonly (keyof WorkflowValues)[] = [
  'prompt',
  'negative',
  'seed',
  'frames',
  'width',
  'height',
  'fps',
]

export interface ComfyWorkflow {
  /** The model id the adapter lists for it. */
  id: string
  label: string
  graph: ComfyGraph
}

/** The model files the built-in template loads, as ComfyUI's own Wan 2.1 example names them. */
export const WAN_T2V_FILES = {
  diffusionModel: 'wan2.1_t2v_1.3B_fp16.safetensors',
  textEncoder: 'umt5_xxl_fp8_e4m3fn_scaled.safetensors',
  vae: 'wan_2.1_vae.safetensors',
} as const

const link = (node: string, output = 0) => [node, output]

export const BUILT_IN_WORKFLOW: ComfyWorkflow = {
  id: 'wan2.1-t2v-1.3b',
  label: 'Wan 2.1 text to video 1.3B (built-in workflow)',
  graph: {
    '1': {
      class_type: 'UNETLoader',
      inputs: { unet_name: WAN_T2V_FILES.diffusionModel, weight_dtype: 'default' },
    },
    '2': {
      class_type: 'CLIPLoader',
      inputs: { clip_name: WAN_T2V_FILES.textEncoder, type: 'wan', device: 'default' },
    },
    '3': { class_type: 'VAELoader', inputs: { vae_name: WAN_T2V_FILES.vae } },
    '4': { class_type: 'ModelSamplingSD3', inputs: { shift: 8, model: link('1') } },
    '5': {
      class_type: 'CLIPTextEncode',
      inputs: { text: '{{prompt}}', clip: link('2') },
      _meta: { title: 'Prompt' },
    },
    '6': {
      class_type: 'CLIPTextEncode',
      inputs: { text: '{{negative}}', clip: link('2') },
      _meta: { title: 'Negative prompt' },
    },
    '7': {
      class_type: 'EmptyHunyuanLatentVideo',
      inputs: { width: '{{width}}', height: '{{height}}', length: '{{frames}}', batch_size: 1 },
    },
    '8': {
      class_type: 'KSampler',
      inputs: {
        seed: '{{seed}}',
        steps: 30,
        cfg: 6,
        sampler_name: 'uni_pc',
        scheduler: 'simple',
        denoise: 1,
        model: link('4'),
        positive: link('5'),
        negative: link('6'),
        latent_image: link('7'),
      },
    },
    '9': { class_type: 'VAEDecode', inputs: { samples: link('8'), vae: link('3') } },
    '10': { class_type: 'CreateVideo', inputs: { images: link('9'), fps: '{{fps}}' } },
    '11': {
      class_type: 'SaveVideo',
      inputs: {
        video: link('10'),
        filename_prefix: 'sceneboard/clip',
        format: 'mp4',
        codec: 'h264',
      },
    },
  },
}

const WHOLE = /^\{\{\s*(\w+)\s*\}\}$/
const ANY = /\{\{\s*(\w+)\s*\}\}/g

/** A copy of `graph` with every placeholder replaced by its value. */
export function fillWorkflow(graph: ComfyGraph, values: WorkflowValues): ComfyGraph {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = WHOLE.exec(value)?.[1]
      if (whole !== undefined && whole in values) return values[whole as keyof WorkflowValues]
      return value.replace(ANY, (text, name: string) =>
        name in values ? String(values[name as keyof WorkflowValues]) : text,
      )
    }
    if (Array.isArray(value)) return value.map(fill)
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]))
    }
    return value
  }
  return fill(graph) as ComfyGraph
}

/** Every placeholder name used anywhere in the graph. */
export function placeholdersIn(graph: ComfyGraph): Set<string> {
  const found = new Set<string>()
  for (const match of JSON.stringify(graph).matchAll(ANY)) found.add(match[1] ?? '')
  return found
}

/**
 * Checks that `value` is an API-format workflow the adapter can fill, and returns it typed.
 * Throws an Error that says what is wrong and, for a graph saved from the editor, how to export
 * the API format instead.
 */
export function checkWorkflow(value: unknown): ComfyGraph {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('is not a JSON object of nodes')
  }
  const object = value as Record<string, unknown>
  if (Array.isArray(object.nodes) && Array.isArray(object.links)) {
    throw new Error(
      'is a workflow saved from the editor, not the API format: export it with Workflow > Export (API)',
    )
  }
  const ids = Object.keys(object)
  if (ids.length === 0) throw new Error('has no nodes')
  for (const [id, node] of Object.entries(object)) {
    const { class_type: type, inputs } = (node ?? {}) as Partial<ComfyNode>
    if (typeof type !== 'string' || typeof inputs !== 'object' || inputs === null) {
      throw new Error(`node "${id}" has no class_type and inputs: not an API-format workflow`)
    }
    for (const [name, input] of Object.entries(inputs)) {
      const isLink =
        Array.isArray(input) &&
        input.length === 2 &&
        typeof input[0] === 'string' &&
        typeof input[1] === 'number'
      if (isLink && !(input[0] in object)) {
        throw new Error(
          `node "${id}" (${type}) input "${name}" links to a missing node "${input[0]}"`,
        )
      }
    }
  }
  const graph = object as ComfyGraph
  const used = placeholdersIn(graph)
  const unknown = [...used].filter((name) => !PLACEHOLDERS.includes(name as keyof WorkflowValues))
  if (unknown.length > 0) {
    const known = PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')
    throw new Error(
      `has unknown placeholders ${unknown.map((name) => `{{${name}}}`).join(', ')} (known: ${known})`,
    )
  }
  if (!used.has('prompt')) {
    throw new Error('has no {{prompt}} placeholder, so the shot description would never reach it')
  }
  return graph
}

/** Reads and checks a user's workflow file; errors name the variable and the file. */
export function loadWorkflowFile(path: string, variable = 'COMFYUI_WORKFLOW'): ComfyWorkflow {
  const where = `${variable} (${path})`
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`${where} cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`${where} is not JSON: ${(error as Error).message}`)
  }
  try {
    const graph = checkWorkflow(parsed)
    return { id: 'workflow', label: `Workflow ${basename(path)}`, graph }
  } catch (error) {
    throw new Error(`${where} ${(error as Error).message}`)
  }
}
