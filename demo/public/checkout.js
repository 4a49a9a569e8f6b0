/**
 * Product page: asks the shop's server for a Finlet session (the secret key stays there), opens
 * the widget as a modal with the client token, and hands the result to the server to verify.
 * After a bank's full-page redirect (popup blocked) the page comes back with `?finlet_resume=<id>`
 * and opens the widget again with that session's token, kept in this tab's sessionStorage.
 */
const form = document.getElementById('checkout-form');
const status = document.getElementById('checkout-status');
const log = document.getElementById('event-log');
let busy = false;

function say(text, exit) {
  status.textContent = text;
  if (exit) status.dataset.exit = exit;
  else delete status.dataset.exit;
}

function logEvent(activity) {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = activity.name;
  item.append(name, ` ${activity.metadata?.step ?? ''}`);
  log.append(item);
}

async function confirmAndShow(result) {
  say('Done. The shop is confirming your order…');
  sessionStorage.setItem(`finlet:onSuccess:${result.session_id}`, JSON.stringify(result, null, 2));
  await fetch(`/api/orders/${encodeURIComponent(result.session_id)}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ result_token: result.result_token }),
  });
  location.assign(`/orders/${encodeURIComponent(result.session_id)}`);
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (busy) return;
  const data = new FormData(form);
  const flows = data.getAll('flows');
  if (!flows.length) return say('Choose at least one thing for checkout to ask for.');
  busy = true;
  say('Starting checkout…');
  try {
    const body = { flows, theme: data.get('theme') || undefined, locale: data.get('locale') || undefined };
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const session = await res.json();
    if (!res.ok) throw new Error(session.error ?? `HTTP ${res.status}`);
    log.replaceChildren();
    sessionStorage.setItem(`finlet:token:${session.session_id}`, session.client_token);
    openCheckout(session.session_id, session.client_token);
  } catch (err) {
    busy = false;
    say(`Checkout could not start: ${err.message}`);
  }
});

/** A client token lives 30 minutes at most; a checkout left open longer asks the shop for a new one. */
async function renewToken(sessionId) {
  const res = await fetch(`/api/checkout/${encodeURIComponent(sessionId)}/token`, { method: 'POST' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const { client_token } = await res.json();
  sessionStorage.setItem(`finlet:token:${sessionId}`, client_token);
  return client_token;
}

function openCheckout(sessionId, token) {
  window.Finlet.open({
    token,
    onTokenExpired: () => renewToken(sessionId),
    onEvent: logEvent,
    onLoad: () => say('Checkout is open.'),
    onSuccess: (result) => {
      busy = false;
      void confirmAndShow(result);
    },
    onExit: (exit) => {
      busy = false;
      say(`Checkout closed (${exit.status}).`, exit.status);
    },
  });
}

const resumeId = new URLSearchParams(location.search).get('finlet_resume');
const resumeToken = resumeId && sessionStorage.getItem(`finlet:token:${resumeId}`);
if (resumeToken) {
  busy = true;
  history.replaceState(null, '', location.pathname);
  openCheckout(resumeId, resumeToken);
}
