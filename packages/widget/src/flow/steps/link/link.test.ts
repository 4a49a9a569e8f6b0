/** `<finlet-link>`: banks with their country's name in the customer's language; "Share N accounts" by Intl plurals. */
import { describe, expect, it } from 'vitest';
import {
  collect,
  deep,
  deepAll,
  fakeApi,
  mount,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
import type { StepEvent } from '../../step-events.ts';
import './link.ts';

const bank = (id: string, name: string, country: string) => ({
  id,
  name,
  country,
  logo_url: 'data:image/png;base64,',
  health: 'healthy',
});

describe('<finlet-link>', () => {
  it('names the banks’ countries (not GB/DE)', async () => {
    await useLocale('de', 'link');
    const api = fakeApi({
      'GET /link': { status: 'pending', accounts: [], update_mode: false, institution: null, error: null },
      'GET /institutions': {
        data: [bank('uk', 'Sandbox Bank UK', 'GB'), bank('eu', 'Sandbox Bank EU', 'DE')],
      },
    });
    const el = await mount('finlet-link', { api, locale: 'de' });
    await settle(el);
    const text = textOf(el);
    expect(text).toContain('Vereinigtes Königreich');
    expect(text).toContain('Deutschland');
    expect(deepAll(el, 'button.bank .muted').map((e) => e.textContent)).not.toContain('GB');
  });

  it('counts the accounts to share with the language’s plural forms', async () => {
    await useLocale('ar', 'link');
    const accounts = [1, 2, 3].map((i) => ({
      id: `acc_${i}`,
      name: `Account ${i}`,
      mask: `000${i}`,
      balance: null,
      currency: 'EUR',
    }));
    const api = fakeApi({
      'GET /link': {
        status: 'choose_accounts',
        accounts,
        update_mode: false,
        institution: null,
        error: null,
      },
    });
    const el = await mount('finlet-link', { api, locale: 'ar' });
    await settle(el);
    const share = () => deep(el, '.actions button').textContent?.trim();
    expect(share()).toBe('مشاركة 3 حسابات');
    deep<HTMLInputElement>(el, 'input[type=checkbox]').click();
    await settle(el);
    expect(share()).toBe('مشاركة حسابين');
  });

  it('reports the end of the bank window once when its callback and its closing both say so', async () => {
    await useLocale('en', 'link');
    let link = {
      status: 'pending',
      accounts: [],
      update_mode: false,
      institution: null,
      error: null as string | null,
    };
    const api = fakeApi({
      'GET /link': () => link,
      'GET /institutions': { data: [bank('uk', 'Sandbox Bank UK', 'GB')] },
      'POST /link/start': { attempt: 'att_1', authorization_url: 'about:blank#bank' },
    });
    const popup = { closed: false, close: () => {}, location: { href: '' } };
    const realOpen = window.open;
    window.open = (() => popup) as unknown as typeof window.open;
    try {
      const el = await mount('finlet-link', { api, locale: 'en' });
      await settle(el);
      const events = collect<StepEvent>(el, 'finlet-step-event');
      deep<HTMLButtonElement>(el, 'button.bank').click();
      await settle(el);
      // The customer refused at the bank: the window closes and the closed-window watch (every
      // 500 ms) reports it; the callback page's message arrives after that.
      link = { ...link, status: 'failed', error: 'consent_denied' };
      popup.closed = true;
      await new Promise((r) => setTimeout(r, 700));
      window.dispatchEvent(
        new MessageEvent('message', { origin: location.origin, data: { type: 'finlet:oauth' } }),
      );
      await settle(el);
      expect(events.map((e) => e.name)).toEqual([
        'SELECT_INSTITUTION',
        'OAUTH_OPEN',
        'OAUTH_CLOSE',
        'OAUTH_FAIL',
      ]);
    } finally {
      window.open = realOpen;
    }
  });
});
