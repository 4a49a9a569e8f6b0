/**
 * Test harness for the sandbox bank contract tests: starts a bank on a free 127.0.0.1 port through
 * `serveBank` (the runner's own `listenOn` underneath), and plays the TPP (the Finlet server's role) over real HTTP —
 * client credentials, PKCE authorize URLs, PAR, `private_key_jwt` or `client_secret_basic` at the
 * token endpoint, the user's way through the bank's login pages, and API calls whose every response
 * is checked against the official OpenAPI file. `startContractBank` is what each contract test file
 * starts before its tests.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { dataFile } from '@finlet/data';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { type LoginAnswers, loginThroughBank } from '../src/bank-common/login-driver.ts';
import { type ContractCheck, OpenApiContract } from '../src/bank-common/openapi-contract.ts';
import type { SandboxBank } from '../src/bank-common/shell.ts';
import type { BankClient, BankOptions } from '../src/bank-common/types.ts';
import { type ServedBank, serveBank } from '../src/serve.ts';

export const REDIRECT_URI = 'http://127.0.0.1:9/callback';

export type RunningBank = ServedBank;

export interface TppKeys {
  jwtClient: BankClient;
  basicClient: BankClient;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
}

export async function tppKeys(): Promise<TppKeys> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'finlet-test-1', alg: 'ES256', use: 'sig' };
  return {
    privateKey,
    jwtClient: { clientId: 'finlet-jwt', redirectUris: [REDIRECT_URI], jwks: { keys: [jwk] } },
    basicClient: { clientId: 'finlet-basic', redirectUris: [REDIRECT_URI], clientSecret: 'sandbox-secret' },
  };
}

export async function startBank(
  create: (options: BankOptions) => Promise<SandboxBank>,
  keys: TppKeys,
  extra: Partial<BankOptions> = {},
): Promise<RunningBank> {
  return serveBank((issuer) => create({ issuer, clients: [keys.jwtClient, keys.basicClient], ...extra }));
}

/** Moves a sandbox bank's clock by `days` (`POST /__sandbox/advance`): consents expire, pending books. */
export async function advanceBank(url: string, days: number): Promise<void> {
  const res = await fetch(`${url}/__sandbox/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ days }),
  });
  if (res.status !== 200) throw new Error(`advance answered ${res.status}: ${await res.text()}`);
}

/** One of the official OpenAPI files in the repository's `data/` (`base`: the API's path prefix). */
export function officialContract(file: string, base?: string): OpenApiContract {
  return new OpenApiContract(dataFile(file), base);
}

export const BERLIN_GROUP_OPENAPI = 'openapi/berlin-group/psd2-api_1.3.9_2021-05-04v1.yaml';

/** The sandbox users who get through the login to the bank's data, MFA user with the right code. */
export const LINKING_USERS: LoginAnswers[] = [
  { username: 'user_good', password: 'pass_good' },
  { username: 'user_mfa', password: 'pass_good', otp: '123456' },
  { username: 'user_multi', password: 'pass_good' },
  { username: 'user_history', password: 'pass_good' },
  { username: 'user_pending', password: 'pass_good' },
];

export interface ContractBank {
  keys: TppKeys;
  running: RunningBank;
  /** The `private_key_jwt` client, checking every answer against the contract. */
  tpp: Tpp;
}

/** A bank for one contract test file, with fresh TPP keys and both clients registered. */
export async function startContractBank(
  create: (options: BankOptions) => Promise<SandboxBank>,
  contract: OpenApiContract,
): Promise<ContractBank> {
  const keys = await tppKeys();
  const running = await startBank(create, keys);
  return { keys, running, tpp: new Tpp(running.url, keys, 'jwt', contract) };
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** The TPP side: one OAuth client of the bank. */
export class Tpp {
  readonly checks: ContractCheck[] = [];

  constructor(
    private readonly url: string,
    private readonly keys: TppKeys,
    private readonly auth: 'jwt' | 'basic',
    private readonly contract?: OpenApiContract,
  ) {}

  get clientId(): string {
    return this.auth === 'jwt' ? this.keys.jwtClient.clientId : this.keys.basicClient.clientId;
  }

  /** POSTs a form to an OAuth endpoint with this client's authentication. */
  async oauth(
    endpoint: string,
    params: Record<string, string>,
  ): Promise<{ status: number; body: Record<string, string> }> {
    const form = new URLSearchParams(params);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (this.auth === 'basic') {
      headers.authorization = `Basic ${Buffer.from(`${this.clientId}:${this.keys.basicClient.clientSecret}`).toString('base64')}`;
    } else {
      const assertion = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: 'finlet-test-1' })
        .setIssuer(this.clientId)
        .setSubject(this.clientId)
        .setAudience(this.url)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime('2m')
        .sign(this.keys.privateKey);
      form.set('client_id', this.clientId);
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      form.set('client_assertion', assertion);
    }
    const response = await fetch(`${this.url}${endpoint}`, { method: 'POST', headers, body: form });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, string>) : {} };
  }

  async clientCredentials(): Promise<string> {
    const answer = await this.oauth('/token', { grant_type: 'client_credentials', scope: 'accounts' });
    if (answer.status !== 200) throw new Error(`client_credentials failed: ${JSON.stringify(answer.body)}`);
    return answer.body.access_token ?? '';
  }

  /** Authorization request parameters with a fresh PKCE pair (omit PKCE with `pkce: false`). */
  authorizeParams(consentId: string, pkce = true): { params: Record<string, string>; verifier: string } {
    const verifier = randomBytes(32).toString('base64url');
    const params: Record<string, string> = {
      client_id: this.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'accounts',
      state: randomBytes(8).toString('hex'),
      consent_id: consentId,
    };
    if (pkce) {
      params.code_challenge = createHash('sha256').update(verifier).digest('base64url');
      params.code_challenge_method = 'S256';
    }
    return { params, verifier };
  }

  authorizeUrl(params: Record<string, string>): string {
    return `${this.url}/auth?${new URLSearchParams(params)}`;
  }

  /** The user through the bank's login and consent pages for `consentId`, back at the TPP's redirect. */
  async authorizeAtBank(
    consentId: string,
    answers: LoginAnswers,
  ): Promise<{ redirect: URL; verifier: string }> {
    const { params, verifier } = this.authorizeParams(consentId);
    const outcome = await loginThroughBank(this.authorizeUrl(params), answers);
    if (outcome.kind !== 'redirect')
      throw new Error(`login stopped on a page: ${outcome.html.slice(0, 300)}`);
    return { redirect: outcome.url, verifier };
  }

  async exchange(code: string, verifier: string): Promise<Record<string, string>> {
    const answer = await this.oauth('/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    });
    if (answer.status !== 200) throw new Error(`code exchange failed: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Calls the bank API and checks the answer against the official specification. */
  async api(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ): Promise<ApiAnswer> {
    const response = await fetch(path.startsWith('http') ? path : `${this.url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (this.contract)
      this.checks.push(this.contract.check(method, response.url, response.status, response.headers, parsed));
    return { status: response.status, headers: response.headers, body: parsed };
  }
}
