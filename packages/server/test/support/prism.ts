/**
 * A provider's mock server made from its official OpenAPI document: Prism (`prism mock <document>
 * --errors`) started on a free port, answering from the document's examples and VALIDATING every
 * request against it. With `--errors` a request that violates the document is answered 422 (the
 * document's own 422 example when it has one) with the violations in the `sl-violations` header.
 *
 * Prism sits behind a small recording proxy, so a contract test can assert that nothing Finlet
 * sent broke the document (`violations` is empty) and read what was sent (`requests`), whatever
 * the connector under test did with the 422.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface PrismViolation {
  location: string[];
  severity: string;
  code: string;
  message: string;
}

export interface PrismRequest {
  method: string;
  path: string;
  status: number;
  /** What Prism found wrong with the request (and, at Warning severity, with its own answer). */
  violations: PrismViolation[];
}

export interface PrismMock {
  /** The base URL to point a connector at (the recording proxy in front of Prism). */
  url: string;
  requests: PrismRequest[];
  /** Every violation of the document by a request, in order: a contract test expects none. */
  readonly violations: (PrismViolation & { request: string })[];
  /**
   * Which of the document's named examples Prism answers with (its `Prefer: example=<name>`),
   * for the requests from now on; undefined: Prism's own choice (the first example).
   */
  example: string | undefined;
  close(): Promise<void>;
}

const PRISM_BIN = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')),
  'dist/index.js',
);

/** Starts Prism on `document` (an OpenAPI file: resolve it with `dataFile(...)`). */
export async function startPrism(document: string, o: { startTimeoutMs?: number } = {}): Promise<PrismMock> {
  const child = spawn(
    process.execPath,
    [PRISM_BIN, 'mock', document, '--errors', '--host', '127.0.0.1', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let upstream: string;
  try {
    upstream = await listeningUrl(child, o.startTimeoutMs ?? 50_000);
  } catch (error) {
    await stop(child);
    throw error;
  }
  const requests: PrismRequest[] = [];
  const state: { example?: string | undefined } = {};
  const proxy = createServer((req, res) => {
    forward(upstream, req, res, requests, state.example).catch((error: Error) => {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`prism proxy: ${error.message}`);
    });
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  return {
    get example() {
      return state.example;
    },
    set example(name: string | undefined) {
      state.example = name;
    },
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    requests,
    get violations() {
      return requests.flatMap((r) =>
        r.violations
          .filter((v) => v.location[0] === 'request')
          .map((v) => ({ ...v, request: `${r.method} ${r.path}` })),
      );
    },
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await stop(child);
    },
  };
}

/** Resolves with Prism's URL once it says it listens; rejects when it exits or takes too long. */
function listeningUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`prism did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Prism is listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        // From here the logs are drained and dropped (a full pipe would stall Prism).
        for (const stream of [child.stdout, child.stderr]) stream?.off('data', read).resume();
        resolve(found[1]);
      } else if (output.length > 200_000) output = output.slice(-20_000);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited (${code}) before listening:\n${output.slice(-2000)}`));
    });
  });
}

async function forward(
  upstream: string,
  req: IncomingMessage,
  res: ServerResponse,
  requests: PrismRequest[],
  example: string | undefined,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined && !['host', 'connection', 'content-length'].includes(name))
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  if (example) headers.set('prefer', `example=${example}`);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const answer = await fetch(`${upstream}${req.url}`, {
    method: req.method,
    headers,
    ...(body && req.method !== 'GET' && req.method !== 'HEAD' ? { body } : {}),
  });
  const violations = answer.headers.get('sl-violations');
  requests.push({
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    status: answer.status,
    violations: violations ? (JSON.parse(violations) as PrismViolation[]) : [],
  });
  const out: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (
      !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)
    )
      out[name] = value;
  });
  res.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
