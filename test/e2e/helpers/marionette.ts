// A minimal Marionette client (Firefox's own automation protocol, enabled with --marionette):
// length-prefixed JSON over TCP, [0, id, command, params] → [1, id, error, result].
import { connect, type Socket } from 'node:net';

export class Marionette {
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private hello: ((v: unknown) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (d: Buffer) => this.onData(d));
  }

  static async connect(port: number, timeout = 20_000): Promise<Marionette> {
    const end = Date.now() + timeout;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const m = new Marionette(socket);
        await new Promise((r) => (m.hello = r));
        return m;
      } catch (e) {
        if (Date.now() > end) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const colon = this.buf.indexOf(0x3a);
      if (colon < 0) return;
      const len = Number(this.buf.subarray(0, colon).toString());
      if (this.buf.length < colon + 1 + len) return;
      const msg = JSON.parse(this.buf.subarray(colon + 1, colon + 1 + len).toString()) as unknown;
      this.buf = this.buf.subarray(colon + 1 + len);
      if (!Array.isArray(msg)) {
        this.hello?.(msg);
        this.hello = null;
        continue;
      }
      const [, id, error, result] = msg as [number, number, { error: string; message: string } | null, unknown];
      const w = this.waiting.get(id);
      this.waiting.delete(id);
      if (error) w?.reject(new Error(`${error.error}: ${error.message}`));
      else w?.resolve(result);
    }
  }

  send<T = unknown>(command: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]));
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Runs an async script (the last argument is the callback) and returns its value. */
  async run<T>(script: string, args: unknown[] = []): Promise<T> {
    const r = await this.send<{ value: T }>('WebDriver:ExecuteAsyncScript', { script, args, scriptTimeout: 30_000 });
    return r.value;
  }

  close(): void {
    this.socket.destroy();
  }
}
