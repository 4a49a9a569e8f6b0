/**
 * Finlet's OAuth 2.0 client at a bank, on oauth4webapi: discovery, client credentials, pushed
 * authorization requests with PKCE S256, the code exchange, refresh and revocation, every client
 * authentication a `private_key_jwt` assertion signed with Finlet's bank-client key (its public
 * JWKS is published at `/.well-known/bank-client-jwks.json`; a bank configured with its own
 * signing key uses that one). Each call goes through the bank's `JsonSender`, so its timeouts,
 * retries, Retry-After, breaker and TLS settings (mTLS) apply to OAuth as to the API; a fresh
 * assertion (new `jti`) is signed for every attempt.
 */
import type { webcrypto } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { ApiError } from '../../errors.ts';
import { ProviderFault, unreadableAnswer } from '../http/errors.ts';
import type { JsonSender } from '../http/sender.ts';
import { BankAccessError } from './types.ts';

export interface BankClientKey {
  key: webcrypto.CryptoKey;
  kid: string;
}

export interface BankTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: number | null;
}

/** The user refused, or the bank reported an error on the redirect. */
export class AuthorizationDenied extends Error {
  constructor(readonly error: string) {
    super(error);
  }
}

/**
 * The failure code the frame shows (and reports as the exit status) when a bank round trip fails —
 * the same for linking an account and for paying by bank.
 */
export function bankFailureCode(error: unknown): string {
  if (error instanceof AuthorizationDenied)
    return error.error === 'access_denied' ? 'consent_denied' : 'authorization_failed';
  if (
    error instanceof ApiError &&
    (error.code === 'provider_unavailable' || error.code === 'provider_timeout')
  )
    return 'institution_unavailable';
  return 'provider_error';
}

/** What every oauth4webapi request of a bank is sent with. */
type RequestOptions = oauth.DiscoveryRequestOptions & oauth.TokenEndpointRequestOptions;

export class BankOAuth {
  #server: oauth.AuthorizationServer | undefined;
  readonly #client: oauth.Client;
  readonly #auth: Promise<oauth.ClientAuth>;

  constructor(
    private readonly issuer: string,
    clientId: string,
    /** A configured bank's key may still be importing (WebCrypto is asynchronous). */
    key: BankClientKey | Promise<BankClientKey>,
    private readonly http: JsonSender,
  ) {
    this.#client = { client_id: clientId, token_endpoint_auth_method: 'private_key_jwt' };
    this.#auth = Promise.resolve(key).then((k) => oauth.PrivateKeyJwt({ key: k.key, kid: k.kid }));
    // A failed import surfaces on the first call; until then it is not an unhandled rejection.
    this.#auth.catch(() => undefined);
  }

  /**
   * One OAuth exchange under the bank's policy: `attempt` gets the options that make oauth4webapi
   * send through the sender (this attempt's signal, the bank's TLS) and the client authentication.
   */
  private async call<T>(
    attempt: (options: RequestOptions, auth: oauth.ClientAuth) => Promise<T>,
  ): Promise<T> {
    const auth = await this.#auth;
    return this.http.policy.run(
      async (signal) => {
        const options = {
          [oauth.customFetch]: ((url: string, init: RequestInit) =>
            this.http.fetchOnce(url, init, signal)) as typeof fetch,
          [oauth.allowInsecureRequests]: this.issuer.startsWith('http://'),
          signal,
        };
        try {
          return await attempt(options, auth);
        } catch (error) {
          if (error instanceof ProviderFault || error instanceof ApiError || error instanceof BankAccessError)
            throw error;
          if (error instanceof oauth.ResponseBodyError)
            throw new ApiError('provider_error', `${this.http.provider} refused: ${error.error}`);
          throw unreadableAnswer('authorization server answer');
        }
      },
      { idempotent: true, operation: 'OAuth' },
    );
  }

