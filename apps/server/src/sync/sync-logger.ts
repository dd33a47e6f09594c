/** The little the sync server needs from a logger (pino, which fastify uses, fits). */
export interface SyncLogger {
  debug(details: object, message: string): void
  info(details: object, message: string): void
  warn(details: object, message: string): void
  error(details: object, message: string): void
}

export const silentLogger: SyncLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
}
