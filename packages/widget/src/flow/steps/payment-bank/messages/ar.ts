/** Arabic strings of pay by bank. */
import type { PaymentBankMessages } from './en.ts';

export const ar: PaymentBankMessages = {
  chooseTitle: 'الدفع عبر البنك',
  chooseIntro: (amount: string) => `اختر بنكك لدفع ${amount}. ستوافق على الدفع لدى بنكك.`,
  banksLabel: 'البنوك',
  linked: 'مرتبط سابقًا',
  degraded: 'يواجه مشكلات — قد يفشل الدفع',
  loading: 'جارٍ تحميل البنوك…',
  none: 'لا يوجد بنك يمكنه قبول هذا الدفع. ادفع بالبطاقة بدلًا من ذلك.',
  back: 'العودة إلى البطاقة',
  authorisingTitle: (bank: string) => `وافق على الدفع لدى ${bank}`,
  authorisingBody: 'سجّل الدخول ووافق على الدفع في النافذة التي فتحها بنكك. عد إلى هنا عند الانتهاء.',
  reopen: 'افتح نافذة البنك مرة أخرى',
  cancel: 'إلغاء واختيار طريقة دفع أخرى',
  redirectTitle: (bank: string) => `تابع لدى ${bank}`,
  redirectBody: 'سيفتح بنكك في هذه الصفحة. ستعود إلى هنا عند الانتهاء.',
  redirectGo: (bank: string) => `المتابعة إلى ${bank}`,
  processing: 'يعالج بنكك الدفع…',
  pendingTitle: 'لا يزال بنكك يؤكد الدفع',
  pendingBody:
    'قد يستغرق ذلك بعض الوقت. لا تدفع مرة أخرى: يمكنك إغلاق هذه النافذة، وسيُبلَّغ المتجر فور تأكيد بنكك.',
  checkAgain: 'تحقّق مرة أخرى',
  starting: 'جارٍ الاتصال ببنكك…',
  failures: {
    bank_rejected: 'رفض بنكك الدفع. لم يُخصم أي مبلغ. اختر طريقة دفع أخرى.',
    consent_denied: 'لم توافق على الدفع لدى بنكك. لم يُخصم أي مبلغ.',
    authorization_failed: 'لم يتمكن بنكك من تأكيد تسجيل دخولك. حاول مرة أخرى أو اختر طريقة دفع أخرى.',
    authorization_abandoned: 'أُغلقت نافذة البنك قبل الموافقة على الدفع. يمكنك المحاولة مرة أخرى.',
    institution_unavailable: 'بنكك لا يستجيب الآن. حاول لاحقًا أو ادفع بالبطاقة.',
    provider_error: 'حدث خطأ لدى بنكك. حاول مرة أخرى أو اختر طريقة دفع أخرى.',
    bank_confirmation_timeout: 'لم يؤكد بنكك الدفع. تواصل مع المتجر قبل الدفع مرة أخرى.',
    generic: 'لم يكتمل الدفع البنكي. اختر طريقة دفع أخرى.',
  },
  code: (code: string) => `(الرمز: ${code})`,
};
