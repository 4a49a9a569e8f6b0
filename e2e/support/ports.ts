/**
 * Test ports and origins of the e2e stack, and the shape of `e2e/.tmp/stack.json` that the stack
 * process writes and the tests read. Fixed ports, away from `pnpm start`'s defaults; set
 * `E2E_PORT_OFFSET` (e.g. 100) to run a second suite beside the first without clashing.
 */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const FINLET_PORT = 18080 + PORT_OFFSET;
export const DEMO_PORT = 13000 + PORT_OFFSET;
export const HOSTILE_PORT = 13666 + PORT_OFFSET;
export const CONTROL_PORT = 18099 + PORT_OFFSET;
/** The file the stack process writes its URLs and credentials to (one per offset). */
export const STACK_FILE = `stack-${PORT_OFFSET}.json`;
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;

export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  PORT: String(FINLET_PORT),
  PUBLIC_URL: `http://localhost:${FINLET_PORT}`,
  DEMO_PORT: String(DEMO_PORT),
  SANDBOX_BANK_UK_PORT: String(18091 + PORT_OFFSET),
  SANDBOX_BANK_EU_PORT: String(18092 + PORT_OFFSET),
  SANDBOX_KYC_PORT: String(18093 + PORT_OFFSET),
  SANDBOX_PROCESSOR_PORT: String(18094 + PORT_OFFSET),
  LOG_LEVEL: 'warn',
  FINLET_DISPATCH_INTERVAL_MS: '100',
  FINLET_RATE_LIMIT: '1000',
  FINLET_RATE_BURST: '2000',
};

export interface StackInfo {
  finlet: string;
  demo: string;
  hostile: string;
  control: string;
  demoPartner: { partner_id: string; secret_key: string; webhook_secret: string };
  otherPartner: { partner_id: string; secret_key: string };
}
