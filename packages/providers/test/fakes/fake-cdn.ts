/**
 * A fake asset host for the signed output URLs providers hand out. Like a real object store it
 * refuses a request that also carries an Authorization header, which is how the tests prove the
 * adapters never send a provider's key anywhere but the provider's API.
 */
import { FakeHttpServer, sendBytes } from './fake-http.js'

type Assets = Map<string, { mime: string; bytes: Uint8Array }>

export class FakeCdn {
  private constructor(
    readonly server: FakeHttpServer,
    private readonly assets: Assets,
  ) {}

  static async start(): Promise<FakeCdn> {
    const assets: Assets = new Map()
    const server = await FakeHttpServer.start((request, res) => {
      if (request.headers.authorization !== undefined) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('Only one auth mechanism allowed')
        return
      }
      const asset = assets.get(request.path)
      if (!asset || request.query.get('sig') !== 'signed') {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Access denied')
        return
      }
      sendBytes(res, asset.mime, asset.bytes)
    })
    return new FakeCdn(server, assets)
  }

  /** Publishes bytes and returns their signed URL. */
  publish(name: string, mime: string, bytes: Uint8Array): string {
    this.assets.set(`/assets/${name}`, { mime, bytes })
    return `${this.server.url}/assets/${name}?sig=signed`
  }

  close(): Promise<void> {
    return this.server.close()
  }
}
