/**
 * The OAuth 2.0 authorization server of a sandbox bank, built on oidc-provider: authorization code
 * with PKCE S256 required for every client, pushed authorization requests (`/request`),
 * `private_key_jwt` or `client_secret_basic` client authentication, client credentials (UK consent
 * creation), refresh tokens and revocation. Access tokens are opaque and checked in-process by
 * `verifyBearer`; the bank's API scope is `accounts`, bound to the resource `<issuer>/api`.
 * The authorize request names the bank consent with the extra parameter `consent_id` (a simplified
 * stand-in for Open Banking's `openbanking_intent_id` claim and Berlin Group's OAuth SCA link).
 */
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import {
  type ClientMetadata,
  type Configuration,
  createProvider,
  errors,
  type Provider,
} from './oidc-provider.ts';
import type { BankClient } from './types.ts';

export const API_SCOPE = 'accounts';

export interface AuthServer {
  provider: Provider;
  /** The resource indicator every access token is issued for. */
  resource: string;
  /** grantId → bank consent id, filled when the user approves the consent page. */
  consentOfGrant: Map<string, string>;
  verifyBearer(authorization: string | undefined): Promise<BearerToken | undefined>;
}

export type BearerToken =
  | { kind: 'user'; clientId: string; accountId: string; consentId: string | undefined }
  | { kind: 'client'; clientId: string };

function clientMetadata(client: BankClient): ClientMetadata {
  const method =
    client.tokenEndpointAuthMethod ??
    (client.jwks || client.jwksUri ? 'private_key_jwt' : 'client_secret_basic');
  return {
    client_id: client.clientId,
    redirect_uris: client.redirectUris,
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types: ['code'],
    token_endpoint_auth_method: method,
    ...(method === 'private_key_jwt'
      ? client.jwksUri
        ? { jwks_uri: client.jwksUri }
        : { jwks: client.jwks }
      : { client_secret: client.clientSecret }),
  } as ClientMetadata;
}

export async function createAuthServer(options: {
  issuer: string;
  clients: BankClient[];
  cookieKeys?: string[];
  accessTokenTtlSeconds?: number;
}): Promise<AuthServer> {
  const accessTokenTTL = options.accessTokenTtlSeconds ?? 3600;
  const resource = `${options.issuer}/api`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'sandbox-bank-1' };
  const consentOfGrant = new Map<string, string>();

  const configuration: Configuration = {
    clients: options.clients.map(clientMetadata),
    jwks: { keys: [signingKey as never] },
    cookies: { keys: options.cookieKeys ?? [randomBytes(32).toString('hex')] },
    extraParams: ['consent_id'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      pushedAuthorizationRequests: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== resource) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience: resource, accessTokenFormat: 'opaque', accessTokenTTL };
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Every authorization is for one bank consent, so never reuse an earlier grant silently.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    ttl: {
      AccessToken: accessTokenTTL,
      AuthorizationCode: 120,
      RefreshToken: 90 * 86_400,
      Interaction: 3600,
      Session: 3600,
      Grant: 90 * 86_400,
      ClientCredentials: 600,
    },
  };
  const provider = await createProvider(options.issuer, configuration);

  async function verifyBearer(authorization: string | undefined): Promise<BearerToken | undefined> {
    const value = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!value) return undefined;
    const access = await provider.AccessToken.find(value);
    if (access && !access.isExpired && access.scopes.has(API_SCOPE) && access.grantId) {
      const grant = await provider.Grant.find(access.grantId);
      if (!grant) return undefined;
      return {
        kind: 'user',
        clientId: access.clientId ?? '',
        accountId: access.accountId ?? '',
        consentId: consentOfGrant.get(access.grantId),
      };
    }
    const client = await provider.ClientCredentials.find(value);
    if (client && !client.isExpired && client.scopes.has(API_SCOPE))
      return { kind: 'client', clientId: client.clientId ?? '' };
    return undefined;
  }

  return { provider, resource, consentOfGrant, verifyBearer };
}
