/**
 * The built web app (apps/web/dist) on the same port as the API: hashed files under /assets/ are
 * cached forever, index.html never is, and the app's own routes (`/` and `/b/<boardId>`) answer
 * with index.html so the browser router takes over. Without a build, `/` says how to make one.
 */
import { existsSync } from 'node:fs'
import { join, sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import { isValidBoardId } from '@sceneboard/shared'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

const IMMUTABLE = 'public, max-age=31536000, immutable'

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Sceneboard: web app not built</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The Sceneboard web app is not built yet</h1>
<p>The server is running (the API and the sync endpoint work), but there is no web app to serve.</p>
<p>Build it with <code>pnpm build</code> from the repository root, then restart the server,
or run <code>pnpm app</code>, which installs, builds and starts in one go.</p>
</body>
</html>
`

export function registerWebApp(app: FastifyInstance, webDist: string): void {
  const isBuilt = existsSync(join(webDist, 'index.html'))
  const appRoute = (reply: FastifyReply) =>
    isBuilt
      ? reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false })
      : reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE)

  if (isBuilt) {
    const assets = join(webDist, 'assets') + sep
    void app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      index: false,
      dotfiles: 'ignore',
      setHeaders(reply, path) {
        if (path.startsWith(assets)) reply.header('cache-control', IMMUTABLE)
      },
    })
  } else {
    app.log.warn({ webDist }, 'the web app is not built; / explains how to build it')
  }

  app.get('/', (_request, reply) => appRoute(reply))
  app.get('/b/:id', (request: FastifyRequest<{ Params: { id: string } }>, reply) =>
    isValidBoardId(request.params.id) ? appRoute(reply) : reply.callNotFound(),
  )
}
