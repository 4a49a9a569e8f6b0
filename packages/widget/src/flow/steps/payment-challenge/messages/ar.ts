/** Arabic strings of the 3-D Secure window fallback. */
import type { PaymentChallengeMessages } from './en.ts';

export const ar: PaymentChallengeMessages = {
  windowTitle: 'أكّد مع البنك في نافذة جديدة',
  windowIntro: 'لا يمكن عرض تحقق البنك هنا. افتحه في نافذة مستقلة لتأكيد الدفع.',
  windowOpen: 'افتح نافذة تحقق البنك',
  windowOpenedIntro: 'أكمل التحقق في النافذة التي فُتحت. ستتابع هذه الشاشة تلقائيًا عند الانتهاء.',
  windowShow: 'اعرض نافذة تحقق البنك',
  windowBlocked:
    'حظر المتصفح النافذة. اسمح بالنوافذ المنبثقة لهذه الصفحة وحاول مجددًا، أو ألغِ واختر طريقة دفع أخرى.',
};
