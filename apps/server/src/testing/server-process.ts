/**
 * The real server as a child process, started the way users start it
 * (`node --import tsx src/main.ts`), for tests that kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const READY_LINE = /Sceneboard is running at (http:\/\/\S+)/

export class ServerProcess {
  private output = ''

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Starts the server and resolves once it prints its URL. */
  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const url = await new Promise<string>((ready, fail) => {
      const onExit = (code: number | null) =>
        fail(new Error(`server exited (${code}) before it was ready:\n${output}`))
      child.once('exit', onExit)
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = READY_LINE.exec(output)
        if (match) {
          child.off('exit', onExit)
          ready(match[1]!)
        }
      })
    })
    const server = new ServerProcess(child, url)
    server.output = output
    return server
  }

  get syncUrl(): string {
    return `${this.url.replace(/^http/, 'ws')}/sync`
  }

  /** SIGKILL: no chance to flush or close anything. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = once(this.child, 'exit')
    this.child.kill('SIGKILL')
    await exited
  }

  /** SIGTERM and the exit code of the clean shutdown. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode
    const exited = once(this.child, 'exit') as Promise<[number | null]>
    this.child.kill('SIGTERM')
    return (await exited)[0]
  }

  get log(): string {
    return this.output
  }
}
