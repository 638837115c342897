// A tiny round-robin HTTP proxy on 127.0.0.1, standing in for a load balancer in front of instances.
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export async function startRoundRobin(
  backends: string[],
  port = 0,
): Promise<{url: string; close: () => Promise<void>}> {
  // Idle connections are dropped before the instances' own keep-alive timeout (Node's 5 s) closes them
  // under a reused request.
  const agent = new http.Agent({keepAlive: true, maxSockets: 256, timeout: 4_000});
  let next = 0;
  const server = http.createServer((req, res) => {
    const forward = (attempt: number) => {
      const target = new URL(backends[next++ % backends.length]!);
      const upstream = http.request(
        {host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent},
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the instance closed just as it was reused: a load balancer
        // retries a GET that got no answer at all on another connection.
        if (error.code === 'ECONNRESET' && req.method === 'GET' && !res.headersSent && attempt === 0) return forward(1);
        if (!res.headersSent) res.writeHead(502, {'content-type': 'text/plain'});
        res.end(`proxy: ${error.message}`);
      });
      if (req.method === 'GET' || req.method === 'HEAD') upstream.end();
      else req.pipe(upstream);
    };
    forward(0);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const {port: bound} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
