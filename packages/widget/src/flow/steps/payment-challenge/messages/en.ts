/** English strings of the 3-D Secure window fallback (the type every other language must match). */
export const en = {
  windowTitle: 'Confirm with your bank in a new window',
  windowIntro: 'Your bank’s check cannot be shown here. Open it in its own window to confirm the payment.',
  windowOpen: 'Open the bank’s check window',
  windowOpenedIntro:
    'Finish the check in the window that opened. This screen continues by itself when you are done.',
  windowShow: 'Show the bank’s check window',
  windowBlocked:
    'Your browser blocked the window. Allow pop-ups for this page and try again, or cancel and choose another way to pay.',
};

export type PaymentChallengeMessages = typeof en;
