/**
 * A stand-in for a hosted video API that refuses every generation the way the OpenAI Videos
 * API does (400 with `{error: {message}}`), so a test can watch a take fail with the provider's
 * own reason. Point the server at it with OPENAI_BASE_URL and any OPENAI_API_KEY.
 */
import { createServer, type Server } from 'node:http'

export const REFUSAL_MESSAGE = 'Your request was rejected by the safety system.'

export class RefusingProvider {
  requests = 0

  private constructor(private readonly server: Server) {}

  static async start(): Promise<RefusingProvider> {
    let provider: RefusingProvider | null = null
    const server = createServer((request, response) => {
      if (provider) provider.requests++
      request.resume()
      request.on('end', () => {
        response.writeHead(400, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify({
            error: {
              message: REFUSAL_MESSAGE,
              type: 'invalid_request_error',
              code: 'moderation_blocked',
            },
          }),
        )
      })
    })
    provider = new RefusingProvider(server)
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    return provider
  }

  get url(): string {
    const address = this.server.address()
    if (typeof address !== 'object' || !address) throw new Error('not listening')
    return `http://127.0.0.1:${address.port}/v1`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((closed) => this.server.close(() => closed()))
  }
}
