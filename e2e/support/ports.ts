/**
 * Test ports and origins of the e2e stack, and the shape of `e2e/.tmp/stack.json` that the stack
 * process writes and the tests read. Fixed ports, away from `pnpm start`'s defaults.
 */
export const FINLET_PORT = 18080;
export const DEMO_PORT = 13000;
export const HOSTILE_PORT = 13666;
export const CONTROL_PORT = 18099;
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;

export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  PORT: String(FINLET_PORT),
  PUBLIC_URL: `http://localhost:${FINLET_PORT}`,
  DEMO_PORT: String(DEMO_PORT),
  SANDBOX_BANK_UK_PORT: '18091',
  SANDBOX_BANK_EU_PORT: '18092',
  SANDBOX_KYC_PORT: '18093',
  SANDBOX_PROCESSOR_PORT: '18094',
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
