/**
 * Vue embed: a component that owns a container and opens the widget inline in it with
 * `Finlet.open({ container })`. Render functions only — the runtime build has no template
 * compiler, so the page's CSP needs no 'unsafe-eval'.
 */
import { createApp, defineComponent, h, onBeforeUnmount, ref } from '/assets/vue.js';

const FinletCheckout = defineComponent({
  name: 'FinletCheckout',
  setup() {
    const container = ref(null);
    const phase = ref('idle');
    const message = ref('');
    const verdict = ref(null);
    let handle;

    async function start() {
      phase.value = 'loading';
      message.value = 'Starting checkout…';
      const res = await fetch('/api/checkout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ flows: ['payment'] }),
      });
      const session = await res.json();
      if (!res.ok) {
        phase.value = 'idle';
        message.value = `Checkout could not start: ${session.error}`;
        return;
      }
      phase.value = 'open';
      message.value = '';
      handle = window.Finlet.open({
        token: session.client_token,
        container: container.value,
        onSuccess: async (result) => {
          phase.value = 'done';
          message.value = 'Paid. The shop is verifying the result…';
          const r = await fetch(`/api/orders/${encodeURIComponent(result.session_id)}/confirm`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ result_token: result.result_token }),
          });
          const view = await r.json();
          verdict.value = {
            id: result.session_id,
            valid: view.verification?.valid === true,
            status: view.session?.status,
          };
          message.value = verdict.value.valid
            ? `Order confirmed: the result token verified and the session is ${verdict.value.status}.`
            : 'The result token did not verify.';
        },
        onExit: (exit) => {
          phase.value = 'idle';
          message.value = `Checkout closed (${exit.status}).`;
        },
      });
    }

    onBeforeUnmount(() => handle?.close());

    return () =>
      h('section', { 'aria-labelledby': 'vue-title' }, [
        h('h2', { id: 'vue-title' }, 'Pay with Finlet'),
        phase.value === 'idle' || phase.value === 'loading'
          ? h(
              'button',
              {
                class: 'primary',
                type: 'button',
                id: 'vue-pay',
                disabled: phase.value === 'loading',
                onClick: start,
              },
              'Pay €24.00',
            )
          : null,
        h('div', { ref: container, class: 'widget-slot', id: 'vue-widget' }),
        h('p', { class: 'status', role: 'status', id: 'vue-status' }, message.value),
        verdict.value
          ? h('p', null, [h('a', { href: `/orders/${verdict.value.id}` }, 'See the order')])
          : null,
      ]);
  },
});

createApp(FinletCheckout).mount('#vue-app');
