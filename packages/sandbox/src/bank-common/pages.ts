/**
 * HTML for the sandbox banks' login, one-time-code and consent pages. Plain forms that work with
 * keyboard only and without script: every input has a label, an error is tied to its field with
 * `aria-describedby` and announced by an alert summary, the page sets `lang`, and nothing is
 * loaded from elsewhere (styles are inline).
 */
import type { ConsentDescription } from './interaction.ts';
import { t } from './messages.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1a1a1a}
main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px}
label{display:block;font-weight:600;margin-top:1rem}input[type=text],input[type=password]{width:100%;padding:.5rem;font-size:1rem;border:1px solid #555;border-radius:4px;box-sizing:border-box}
[aria-invalid=true]{border-color:#b00020;border-width:2px}.error{color:#b00020;margin:.25rem 0 0}
button{margin-top:1.25rem;margin-right:.5rem;padding:.6rem 1.2rem;font-size:1rem;border-radius:4px;border:2px solid #1a3d8f;background:#1a3d8f;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1a3d8f}:focus-visible{outline:3px solid #ff9800;outline-offset:2px}
.alert{border:2px solid #b00020;padding:.5rem 1rem;border-radius:4px}fieldset{border:1px solid #ccc;margin-top:1rem}`;

export function page(bank: string, title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – ${escapeHtml(bank)}</title><style>${STYLE}</style></head><body><main><p>${escapeHtml(bank)}</p><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export interface FieldError {
  field: string;
  message: string;
}

function field(
  name: string,
  label: string,
  type: string,
  value: string,
  errors: FieldError[],
  extra = '',
): string {
  const error = errors.find((e) => e.field === name);
  const focus = errors[0]?.field === name ? ' autofocus' : '';
  const describedBy = error ? ` aria-invalid="true" aria-describedby="${name}-error"` : '';
  const message = error ? `<p class="error" id="${name}-error">${escapeHtml(error.message)}</p>` : '';
  return `<label for="${name}">${escapeHtml(label)}</label><input id="${name}" name="${name}" type="${type}" value="${escapeHtml(value)}"${describedBy}${focus}${extra}>${message}`;
}

function summary(errors: FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((e) => `<li><a href="#${e.field}">${escapeHtml(e.message)}</a></li>`).join('');
  return `<div class="alert" role="alert"><ul>${items}</ul></div>`;
}

export function loginPage(o: {
  bank: string;
  client: string;
  /** The sign-in is for approving a payment (not for sharing accounts). */
  payment?: boolean;
  action: string;
  username: string;
  errors: FieldError[];
}): string {
  const autofocusUser = o.errors.length === 0 ? ' autofocus' : '';
  return page(
    o.bank,
    t('loginTitle', { bank: o.bank }),
    `<p>${escapeHtml(t(o.payment ? 'paymentLoginIntro' : 'loginIntro', { client: o.client }))}</p>${summary(o.errors)}<form method="post" action="${escapeHtml(o.action)}" novalidate>${field('username', t('username'), 'text', o.username, o.errors, ` autocomplete="username" required${autofocusUser}`)}${field('password', t('password'), 'password', '', o.errors, ' autocomplete="current-password" required')}<button type="submit">${escapeHtml(t('signIn'))}</button></form>`,
  );
}

export function mfaPage(o: { bank: string; action: string; errors: FieldError[] }): string {
  const focus = o.errors.length === 0 ? ' autofocus' : '';
  return page(
    o.bank,
    t('mfaTitle'),
    `<p id="otp-hint">${escapeHtml(t('mfaIntro'))}</p>${summary(o.errors)}<form method="post" action="${escapeHtml(o.action)}" novalidate>${field('otp', t('mfaCode'), 'text', '', o.errors, ` inputmode="numeric" autocomplete="one-time-code" maxlength="6" required${focus}`)}<button type="submit">${escapeHtml(t('verify'))}</button></form>`,
  );
}

/**
 * The consent page. For an account consent: what the client will see, until when, and checkboxes
 * for the accounts to share. For a payment: the amount, payee and reference, and the one account
 * to pay from (radio buttons), approved or declined with payment wording.
 */
export function consentPage(o: {
  bank: string;
  client: string;
  action: string;
  described: ConsentDescription;
  accounts: { id: string; label: string }[];
  errors: FieldError[];
  focusDeny: boolean;
}): string {
  const d = o.described;
  const payment = d.kind === 'payment';
  const error = o.errors[0];
  const boxes = o.accounts
    .map(
      (a, i) =>
        `<div><input type="${payment ? 'radio' : 'checkbox'}" id="account-${i}" name="account" value="${escapeHtml(a.id)}"${!payment || i === 0 ? ' checked' : ''}${error ? ' aria-describedby="accounts-error"' : ''}> <label for="account-${i}" style="display:inline">${escapeHtml(a.label)}</label></div>`,
    )
    .join('');
  const alert = error
    ? `<div class="alert" role="alert"><p class="error" id="accounts-error">${escapeHtml(error.message)}</p></div>`
    : '';
  const list = (items: string[]) => `<ul>${items.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  const buttons = (allow: string, deny: string) =>
    `<button type="submit" name="decision" value="allow"${o.focusDeny ? '' : ' autofocus'}>${escapeHtml(allow)}</button><button type="submit" class="secondary" name="decision" value="deny"${o.focusDeny ? ' autofocus' : ''}>${escapeHtml(deny)}</button>`;
  if (d.kind === 'payment') {
    return page(
      o.bank,
      t('paymentTitle', { payee: d.payee }),
      `<p>${escapeHtml(t('paymentIntro', { client: o.client }))}</p>${alert}<h2>${escapeHtml(t('paymentDetails'))}</h2>${list(
        [
          t('paymentAmount', { amount: d.amount }),
          t('paymentPayee', { payee: d.payee }),
          t('paymentReference', { reference: d.reference }),
        ],
      )}<p>${escapeHtml(t('paymentValidUntil', { until: d.until }))}</p><form method="post" action="${escapeHtml(o.action)}"><fieldset><legend>${escapeHtml(t('paymentAccount'))}</legend>${boxes}</fieldset>${buttons(t('approvePayment'), t('declinePayment'))}</form>`,
    );
  }
  return page(
    o.bank,
    t('consentTitle', { client: o.client }),
    `<p>${escapeHtml(t('consentIntro', { client: o.client, until: d.until }))}</p>${alert}<h2>${escapeHtml(t('consentPermissions', { client: o.client }))}</h2>${list(d.permissions)}<form method="post" action="${escapeHtml(o.action)}"><fieldset><legend>${escapeHtml(t('consentAccounts'))}</legend>${boxes}</fieldset>${buttons(t('allow'), t('deny'))}</form>`,
  );
}

export function errorPage(bank: string, message: string): string {
  return page(bank, t('errorTitle'), `<p role="alert">${escapeHtml(message)}</p>`);
}
