/**
 * Metrics summed over the workers of one host (`FINLET_WORKERS`), on prom-client's
 * `AggregatorRegistry`: the primary asks every worker for its registry over the cluster IPC channel
 * and adds them up (counters and histograms summed, gauges as each declares). A worker cannot ask
 * its siblings itself, so a worker serving `/metrics` asks the primary, which answers with the sums
 * — whichever worker a scrape lands on, it sees the whole host. Several hosts are summed by
 * Prometheus, one target per host.
 */
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { ApiError } from '../errors.ts';

const REQUEST = 'finlet:metrics-request';
const ANSWER = 'finlet:metrics-answer';
/** Longer than prom-client's own 5 s wait for the workers, so its error arrives first. */
const ANSWER_TIMEOUT_MS = 8_000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

/** In the primary: answers workers' requests for the cluster's metrics. */
export function servePrimaryMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== REQUEST) return;
    const reply = (a: Omit<Answer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...a });
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (e: Error) => reply({ error: e.message }),
    );
  });
}

/** In a worker: `registry` is what this worker reports when the primary collects. */
export function reportToPrimary(registry: Registry): void {
  // Constructing one installs prom-client's listener for the primary's collection requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
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
