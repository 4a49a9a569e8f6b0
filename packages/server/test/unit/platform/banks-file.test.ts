/**
 * FINLET_BANKS_FILE is read and checked at start: a mistake stops the process with a message that
 * names the file and the field (`banks.1.mtls.cert_file`), never a failure at a user's first link.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/env.ts';
import { productionEnv } from '../../support/production-env.ts';
import { createTestPki, type TestPki } from '../../support/test-pki.ts';

let dir: string;
let pki: TestPki;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'finlet-banks-file-'));
  pki = createTestPki(dir);
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(path.join(dir, 'signing.key'), ec.privateKey.export({ type: 'pkcs8', format: 'pem' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bank = (over: Record<string, unknown> = {}) => ({
  id: 'northbank-de',
  name: 'Northbank',
  country: 'DE',
  dialect: 'berlin_group',
  issuer: 'https://auth.northbank.example',
  api_base: 'https://api.northbank.example/psd2',
  client_id: 'finlet',
  ...over,
});

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The issues of the ConfigError loading `file` throws (fails the test if it loads). */
function issues(file: string, env: Record<string, string> = {}): string[] {
  try {
    loadConfig({ FINLET_BANKS_FILE: file, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  return expect.unreachable('the file loaded');
}

describe('a good file', () => {
  it('gives each bank with its files read, paths relative to the file, and defaults filled in', () => {
    const file = write('good.json', {
      banks: [
        bank({
          api_base: 'https://api.northbank.example/psd2/',
          signing_key: { kid: 'nb-1', file: 'signing.key' },
          mtls: { cert_file: pki.files.clientCert, key_file: pki.files.clientKey, ca_file: pki.files.ca },
        }),
      ],
    });
    const [nb] = loadConfig({ FINLET_BANKS_FILE: file }).banks;
    expect(nb).toMatchObject({
      institution: { id: 'northbank-de', name: 'Northbank', country: 'DE' },
      dialect: 'berlin_group',
      apiBase: 'https://api.northbank.example/psd2',
      clientId: 'finlet',
      signingKey: { kid: 'nb-1', alg: 'ES256' },
      mtls: { cert: pki.pem.clientCert, key: pki.pem.clientKey, ca: pki.pem.ca },
      logo: { initials: 'N' },
    });
    expect(nb?.institution.products).toContain('payment_initiation');
  });

  it('reads YAML too, and no file means no configured banks', () => {
    const file = write(
      'good.yaml',
      'banks:\n  - id: harbour-uk\n    name: Harbour Bank\n    country: GB\n    dialect: ob_uk\n    issuer: https://auth.harbour.example\n    api_base: https://api.harbour.example\n    client_id: finlet\n',
    );
    expect(loadConfig({ FINLET_BANKS_FILE: file }).banks.map((b) => b.institution.id)).toEqual([
      'harbour-uk',
    ]);
    expect(loadConfig({}).banks).toEqual([]);
  });
});

describe('a bad file stops the start with the file and the field named', () => {
  it('a missing file, or one that is neither JSON nor YAML', () => {
    const missing = path.join(dir, 'nowhere.yaml');
    expect(issues(missing)).toEqual([`FINLET_BANKS_FILE (${missing}): cannot read ${missing}`]);
    const broken = write('broken.yaml', 'banks: [\n');
    expect(issues(broken)[0]).toMatch(/^FINLET_BANKS_FILE \(.*broken\.yaml\): not JSON or YAML/);
  });

  it('each bad field, by its path in the file', () => {
    const file = write('fields.json', {
      banks: [
        bank({ country: 'Germany' }),
        bank({ id: 'b2', dialect: 'fdx', issuer: 'not a url' }),
        bank({ id: 'b3', colour: 'red' }),
      ],
    });
    const found = issues(file);
    expect(found.every((i) => i.startsWith(`FINLET_BANKS_FILE (${file}): `))).toBe(true);
    const fields = found.map((i) => i.slice(`FINLET_BANKS_FILE (${file}): `.length).split(':')[0]);
    expect(fields).toEqual(
      expect.arrayContaining(['banks.0.country', 'banks.1.dialect', 'banks.1.issuer', 'banks.2']),
    );
  });

  it('an id taken by a sandbox bank or another entry, and plain http in production', () => {
    const file = write('ids.json', {
      banks: [bank({ id: 'sandbox-bank-uk' }), bank(), bank({ issuer: 'http://auth.northbank.example' })],
    });
    expect(issues(file).map((i) => i.replace(/^FINLET_BANKS_FILE \(.*?\): /, ''))).toEqual([
      'banks.0.id: "sandbox-bank-uk" is taken',
      'banks.2.id: "northbank-de" is taken',
    ]);
    const prod = issues(write('prod.json', { banks: [bank({ issuer: 'http://auth.northbank.example' })] }), {
      ...productionEnv(),
      FINLET_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(prod.some((i) => i.endsWith('banks.0.issuer: must be https:// in production'))).toBe(true);
  });

  it('a certificate file that is missing, a key that is not the certificate’s, an unreadable signing key', () => {
    const mtls = (cert: string, key: string) => ({ mtls: { cert_file: cert, key_file: key } });
    const file = write('files.json', {
      banks: [
        bank(mtls('absent.pem', pki.files.clientKey)),
        bank({ id: 'b2', ...mtls(pki.files.clientCert, pki.files.strangerKey) }),
        bank({ id: 'b3', signing_key: { kid: 'k', file: pki.files.ca } }),
        bank({ id: 'b4', signing_key: { kid: 'k', file: 'signing.key', alg: 'PS256' } }),
        bank({ id: 'b5', software_statement: 'not-a-jwt' }),
      ],
    });
    expect(issues(file).map((i) => i.replace(/^FINLET_BANKS_FILE \(.*?\): /, ''))).toEqual([
      'banks.0.mtls.cert_file: cannot read absent.pem',
      'banks.1.mtls: the key is not the certificate’s',
      'banks.2.signing_key: is not a readable private key',
      'banks.3.signing_key: alg PS256 needs an RSA key',
      'banks.4.software_statement: is not a signed JWT (header.payload.signature)',
    ]);
  });
});
