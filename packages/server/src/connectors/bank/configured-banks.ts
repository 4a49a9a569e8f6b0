/**
 * Real banks by configuration: `FINLET_BANKS_FILE` names a JSON or YAML file listing banks (ASPSPs)
 * the institution directory adds beside the sandbox banks, each with its dialect (UK Open Banking
 * or Berlin Group), OAuth authorization server, API base, client id, and optionally its own
 * client-assertion signing key, mTLS transport certificate and key (with the CA its server
 * certificate chains to) and software statement. Paths in the file are relative to the file. The
 * file and every file it names are read and checked once, at start: a mistake stops the process
 * with a message naming the bank and the field, never a failure at a user's first link.
 */
import { createPrivateKey, type JsonWebKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { InstitutionInfo } from './types.ts';

/** The sandbox banks' ids, which a configured bank may not take. */
export const SANDBOX_BANK_IDS = ['sandbox-bank-uk', 'sandbox-bank-eu'] as const;

const PRODUCTS = ['accounts', 'balances', 'transactions', 'owners', 'payment_initiation'] as const;
const file = z.string().min(1);

const bankSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes'),
  name: z.string().min(1).max(80),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as GB'),
  dialect: z.enum(['ob_uk', 'berlin_group']),
  /** The OAuth authorization server (its issuer: discovery at `/.well-known/openid-configuration`). */
  issuer: z.url(),
  /** Where the dialect's paths start (`/open-banking/v4.0/…`, `/v1/…`). */
  api_base: z.url(),
  client_id: z.string().min(1),
  products: z
    .array(z.enum(PRODUCTS))
    .min(1)
    .default([...PRODUCTS]),
  signing_key: z
    .strictObject({
      kid: z.string().min(1),
      alg: z.enum(['ES256', 'PS256']).optional(),
      /** A PKCS#8 PEM file … */
      file: file.optional(),
      /** … or a private JWK. */
      jwk: z.record(z.string(), z.unknown()).optional(),
    })
    .refine((k) => (k.file === undefined) !== (k.jwk === undefined), 'give exactly one of file and jwk')
    .optional(),
  mtls: z
    .strictObject({
      cert_file: file,
      key_file: file,
      /** Trust only this CA (PEM, may hold several) for the bank's server; the system's CAs otherwise. */
      ca_file: file.optional(),
    })
    .optional(),
  software_statement: z.string().optional(),
  software_statement_file: file.optional(),
  timeout_ms: z.number().int().min(100).max(120_000).optional(),
  logo: z
    .strictObject({
      initials: z
        .string()
        .regex(/^[A-Za-z0-9]{1,3}$/)
        .optional(),
      color: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .optional(),
    })
    .optional(),
});

const fileSchema = z.strictObject({ banks: z.array(bankSchema) });

/** One configured bank, its files read and checked. */
export interface ConfiguredBank {
  institution: InstitutionInfo;
  dialect: 'ob_uk' | 'berlin_group';
  issuer: string;
  apiBase: string;
  clientId: string;
  /** PKCS#8 PEM; Finlet's bank-client key (FINLET_BANK_CLIENT_KEY) when absent. */
  signingKey?: { kid: string; alg: 'ES256' | 'PS256'; pkcs8: string };
  mtls?: { cert: string; key: string; ca?: string };
  /**
   * The software statement assertion (a signed JWT) issued for Finlet's client, kept with the bank
   * for dynamic client registration; Finlet does not register itself yet (the client is registered
   * out of band, its id is `client_id`).
   */
  softwareStatement?: string;
  timeoutMs?: number;
  logo: { initials: string; color: string };
}

/** Problems with the file, each naming where (`banks.0.mtls.cert_file: …`). */
export class BankFileError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
  }
}

