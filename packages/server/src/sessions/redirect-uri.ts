/**
 * The session's `redirect_uri` under this server's configuration: checked when a session is
 * created, and again whenever the callback page would send the user to it — so a value stored
 * before the rule existed (or written to the database by hand) is never rendered. The rule itself
 * (https only, origin among the session's allowed origins) is `redirectUriProblem` in @finlet/shared.
 */
import { redirectUriProblem } from '@finlet/shared';
import type { SessionRow } from '../context.ts';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';

/** Plain http to localhost is a development convenience; production returns users over https only. */
const httpLoopback = (config: Pick<Config, 'NODE_ENV'>) => config.NODE_ENV !== 'production';

export function assertRedirectUri(
  config: Pick<Config, 'NODE_ENV'>,
  uri: string,
  allowedOrigins: readonly string[],
): void {
  const problem = redirectUriProblem(uri, allowedOrigins, { httpLoopback: httpLoopback(config) });
  if (problem) throw new ApiError('invalid_request', `redirect_uri ${problem}.`, 'redirect_uri');
}

/** Where a redirect-mode flow returns the user (`redirect_uri?finlet_resume=<session id>`), or null. */
export function resumeUrl(
  config: Pick<Config, 'NODE_ENV'>,
  session: Pick<SessionRow, 'id' | 'redirectUri' | 'allowedOrigins'>,
): string | null {
  const uri = session.redirectUri;
  if (!uri || redirectUriProblem(uri, session.allowedOrigins, { httpLoopback: httpLoopback(config) })) {
    return null;
  }
  const url = new URL(uri);
  url.searchParams.set('finlet_resume', session.id);
  return url.href;
}
