/** English strings of pay by bank (the type every other language must match). */
export const en = {
  chooseTitle: 'Pay by bank',
  chooseIntro: (amount: string) => `Choose your bank to pay ${amount}. You approve the payment at your bank.`,
  banksLabel: 'Banks',
  linked: 'Linked earlier',
  degraded: 'Having problems — paying may fail',
  loading: 'Loading banks…',
  none: 'No bank can take this payment. Pay by card instead.',
  back: 'Back to card',
  authorisingTitle: (bank: string) => `Approve the payment at ${bank}`,
  authorisingBody:
    'Sign in and approve the payment in the window your bank opened. Come back here when you are done.',
  reopen: 'Open the bank window again',
  cancel: 'Cancel and choose another way to pay',
  redirectTitle: (bank: string) => `Continue at ${bank}`,
  redirectBody: 'Your bank opens in this page. You will come back here when you are done.',
  redirectGo: (bank: string) => `Continue to ${bank}`,
  processing: 'Your bank is processing the payment…',
  pendingTitle: 'Your bank is still confirming the payment',
  pendingBody:
    'This can take a while. Do not pay again: you can close this window, and the shop will be told as soon as your bank confirms.',
  checkAgain: 'Check again',
  starting: 'Contacting your bank…',
  failures: {
    bank_rejected: 'Your bank rejected the payment. No money was taken. Choose another way to pay.',
    consent_denied: 'You did not approve the payment at your bank. No money was taken.',
    authorization_failed: 'Your bank could not confirm your sign-in. Try again or choose another way to pay.',
    authorization_abandoned: 'The bank window was closed before you approved the payment. You can try again.',
    institution_unavailable: 'Your bank is not responding right now. Try again later or pay by card.',
    provider_error: 'Something went wrong at your bank. Try again or choose another way to pay.',
    bank_confirmation_timeout: 'Your bank did not confirm the payment. Contact the shop before paying again.',
    generic: 'The bank payment did not go through. Choose another way to pay.',
  } as Record<string, string>,
  code: (code: string) => `(code: ${code})`,
};
export type PaymentBankMessages = typeof en;
