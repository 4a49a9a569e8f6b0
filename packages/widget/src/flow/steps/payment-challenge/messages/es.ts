/** Spanish strings of the 3-D Secure window fallback. */
import type { PaymentChallengeMessages } from './en.ts';

export const es: PaymentChallengeMessages = {
  windowTitle: 'Confirma con tu banco en una ventana nueva',
  windowIntro:
    'La verificación de tu banco no se puede mostrar aquí. Ábrela en su propia ventana para confirmar el pago.',
  windowOpen: 'Abrir la ventana de verificación del banco',
  windowOpenedIntro:
    'Termina la verificación en la ventana que se abrió. Esta pantalla continuará sola cuando termines.',
  windowShow: 'Mostrar la ventana de verificación del banco',
  windowBlocked:
    'Tu navegador bloqueó la ventana. Permite las ventanas emergentes en esta página y vuelve a intentarlo, o cancela y elige otra forma de pago.',
};
