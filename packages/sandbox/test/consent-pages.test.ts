/**
 * The sandbox banks' consent page speaks of what the user is deciding: sharing accounts for an
 * account consent, approving one payment (amount, payee, reference, the account it is paid from)
 * for a payment — never account-sharing words on a payment.
 */
import { describe, expect, it } from 'vitest';
import { consentPage, loginPage } from '../src/bank-common/pages.ts';

const accounts = [
  { id: 'acc-1', label: 'Everyday (EUR) ••••1234' },
  { id: 'acc-2', label: 'Savings (EUR) ••••5678' },
];
const base = {
  bank: 'Sandbox Bank EU',
  client: 'finlet-sandbox',
  action: '/interaction/x/confirm',
  accounts,
  errors: [],
  focusDeny: false,
};

describe('consent pages', () => {
  it('asks to approve a payment, from one account, with payment wording', () => {
    const page = consentPage({
      ...base,
      described: {
        kind: 'payment',
        amount: '24.00 EUR',
        payee: 'Paper & Pine',
        reference: 'ORDER-1',
        until: 'soon',
      },
    });
    expect(page).toContain('<h1>Approve a payment to Paper &#38; Pine</h1>');
    expect(page).toContain('Amount: 24.00 EUR');
    expect(page).toContain('Reference: ORDER-1');
    expect(page).toContain('<legend>Pay from</legend>');
    expect(page).toMatch(/>Approve payment<\/button>.*>Decline<\/button>/);
    // One account pays: radio buttons, the first chosen.
    expect(page.match(/type="radio"/g)).toHaveLength(2);
    expect(page.match(/ checked/g)).toHaveLength(1);
    expect(page).not.toMatch(/share|see your account|Allow</i);
  });

  it('asks to share accounts for an account consent', () => {
    const page = consentPage({
      ...base,
      described: { kind: 'accounts', permissions: ['Your balances'], until: 'soon' },
    });
    expect(page).toContain('Share your accounts with finlet-sandbox');
    expect(page.match(/type="checkbox"/g)).toHaveLength(2);
    expect(page).toMatch(/>Allow<\/button>.*>Deny<\/button>/);
  });

  it('signs in to approve a payment, or to share account information', () => {
    const login = {
      bank: 'Sandbox Bank UK',
      client: 'finlet-sandbox',
      action: '/a',
      username: '',
      errors: [],
    };
    expect(loginPage({ ...login, payment: true })).toContain(
      'Sign in to approve a payment that finlet-sandbox asks for.',
    );
    expect(loginPage(login)).toContain('see your account information');
  });
});
