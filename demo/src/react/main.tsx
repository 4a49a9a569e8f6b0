/**
 * The demo's React page: a Pay button asks the shop's server for a session, renders
 * `<FinletCheckout>` with its client token, and on success has the server verify the result token
 * before it says the order is confirmed — the same story as the Vue page, in React 19.
 */
import type { FinletSuccess } from '@finlet/widget';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FinletCheckout } from './finlet-checkout.tsx';

type Checkout = { session_id: string; client_token: string };

function Shop() {
  const [checkout, setCheckout] = useState<Checkout | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    setMessage('Starting checkout…');
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ flows: ['payment'] }),
    });
    const body = await res.json();
    setBusy(false);
    if (!res.ok) return setMessage(`Checkout could not start: ${body.error}`);
    setMessage('');
    setCheckout(body);
  }

  async function succeeded(result: FinletSuccess) {
    setCheckout(null);
    setMessage('Paid. The shop is verifying the result…');
    const res = await fetch(`/api/orders/${encodeURIComponent(result.session_id)}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ result_token: result.result_token }),
    });
    const view = await res.json();
    setMessage(
      view.verification?.valid === true
        ? `Order confirmed: the result token verified and the session is ${view.session?.status}.`
        : 'The result token did not verify.',
    );
  }

  return (
    <section className="card" aria-labelledby="react-title">
      <h2 id="react-title">Field Notebook · €24.00</h2>
      {checkout ? (
        <FinletCheckout
          token={checkout.client_token}
          sessionId={checkout.session_id}
          onSuccess={succeeded}
          onExit={(exit) => {
            setCheckout(null);
            setMessage(`Checkout closed (${exit.status}).`);
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={start} disabled={busy}>
          Pay €24.00
        </button>
      )}
      <p id="react-status" className="status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

const root = document.getElementById('react-app');
if (root) {
  // StrictMode would open and close the widget once more in development builds; this bundle is a
  // production one, where effects run once (README: "Under React's StrictMode…").
  createRoot(root).render(
    <StrictMode>
      <Shop />
    </StrictMode>,
  );
}
