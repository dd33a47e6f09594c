/**
 * What the generation controls do: start jobs for a card (generate, remix, retry, extend),
 * cancel them, upload files as takes, select and delete takes. Takes appear through the board
 * document, written by the server; these functions only ask for them and report the API's
 * refusals on the card (generation-store.ts).
 */
import { SCENE_CARD_TYPE, isSceneCard, type SceneCardShape, type Take } from '@sceneboard/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { cancelJob, createJobs } from '../api/jobs-api'
import { uploadTakeFile } from '../api/media-api'
import { useUiStore } from '../state/ui-store'
import type { TakesModel } from '../sync/takes-model'
import {
  buildJobRequest,
  extendRequest,
  requesterFrom,
  retryRequest,
  type BuiltRequest,
  type GenerationChoice,
} from './generate-request'
import { useGenerationStore, type CardPatch } from './generation-store'

export interface GenerationDeps {
  editor: Editor
  boardId: string
  takes: TakesModel
}

function card(editor: Editor, cardId: string): SceneCardShape | null {
  const shape = editor.getShape(cardId as TLShapeId)
  return shape && isSceneCard(shape) ? shape : null
}

function requester(editor: Editor) {
  return requesterFrom({ id: editor.user.getId(), name: editor.user.getName() })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function patch(cardId: string, change: CardPatch): void {
  useGenerationStore.getState().patchCard(cardId, change)
}

/** Sends a built request; the card shows "Starting…" until the server answers. */
async function send(cardId: string, built: BuiltRequest): Promise<boolean> {
  if (!built.ok) {
    patch(cardId, { error: built.message })
    return false
  }
  patch(cardId, (state) => ({ starting: state.starting + 1, error: null }))
  try {
    await createJobs(built.request)
    return true
  } catch (error) {
    patch(cardId, { error: messageOf(error) })
    return false
  } finally {
    patch(cardId, (state) => ({ starting: Math.max(0, state.starting - 1) }))
  }
}

/**
 * Generate from the card's shot description with `choice` (null: the server's default). While a
 * remix of one of the card's takes is being prepared, this sends the remix.
 */
export async function generateForCard(
  deps: GenerationDeps,
  cardId: string,
  choice: GenerationChoice | null,
): Promise<boolean> {
  const shape = card(deps.editor, cardId)
  if (!shape) return false
  const { remix, setRemix } = useGenerationStore.getState()
  const remixing = remix?.cardId === cardId && deps.takes.getTake(remix.sourceTakeId) ? remix : null
  const sent = await send(
    cardId,
    buildJobRequest({
      spec: shape.props.spec,
      target: { boardId: deps.boardId, cardId },
      requester: requester(deps.editor),
      choice,
      ...(remixing ? { mode: 'remix' as const, sourceTakeId: remixing.sourceTakeId } : {}),
    }),
  )
  if (sent && remixing && useGenerationStore.getState().remix === remixing) setRemix(null)
  return sent
}

export function retryTake(deps: GenerationDeps, take: Take): Promise<boolean> {
  const target = { boardId: deps.boardId, cardId: take.cardId }
  return send(take.cardId, retryRequest(take, target, requester(deps.editor)))
}

export function extendTake(deps: GenerationDeps, take: Take): Promise<boolean> {
  const target = { boardId: deps.boardId, cardId: take.cardId }
  return send(take.cardId, extendRequest(take, target, requester(deps.editor)))
}

export async function cancelTake(take: Take): Promise<void> {
  if (!take.jobId) return
  try {
    await cancelJob(take.jobId)
  } catch (error) {
    patch(take.cardId, { error: `Could not cancel: ${messageOf(error)}` })
  }
}

/**
 * Remix: the card takes the take's exact shot description (one undo step brings the old one
 * back), the inspector opens on it, and the next Generate sends a remix of that take.
 */
export function startRemix(deps: GenerationDeps, take: Take): void {
  const shape = card(deps.editor, take.cardId)
  if (!shape) return
  const { editor } = deps
  editor.markHistoryStoppingPoint('remix take')
  if (JSON.stringify(shape.props.spec) !== JSON.stringify(take.spec)) {
    editor.updateShape<SceneCardShape>({
      id: shape.id,
      type: SCENE_CARD_TYPE,
      props: { spec: take.spec },
    })
  }
  editor.select(shape.id)
  useUiStore.getState().showInspector('shot')
  useGenerationStore.getState().setRemix({ cardId: shape.id, sourceTakeId: take.id })
}

/** Makes `takeId` the card's selected take (the one it shows and the animatic plays). */
export function selectTake(editor: Editor, cardId: string, takeId: string | null): void {
  const shape = card(editor, cardId)
  if (!shape || shape.props.selectedTakeId === takeId) return
  editor.updateShape<SceneCardShape>({
    id: shape.id,
    type: SCENE_CARD_TYPE,
    props: { selectedTakeId: takeId },
  })
}

/** Deletes a take for everyone; a card that had it selected falls back to its newest clip. */
export function deleteTake(deps: GenerationDeps, take: Take): void {
  const shape = card(deps.editor, take.cardId)
  if (shape?.props.selectedTakeId === take.id) selectTake(deps.editor, shape.id, null)
  const { remix, setRemix } = useGenerationStore.getState()
  if (remix?.sourceTakeId === take.id) setRemix(null)
  deps.takes.deleteTake(take.id)
}

/** Uploads files (dropped on the card, or picked) one after another, each becoming a take. */
export async function uploadFilesToCard(
  deps: GenerationDeps,
  cardId: string,
  files: readonly File[],
): Promise<void> {
  if (files.length === 0) return
  patch(cardId, { uploadError: null })
  for (const [i, file] of files.entries()) {
    const base = { fileName: file.name, index: i + 1, count: files.length }
    patch(cardId, { upload: { ...base, loaded: 0, total: file.size } })
    try {
      await uploadTakeFile(deps.boardId, cardId, file, requester(deps.editor), {
        onProgress: ({ loaded, total }) => patch(cardId, { upload: { ...base, loaded, total } }),
      })
    } catch (error) {
      const name = file.name || 'The file'
      patch(cardId, { uploadError: `${name} was not added: ${messageOf(error)}` })
    }
  }
  patch(cardId, { upload: null })
}
