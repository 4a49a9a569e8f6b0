/** `<finlet-link>`: banks with their country's name in the customer's language; "Share N accounts" by Intl plurals. */
import { describe, expect, it } from 'vitest';
import {
  deep,
  deepAll,
  fakeApi,
  mount,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
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
});
