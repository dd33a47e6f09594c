/**
 * Exports and screenplay import (rules EXP-n and IMP-n in apps/server/SPEC.md):
 *   POST /api/boards/:id/exports     {format, options?} -> 202 {id}; the job is polled with
 *                                    GET /api/jobs/:id (`file: {url, mime, bytes, name}` once
 *                                    done) and canceled with DELETE /api/jobs/:id
 *   GET  /api/exports/:jobId/file    the finished file, as an attachment named after the board
 *   POST /api/boards/:id/import      a Fountain script (text/plain or application/octet-stream,
 *                                    at most 1 MB) -> 200 {added}: its scenes appended as cards
 * Refusals: 400 invalid_board_id, 404 board_not_found, 400 invalid_request (with details),
 * 404 export_not_found, 409 export_not_ready, 410 export_expired (past its retention, EXP-7) or
 * export_gone, and the script's own 4xx (fountain_<code>).
 *
 * The export folders' sweeper (EXP-7) starts when the server is ready and stops when it closes.
 */
import { createReadStream } from 'node:fs'
import { exportRequestSchema, FountainImportError, importFountain } from '@sceneboard/exporters'
import type { FastifyInstance } from 'fastify'
import { exportOf, contentDisposition, type ExportJobs } from '../jobs/export-jobs.js'
import { describeRetention } from '../jobs/export-retention.js'
import type { JobLedger } from '../jobs/job-ledger.js'
import type { JobQueue } from '../jobs/job-queue.js'
import type { BoardStorage } from '../storage/board-storage.js'
import type { SyncServer } from '../sync/sync-server.js'
import { appendScriptCards } from '../takes/script-cards.js'
import { HttpError } from './errors.js'
import { existingBoardId, issueList, parseInput } from './parse-request.js'

/** The largest script the import accepts. */
export const MAX_SCRIPT_BYTES = 1024 * 1024

export interface ExportRouteDeps {
  storage: BoardStorage
  sync: SyncServer
  exports: ExportJobs
  ledger: JobLedger
  queue: JobQueue
}

export function registerExportRoutes(app: FastifyInstance, deps: ExportRouteDeps): void {
  const { storage, sync, exports, ledger, queue } = deps

  app.addHook('onReady', () => exports.retention.start())
  app.addHook('onClose', () => exports.retention.stop())

  app.post('/api/boards/:id/exports', async (request, reply) => {
    const boardId = await existingBoardId(storage, request.params)
    const exportRequest = parseInput(
      exportRequestSchema,
      request.body ?? {},
      'the export request is not valid',
      issueList,
    )
    const summary = await storage.getSummary(boardId)
    const job = exports.newJob(boardId, summary?.title ?? '', exportRequest)
    await ledger.create([job])
    queue.enqueue([job])
    return reply.code(202).send({ id: job.id })
  })

  app.get('/api/exports/:jobId/file', async (request, reply) => {
    const id = String((request.params as { jobId?: unknown }).jobId ?? '')
    const job = await ledger.storage.getJob(id)
    if (!job || !exportOf(job)) {
      throw new HttpError(404, 'export_not_found', `there is no export ${id}`)
    }
    const file = await exports.fileOf(job)
    if (!file && job.status !== 'succeeded') {
      throw new HttpError(409, 'export_not_ready', `export ${id} is ${job.status}, not finished`)
    }
    if (!file) {
      const kept = describeRetention(exports.retention.retentionMs)
      throw exports.retention.isExpired(job)
        ? new HttpError(
            410,
            'export_expired',
            `export ${id} has expired: finished exports are kept for ${kept}; export the board again`,
          )
        : new HttpError(
            410,
            'export_gone',
            `the file of export ${id} is no longer on the server; export the board again`,
          )
    }
    return reply
      .type(file.mime)
      .header('content-length', String(file.bytes))
      .header('content-disposition', contentDisposition(file.downloadName))
      .header('cache-control', 'no-store')
      .send(createReadStream(file.path))
  })

  app.register(async (scope) => {
    scope.addContentTypeParser(
      ['text/plain', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: MAX_SCRIPT_BYTES },
      (_request, body, done) => done(null, body),
    )
    scope.post('/api/boards/:id/import', async (request) => {
      const boardId = await existingBoardId(storage, request.params)
      const body = request.body
      if (!Buffer.isBuffer(body)) {
        throw new HttpError(
          415,
          'unsupported_media_type',
          'send the script as text/plain or application/octet-stream',
        )
      }
      let imported
      try {
        imported = importFountain(new Uint8Array(body))
      } catch (error) {
        if (error instanceof FountainImportError) {
          throw new HttpError(
            error.status,
            `fountain_${error.code.replace(/-/g, '_')}`,
            error.message,
          )
        }
        throw error
      }
      const added = await appendScriptCards(sync, boardId, imported.cards)
      return { added }
    })
  })
}
