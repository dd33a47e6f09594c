/**
 * Starts the real Sceneboard server as a child process, exactly as users run it, on a free port
 * with its own temporary data folder. `kill()` sends SIGKILL, like a crash; `restart()` starts a
 * new process on the same port and data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const REPO_ROOT = resolve(import.meta.dirname, '../../..')
const SERVER_ENTRY = join(REPO_ROOT, 'apps/server/src/main.ts')

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

export class ServerProcess {
  private child: ChildProcess | null = null
  private output = ''

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  /** `env` adds to the server's environment (provider keys and URLs, say). */
  static async start(env: Record<string, string> = {}): Promise<ServerProcess> {
    const server = new ServerProcess(
      await freePort(),
      mkdtempSync(join(tmpdir(), 'sceneboard-e2e-')),
      env,
    )
    await server.launch()
    return server
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async launch(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'warn',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    await new Promise<void>((ready, failed) => {
      const onExit = (code: number | null) =>
        failed(new Error(`server exited with ${code} before it was ready:\n${this.output}`))
      child.once('exit', onExit)
      const onData = () => {
        if (this.output.includes(`:${this.port}`)) {
          child.off('exit', onExit)
          child.stdout?.off('data', onData)
          ready()
        }
      }
      child.stdout?.on('data', onData)
    })
    const health = await fetch(`${this.url}/healthz`)
    if (!health.ok) throw new Error(`healthz answered ${health.status}`)
  }

  /** SIGKILL: the process gets no chance to flush anything. */
  async kill(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGKILL')
    await exited
    this.child = null
  }

  async restart(): Promise<void> {
    await this.kill()
    await this.launch()
  }

  async stop(): Promise<void> {
    await this.kill()
    rmSync(this.dataDir, { recursive: true, force: true })
  }

  async createBoard(
    body: { title?: string; template?: 'sample' } = {},
  ): Promise<{ id: string; url: string }> {
    const response = await fetch(`${this.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (response.status !== 201) throw new Error(`creating a board answered ${response.status}`)
    return (await response.json()) as { id: string; url: string }
  }
}