export function loadBanksFile(filePath: string, o: { production: boolean }): ConfiguredBank[] {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    throw new BankFileError([`cannot read ${filePath}`]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text); // JSON is YAML too
  } catch (error) {
    throw new BankFileError([`not JSON or YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success)
    throw new BankFileError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const issues: string[] = [];
  const dir = path.dirname(path.resolve(filePath));
  const seen = new Set<string>(SANDBOX_BANK_IDS);
  const banks = parsed.data.banks.map((bank, n) => {
    const at = (field: string) => `banks.${n}.${field}`;
    if (seen.has(bank.id)) issues.push(`${at('id')}: "${bank.id}" is taken`);
    seen.add(bank.id);
    if (o.production)
      for (const field of ['issuer', 'api_base'] as const)
        if (!bank[field].startsWith('https://')) issues.push(`${at(field)}: must be https:// in production`);
    const read = (field: string, name: string) => {
      try {
        return readFileSync(path.resolve(dir, name), 'utf8');
      } catch {
        issues.push(`${at(field)}: cannot read ${name}`);
        return undefined;
      }
    };
    const problem = (field: string) => (message: string) => void issues.push(`${at(field)}: ${message}`);
    return toConfigured(bank, read, problem);
  });
  if (issues.length) throw new BankFileError(issues);
  return banks;
}

type BankEntry = z.output<typeof bankSchema>;

function toConfigured(
  bank: BankEntry,
  read: (field: string, name: string) => string | undefined,
  problem: (field: string) => (message: string) => void,
): ConfiguredBank {
  const trim = (u: string) => u.replace(/\/$/, '');
  const signingKey = bank.signing_key && readSigningKey(bank.signing_key, read, problem('signing_key'));
  const mtls = bank.mtls && readMtls(bank.mtls, read, problem('mtls'));
  let softwareStatement = bank.software_statement;
  if (bank.software_statement_file)
    softwareStatement = read('software_statement_file', bank.software_statement_file)?.trim();
  if (softwareStatement !== undefined && !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(softwareStatement))
    problem('software_statement')('is not a signed JWT (header.payload.signature)');
  const initials = bank.name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 2)
    .toUpperCase();
  return {
    institution: { id: bank.id, name: bank.name, country: bank.country, products: bank.products },
    dialect: bank.dialect,
    issuer: trim(bank.issuer),
    apiBase: trim(bank.api_base),
    clientId: bank.client_id,
    ...(signingKey ? { signingKey } : {}),
    ...(mtls ? { mtls } : {}),
    ...(softwareStatement ? { softwareStatement } : {}),
    ...(bank.timeout_ms ? { timeoutMs: bank.timeout_ms } : {}),
    logo: { initials: bank.logo?.initials ?? (initials || 'B'), color: bank.logo?.color ?? '#3d4a5c' },
  };
}

function readSigningKey(
  k: NonNullable<BankEntry['signing_key']>,
  read: (field: string, name: string) => string | undefined,
  problem: (message: string) => void,
): ConfiguredBank['signingKey'] {
  const source = k.file ? read('signing_key.file', k.file) : undefined;
  if (k.file && source === undefined) return undefined;
  try {
    const key = source
      ? createPrivateKey(source)
      : createPrivateKey({ key: k.jwk as JsonWebKey, format: 'jwk' });
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const fits = key.asymmetricKeyType === 'ec' ? curve === 'prime256v1' : key.asymmetricKeyType === 'rsa';
    if (!fits) return void problem('must be an EC P-256 (ES256) or RSA (PS256) private key');
    const alg = k.alg ?? (key.asymmetricKeyType === 'ec' ? 'ES256' : 'PS256');
    if ((alg === 'ES256') !== (key.asymmetricKeyType === 'ec'))
      return void problem(`alg ${alg} needs ${alg === 'ES256' ? 'an EC P-256' : 'an RSA'} key`);
    return { kid: k.kid, alg, pkcs8: key.export({ type: 'pkcs8', format: 'pem' }).toString() };
  } catch {
    return void problem('is not a readable private key');
  }
}

function readMtls(
  m: NonNullable<BankEntry['mtls']>,
  read: (field: string, name: string) => string | undefined,
  problem: (message: string) => void,
): ConfiguredBank['mtls'] {
  const cert = read('mtls.cert_file', m.cert_file);
  const key = read('mtls.key_file', m.key_file);
  const ca = m.ca_file ? read('mtls.ca_file', m.ca_file) : undefined;
  if (cert === undefined || key === undefined || (m.ca_file && ca === undefined)) return undefined;
  try {
    if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key)))
      return void problem('the key is not the certificate’s');
    if (ca) new X509Certificate(ca);
  } catch {
    return void problem('a certificate or key is not readable PEM');
  }
  return { cert, key, ...(ca ? { ca } : {}) };
}
