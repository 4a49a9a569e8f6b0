/**
 * Test ports and origins of the e2e stack, and the shape of `e2e/.tmp/stack-<offset>.json` that the
 * stack process writes and the tests read. The ports sit away from `pnpm start`'s defaults, shifted
 * by one offset: `E2E_PORT_OFFSET` when set, otherwise the first offset (0, then 100, 200, …) at
 * which every port is free. The Playwright runner imports this module first and writes the offset
 * it chose into its environment, which the stack process and the test workers inherit, so a suite
 * runs beside `pnpm start` or another suite without any setting.
 */
import net from 'node:net';

const BASE_PORTS = {
  finlet: 18080,
  demo: 13000,
  hostile: 13666,
  control: 18099,
  bankUk: 18091,
  bankEu: 18092,
  kyc: 18093,
  processor: 18094,
};

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function chooseOffset(): Promise<number> {
  const configured = process.env.E2E_PORT_OFFSET;
  if (configured !== undefined && configured !== '') return Number(configured);
  for (let offset = 0; offset <= 40_000; offset += 100) {
    const checks = await Promise.all(Object.values(BASE_PORTS).map((p) => free(p + offset)));
    if (checks.every(Boolean)) {
      process.env.E2E_PORT_OFFSET = String(offset);
      return offset;
    }
  }
  throw new Error('e2e: found no free set of test ports; set E2E_PORT_OFFSET');
}

export const PORT_OFFSET = await chooseOffset();
export const FINLET_PORT = BASE_PORTS.finlet + PORT_OFFSET;
export const DEMO_PORT = BASE_PORTS.demo + PORT_OFFSET;
export const HOSTILE_PORT = BASE_PORTS.hostile + PORT_OFFSET;
export const CONTROL_PORT = BASE_PORTS.control + PORT_OFFSET;
/** The file the stack process writes its URLs and credentials to (one per offset). */
export const STACK_FILE = `stack-${PORT_OFFSET}.json`;
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;

export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  PORT: String(FINLET_PORT),
  PUBLIC_URL: `http://localhost:${FINLET_PORT}`,
  DEMO_PORT: String(DEMO_PORT),
  SANDBOX_BANK_UK_PORT: String(BASE_PORTS.bankUk + PORT_OFFSET),
  SANDBOX_BANK_EU_PORT: String(BASE_PORTS.bankEu + PORT_OFFSET),
  SANDBOX_KYC_PORT: String(BASE_PORTS.kyc + PORT_OFFSET),
  SANDBOX_PROCESSOR_PORT: String(BASE_PORTS.processor + PORT_OFFSET),
  LOG_LEVEL: 'warn',
  FINLET_DISPATCH_INTERVAL_MS: '100',
  FINLET_RATE_LIMIT: '1000',
  FINLET_RATE_BURST: '2000',
  // Every browser of the suite is 127.0.0.1; the specs that send bad tokens must not lock out the rest.
  FINLET_AUTH_FAILURE_LIMIT: '1000',
};

export interface StackInfo {
  finlet: string;
  demo: string;
  hostile: string;
  control: string;
  demoPartner: { partner_id: string; secret_key: string; webhook_secret: string };
  otherPartner: { partner_id: string; secret_key: string };
  /** A partner in live mode: its `sk_live_` key and its `adyen` cards account (support/live-partner.ts). */
  livePartner: { partner_id: string; secret_key: string; cards_account: string };
  /** The scripted Adyen's base URL (its 3-D Secure pages are there). */
  adyen: string;
}
