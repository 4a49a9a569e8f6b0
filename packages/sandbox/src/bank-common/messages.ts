/**
 * The message catalogue for the sandbox banks' login and consent pages (English only: the banks
 * are test doubles, but their pages still follow the accessibility rules of the real widget).
 * An account consent asks to share accounts; a payment asks to approve one payment from one
 * account, with payment wording, as a real bank's pages do.
 */
export const MESSAGES = {
  loginTitle: 'Sign in to {bank}',
  loginIntro: 'Sign in to let {client} see your account information.',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  wrongCredentials: 'The username or password is not right. Check them and try again.',
  missingUsername: 'Enter your username.',
  missingPassword: 'Enter your password.',
  locked: 'This account is locked after too many attempts. Contact the bank to unlock it.',
  mfaTitle: 'Enter your one-time code',
  mfaIntro: 'We sent a 6-digit code to your phone. (Sandbox: the code is 123456.)',
  mfaCode: 'One-time code',
  mfaWrong: 'That code is not right. Enter the 6-digit code again.',
  verify: 'Verify',
  paymentLoginIntro: 'Sign in to approve a payment that {client} asks for.',
  consentTitle: 'Share your accounts with {client}',
  consentIntro: '{client} asks to read the information below until {until}.',
  consentAccounts: 'Accounts to share',
  consentNoAccounts: 'Choose at least one account to share.',
  consentPermissions: 'What {client} will see',
  allow: 'Allow',
  deny: 'Deny',
  paymentTitle: 'Approve a payment to {payee}',
  paymentIntro: '{client} asks you to approve this payment. Nothing is paid unless you approve it.',
  paymentDetails: 'Payment details',
  paymentAmount: 'Amount: {amount}',
  paymentPayee: 'To: {payee}',
  paymentReference: 'Reference: {reference}',
  paymentValidUntil: 'You can approve it until {until}.',
  paymentAccount: 'Pay from',
  paymentNoAccount: 'Choose the account to pay from.',
  approvePayment: 'Approve payment',
  declinePayment: 'Decline',
  errorTitle: 'Something went wrong',
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, values: Record<string, string> = {}): string {
  return MESSAGES[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
