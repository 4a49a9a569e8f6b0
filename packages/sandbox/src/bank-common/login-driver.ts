/**
 * Drives a sandbox bank's OAuth login without a browser: follows redirects by hand, keeps the
 * bank's cookies and submits the login, one-time-code and consent forms the way a person would.
 * Used by the bank contract tests and usable by Finlet server tests that need a real bank login.
 */

export interface LoginAnswers {
  username: string;
  password: string;
  otp?: string;
  decision?: 'allow' | 'deny';
  /** Accounts to tick on the consent page; all pre-ticked ones when omitted. */
  accountIds?: string[];
}

export type LoginOutcome =
  | { kind: 'redirect'; url: URL }
  | { kind: 'page'; status: number; html: string; url: URL };

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Starts at the authorization URL and stops at the first redirect that leaves the bank's origin.
 * `browserFetch` is the browser's network (e.g. one trusting a test CA, for a bank served over TLS).
 */
export async function loginThroughBank(
  authorizationUrl: string,
  answers: LoginAnswers,
  jar = new CookieJar(),
  browserFetch: typeof fetch = fetch,
): Promise<LoginOutcome> {
  let url = new URL(authorizationUrl);
  const bankOrigin = url.origin;
  let init: RequestInit = { method: 'GET' };
  for (let step = 0; step < 20; step += 1) {
    const response = await browserFetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as object), cookie: jar.header() },
    });
    jar.absorb(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.arrayBuffer();
      url = new URL(location, url);
      if (url.origin !== bankOrigin) return { kind: 'redirect', url };
      init = { method: 'GET' };
      continue;
    }
    const html = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replace(/&#38;/g, '&');
    const form = new URLSearchParams();
    if (!action || response.status >= 400) return { kind: 'page', status: response.status, html, url };
    if (action.endsWith('/login')) {
      if (html.includes('role="alert"')) return { kind: 'page', status: response.status, html, url };
      form.set('username', answers.username);
      form.set('password', answers.password);
    } else if (action.endsWith('/mfa')) {
      if (answers.otp === undefined || html.includes('role="alert"'))
        return { kind: 'page', status: response.status, html, url };
      form.set('otp', answers.otp);
    } else if (action.endsWith('/confirm')) {
      form.set('decision', answers.decision ?? 'allow');
      const ticked = [...html.matchAll(/name="account" value="([^"]+)" checked/g)].map((m) => m[1] ?? '');
      for (const id of answers.accountIds ?? ticked) form.append('account', id);
    }
    url = new URL(action, url);
    init = { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('The bank login did not finish within 20 steps');
}
