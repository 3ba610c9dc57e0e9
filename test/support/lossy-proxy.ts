// An HTTP proxy on 127.0.0.1 in front of a real server that can lose an answer: the request reaches
// the server and does its work, the client never hears back. Used to prove that a reply whose answer
// was lost is not posted twice on a real WordPress.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class LossyProxy {
  private server!: Server;
  private drops: { method: string; path: RegExp }[] = [];
  readonly seen: { method: string; path: string }[] = [];

  private constructor(private readonly target: URL) {}

  static async start(targetOrigin: string): Promise<LossyProxy> {
    const proxy = new LossyProxy(new URL(targetOrigin));
    proxy.server = createServer((req, res) => {
      const path = req.url ?? '/';
      const method = req.method ?? 'GET';
      proxy.seen.push({ method, path });
      const dropIndex = proxy.drops.findIndex((d) => d.method === method && d.path.test(path));
      const drop = dropIndex >= 0;
      if (drop) proxy.drops.splice(dropIndex, 1);
      const upstream = request(
        { host: proxy.target.hostname, port: proxy.target.port, method, path, headers: { ...req.headers, host: proxy.target.host } },
        (answer) => {
          if (drop) {
            // Let the server finish its work, then hang up on the client.
            answer.resume();
            answer.on('end', () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next matching request is forwarded, but its answer never reaches the client. */
  loseAnswerOf(method: string, path: RegExp): void {
    this.drops.push({ method, path });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
