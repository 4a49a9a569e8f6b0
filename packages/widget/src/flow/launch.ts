/**
 * Reads what the loader put in the frame URL — the session id (`?session=`) and the client token
 * (`#token=`) — and removes the token from the address bar and history at once.
 */
export interface Launch {
  token: string | undefined;
  sessionId: string | undefined;
}

export function readLaunch(loc: Location = location, hist: History = history): Launch {
  const token = new URLSearchParams(loc.hash.slice(1)).get('token') ?? undefined;
  const sessionId = new URLSearchParams(loc.search).get('session') ?? undefined;
  if (loc.hash) hist.replaceState(hist.state, '', loc.pathname + loc.search);
  return { token, sessionId };
}
