/**
 * Claims on an awareness client id that another connection speaks for. A browser whose network
 * dropped comes back on a new connection with the same client id (its page and Y.Doc live on)
 * while the server may still hold the old, half-dead socket, which the heartbeat drops only after
 * up to two of its intervals. So a claim asks the owner to show it is alive: a ping now, and
 * without a pong within the grace the owner is terminated, which removes its states as for any
 * client leaving. The claimant's last refused update is then checked again, so its presence
 * shows without waiting for its next change. An owner that answers keeps its client ids and the
 * claim stays refused: a live person's presence cannot be taken over.
 */
import type { Connection } from './connection.js'
import type { SyncLogger } from './sync-logger.js'

/** How long an owner whose client id is claimed has to answer a ping (SYNC-11). */
export const CLAIM_GRACE_MS = 2_500

export interface AwarenessClaimsOptions {
  boardId: string
  graceMs: number
  logger: SyncLogger
  /** Checks and applies a claimant's held update again, once an owner that did not answer left. */
  retry(claimant: Connection, update: Uint8Array): void
}

export class AwarenessClaims {
  /** Each claimant's latest update refused for a claim, while its owners are being checked. */
  private readonly held = new WeakMap<Connection, Uint8Array>()

  constructor(private readonly options: AwarenessClaimsOptions) {}

  /** `claimant` sent `update`, refused because it changes client ids that `owners` speak for. */
  claim(claimant: Connection, owners: ReadonlySet<Connection>, update: Uint8Array): void {
    this.held.set(claimant, update)
    for (const owner of owners) {
      void owner.answersPing(this.options.graceMs).then((alive) => {
        if (alive) {
          if (this.held.get(claimant) === update) this.held.delete(claimant)
          return
        }
        this.options.logger.info(
          { boardId: this.options.boardId, clientIds: [...owner.awarenessClients] },
          'dropped a connection that did not answer a ping while its client id was claimed',
        )
        owner.onClose(() => this.release(claimant))
      })
    }
  }

  private release(claimant: Connection): void {
    const update = this.held.get(claimant)
    if (!update) return
    this.held.delete(claimant)
    if (claimant.isOpen) this.options.retry(claimant, update)
  }
}
