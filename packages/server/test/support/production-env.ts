/**
 * A production configuration with every provider setting named and private (NODE_ENV=production
 * refuses sandbox defaults and published secrets, env.ts). Worlds that run their own sandbox
 * providers replace the URL, key and secret of those providers with theirs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const productionProviders: Record<string, string> = {
  FINLET_PROCESSOR_URL: 'https://processor.example',
  FINLET_PROCESSOR_API_KEY: 'psk_live_private_0123456789',
  FINLET_PROCESSOR_CALLBACK_SECRET: 'pcs_private_0123456789',
  FINLET_KYC_URL: 'https://kyc.example',
  FINLET_KYC_API_KEY: 'ksk_live_private_0123456789',
  FINLET_KYC_CALLBACK_SECRET: 'kcs_private_0123456789',
  FINLET_BANK_UK_URL: 'https://bank-uk.example',
  FINLET_BANK_EU_URL: 'https://bank-eu.example',
  FINLET_BANK_CLIENT_ID: 'finlet-at-our-bank',
};

/**
 * `NODE_ENV=production` with the private provider settings, minus the variables a world sets
 * itself, and a one-row sanctions list on disk (production otherwise downloads the official lists).
 */
export function productionEnv(setByWorld: string[] = []): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'finlet-prod-lists-'));
  writeFileSync(
    path.join(dir, 'sdn.csv'),
    `9001,"OTHERPERSON, Alpha","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1950."\r\n`,
  );
  writeFileSync(path.join(dir, 'alt.csv'), '');
  writeFileSync(path.join(dir, 'add.csv'), '');
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    ...productionProviders,
    FINLET_SANCTIONS_OFAC_SDN: path.join(dir, 'sdn.csv'),
    FINLET_SANCTIONS_REFRESH_HOURS: '0',
  };
  for (const name of setByWorld) delete env[name];
  return env;
}
