/**
 * Metrics summed over the workers of one host (`FINLET_WORKERS`), with prom-client's
 * `AggregatorRegistry.aggregate`: the primary asks every serving worker for its registry over the
 * cluster IPC channel and adds them up (counters and histograms summed, gauges as each declares). A worker cannot ask
 * its siblings itself, so a worker serving `/metrics` asks the primary, which answers with the sums
 * — whichever worker a scrape lands on, it sees the whole host. Several hosts are summed by
 * Prometheus, one target per host.
 */
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { ApiError } from '../errors.ts';

const REQUEST = 'finlet:metrics-request';
const ANSWER = 'finlet:metrics-answer';
const COLLECT = 'finlet:metrics-collect';
const REPORT = 'finlet:metrics-report';
/** How long the primary waits for the serving workers' registries (prom-client's own wait). */
const COLLECT_TIMEOUT_MS = 5_000;
/** Longer than the primary's wait for the workers, so its error arrives first. */
const ANSWER_TIMEOUT_MS = 8_000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

interface Report {
  type: typeof REPORT;
  id: number;
  metrics?: object[];
  error?: string;
}

/**
 * In the primary: answers workers' requests for the cluster's metrics. It asks only the workers
 * that listen: one still starting (loading modules, opening the database) serves nothing yet and
 * cannot answer, and waiting for it made every scrape of its siblings fail until it was up. A
 * serving worker that does not answer in time still fails the scrape (503): a sum without one
 * worker's counters would read to Prometheus as a counter reset.
 */
export function servePrimaryMetrics(): void {
  const serving = new Set<Worker>();
  cluster.on('listening', (worker) => serving.add(worker));
  cluster.on('exit', (worker) => serving.delete(worker));
  cluster.on('disconnect', (worker) => serving.delete(worker));

  let nextCollection = 0;
  const collections = new Map<number, (report: Report) => void>();
  const collect = (): Promise<string> => {
    const workers = [...serving].filter((w) => w.isConnected());
    if (workers.length === 0) return Promise.resolve('');
    const id = nextCollection++;
    return new Promise((resolve, reject) => {
      const registries: object[][] = [];
      let pending = workers.length;
      const timer = setTimeout(() => {
        collections.delete(id);
        reject(new Error(`${pending} of ${workers.length} serving workers did not answer in time`));
      }, COLLECT_TIMEOUT_MS);
      collections.set(id, (report) => {
        if (report.error !== undefined || !report.metrics) {
          clearTimeout(timer);
          collections.delete(id);
          reject(new Error(report.error ?? 'a worker sent no metrics'));
          return;
        }
        registries.push(report.metrics);
        if (--pending > 0) return;
        clearTimeout(timer);
        collections.delete(id);
        AggregatorRegistry.aggregate(registries).metrics().then(resolve, reject);
      });
      for (const w of workers) w.send({ type: COLLECT, id });
    });
  };

  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type === REPORT) {
      collections.get(message.id!)?.(message as Report);
      return;
    }
    if (message?.type !== REQUEST) return;
    const reply = (a: Omit<Answer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...a });
    };
    collect().then(
      (text) => reply({ text }),
      (e: Error) => reply({ error: e.message }),
    );
  });
}

/** In a worker: `registry` is what this worker reports when the primary collects. */
export function reportToPrimary(registry: Registry): void {
  process.on('message', (message: { type?: string; id?: number }) => {
    if (message?.type !== COLLECT) return;
    registry.getMetricsAsJSON().then(
      (metrics) => process.send?.({ type: REPORT, id: message.id, metrics }),
      (e: Error) => process.send?.({ type: REPORT, id: message.id, error: e.message }),
    );
  });
}

let nextId = 0;
const waiting = new Map<number, (answer: Answer) => void>();
let listening = false;

/** In a worker: the cluster's metrics, from the primary; 503 `metrics_unavailable` if it cannot say. */
export function askPrimaryForMetrics(): Promise<string> {
  const unavailable = (why: string) =>
    new ApiError('metrics_unavailable', `The cluster's metrics could not be collected: ${why}.`);
  if (!process.send) return Promise.reject(unavailable('no primary'));
  if (!listening) {
    listening = true;
    process.on('message', (message: Answer) => {
      if (message?.type === ANSWER) waiting.get(message.id)?.(message);
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(unavailable('the primary did not answer'));
    }, ANSWER_TIMEOUT_MS);
    waiting.set(id, (answer) => {
      clearTimeout(timer);
      waiting.delete(id);
      if (answer.text !== undefined) resolve(answer.text);
      else reject(unavailable(answer.error ?? 'no answer'));
    });
    process.send!({ type: REQUEST, id });
  });
}
