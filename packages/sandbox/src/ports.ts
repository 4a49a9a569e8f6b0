/**
 * Where the sandbox providers listen. Each provider has its own port, and so its own origin, as a
 * real bank or processor would. Port 0 asks the OS for a free port (tests).
 */
export type ProviderName = 'bankUk' | 'bankEu' | 'kyc' | 'processor';

export type ProviderPorts = Record<ProviderName, number>;

export const DEFAULT_PORTS: ProviderPorts = {
  bankUk: 8091,
  bankEu: 8092,
  kyc: 8093,
  processor: 8094,
};

export const PORT_ENV: Record<ProviderName, string> = {
  bankUk: 'SANDBOX_BANK_UK_PORT',
  bankEu: 'SANDBOX_BANK_EU_PORT',
  kyc: 'SANDBOX_KYC_PORT',
  processor: 'SANDBOX_PROCESSOR_PORT',
};

/** Ports from the environment over the defaults; a bad value stops the start with a clear message. */
export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): ProviderPorts {
  const ports = { ...DEFAULT_PORTS };
  for (const name of Object.keys(PORT_ENV) as ProviderName[]) {
    const raw = env[PORT_ENV[name]];
    if (raw === undefined || raw === '') continue;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`${PORT_ENV[name]} must be a port number 0-65535, got "${raw}"`);
    }
    ports[name] = port;
  }
  return ports;
}
