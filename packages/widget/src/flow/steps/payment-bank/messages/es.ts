/** Spanish strings of pay by bank. */
import type { PaymentBankMessages } from './en.ts';

export const es: PaymentBankMessages = {
  chooseTitle: 'Pagar con el banco',
  chooseIntro: (amount: string) => `Elige tu banco para pagar ${amount}. Aprobarás el pago en tu banco.`,
  banksLabel: 'Bancos',
  linked: 'Vinculado antes',
  degraded: 'Con problemas: el pago puede fallar',
  loading: 'Cargando bancos…',
  none: 'Ningún banco puede aceptar este pago. Paga con tarjeta.',
  back: 'Volver a la tarjeta',
  authorisingTitle: (bank: string) => `Aprueba el pago en ${bank}`,
  authorisingBody:
    'Inicia sesión y aprueba el pago en la ventana que abrió tu banco. Vuelve aquí al terminar.',
  reopen: 'Abrir de nuevo la ventana del banco',
  cancel: 'Cancelar y elegir otra forma de pago',
  redirectTitle: (bank: string) => `Continúa en ${bank}`,
  redirectBody: 'Tu banco se abre en esta página. Volverás aquí al terminar.',
  redirectGo: (bank: string) => `Continuar a ${bank}`,
  processing: 'Tu banco está procesando el pago…',
  pendingTitle: 'Tu banco todavía está confirmando el pago',
  pendingBody:
    'Puede tardar un poco. No vuelvas a pagar: puedes cerrar esta ventana y la tienda recibirá el aviso en cuanto tu banco lo confirme.',
  checkAgain: 'Comprobar de nuevo',
  starting: 'Contactando con tu banco…',
  failures: {
    bank_rejected: 'Tu banco rechazó el pago. No se cobró nada. Elige otra forma de pago.',
    consent_denied: 'No aprobaste el pago en tu banco. No se cobró nada.',
    authorization_failed:
      'Tu banco no pudo confirmar tu inicio de sesión. Inténtalo de nuevo o elige otra forma de pago.',
    authorization_abandoned:
      'La ventana del banco se cerró antes de aprobar el pago. Puedes intentarlo de nuevo.',
    institution_unavailable: 'Tu banco no responde ahora mismo. Inténtalo más tarde o paga con tarjeta.',
    provider_error: 'Algo salió mal en tu banco. Inténtalo de nuevo o elige otra forma de pago.',
    bank_confirmation_timeout:
      'Tu banco no confirmó el pago. Contacta con la tienda antes de volver a pagar.',
    generic: 'El pago bancario no se completó. Elige otra forma de pago.',
  },
  code: (code: string) => `(código: ${code})`,
};
