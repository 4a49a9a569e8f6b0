/**
 * Markup embed: the page's only script. It listens for `<finlet-widget>`'s DOM events (they
 * bubble and are composed, so `document` hears them) and sends a success to the shop's server.
 */
const status = document.getElementById('element-status');
const log = document.getElementById('event-log');

document.addEventListener('finlet-event', (e) => {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = e.name;
  item.append(name);
  log.append(item);
  if (e.name === 'OPEN') status.textContent = 'The widget is open.';
});

document.addEventListener('finlet-exit', (e) => {
  status.textContent = `The widget closed (${e.status}).`;
  status.dataset.exit = e.status;
});

document.addEventListener('finlet-success', async (e) => {
  status.textContent = 'Done. The shop is confirming your order…';
  const result = { session_id: e.session_id, result_token: e.result_token, summary: e.summary };
  sessionStorage.setItem(`finlet:onSuccess:${e.session_id}`, JSON.stringify(result, null, 2));
  await fetch(`/api/orders/${encodeURIComponent(e.session_id)}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ result_token: e.result_token }),
  });
  location.assign(`/orders/${encodeURIComponent(e.session_id)}`);
});