  private async server(): Promise<oauth.AuthorizationServer> {
    if (this.#server) return this.#server;
    const issuer = new URL(this.issuer);
    this.#server = await this.call(async (options) =>
      oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options)),
    );
    return this.#server;
  }

  async clientCredentials(scope: string): Promise<string> {
    const as = await this.server();
    const tokens = await this.call(async (options, auth) =>
      oauth.processClientCredentialsResponse(
        as,
        this.#client,
        await oauth.clientCredentialsGrantRequest(as, this.#client, auth, { scope }, options),
      ),
    );
    return tokens.access_token;
  }

  /** Pushes the authorization request (PAR) and returns the URL the user's browser opens. */
  async authorizationUrl(o: {
    redirectUri: string;
    state: string;
    codeVerifier: string;
    consentId: string;
    scope: string;
  }): Promise<string> {
    const as = await this.server();
    const params = {
      response_type: 'code',
      client_id: this.#client.client_id,
      redirect_uri: o.redirectUri,
      scope: o.scope,
      state: o.state,
      code_challenge: await oauth.calculatePKCECodeChallenge(o.codeVerifier),
      code_challenge_method: 'S256',
      consent_id: o.consentId,
    };
    const pushed = await this.call(async (options, auth) =>
      oauth.processPushedAuthorizationResponse(
        as,
        this.#client,
        await oauth.pushedAuthorizationRequest(as, this.#client, auth, params, options),
      ),
    );
    const url = new URL(as.authorization_endpoint ?? `${this.issuer}/auth`);
    url.searchParams.set('client_id', this.#client.client_id);
    url.searchParams.set('request_uri', pushed.request_uri);
    return url.href;
  }

  /**
   * Checks the redirect's parameters (state, iss, error) without redeeming anything; throws
   * `AuthorizationDenied` when the bank reports the user's refusal or another error.
   */
  async validateRedirect(callback: URLSearchParams, state: string): Promise<URLSearchParams> {
    const as = await this.server();
    try {
      return oauth.validateAuthResponse(as, this.#client, callback, state);
    } catch (error) {
      if (error instanceof oauth.AuthorizationResponseError) throw new AuthorizationDenied(error.error);
      throw new ApiError('provider_error', 'The bank redirect could not be validated.');
    }
  }

  /** Checks the redirect's parameters (state, iss, error) and exchanges the code. */
  async exchange(
    callback: URLSearchParams,
    state: string,
    redirectUri: string,
    verifier: string,
  ): Promise<BankTokens> {
    const as = await this.server();
    const params = await this.validateRedirect(callback, state);
    const tokens = await this.call(async (options, auth) =>
      oauth.processAuthorizationCodeResponse(
        as,
        this.#client,
        await oauth.authorizationCodeGrantRequest(
          as,
          this.#client,
          auth,
          params,
          redirectUri,
          verifier,
          options,
        ),
      ),
    );
    return toTokens(tokens);
  }

  async refresh(refreshToken: string): Promise<BankTokens> {
    const as = await this.server();
    const tokens = await this.call(async (options, auth) => {
      try {
        return await oauth.processRefreshTokenResponse(
          as,
          this.#client,
          await oauth.refreshTokenGrantRequest(as, this.#client, auth, refreshToken, options),
        );
      } catch (error) {
        // A refresh token the bank refuses (expired, revoked, consent gone) needs the user again.
        if (error instanceof oauth.ResponseBodyError && error.error === 'invalid_grant')
          throw new BankAccessError('consent', 'The bank refused the refresh token.');
        throw error;
      }
    });
    const next = toTokens(tokens);
    return { ...next, refreshToken: next.refreshToken ?? refreshToken };
  }

  async revoke(token: string): Promise<void> {
    const as = await this.server();
    await this.call(async (options, auth) =>
      oauth.processRevocationResponse(await oauth.revocationRequest(as, this.#client, auth, token, options)),
    );
  }
}

function toTokens(t: oauth.TokenEndpointResponse): BankTokens {
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token ?? null,
    expiresAt: t.expires_in ? Date.now() + t.expires_in * 1000 : null,
  };
}
