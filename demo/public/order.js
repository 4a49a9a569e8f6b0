/**
 * Order page: shows the `onSuccess` payload this tab received (kept in sessionStorage by the
 * checkout page), and keeps the list of webhooks for the session fresh while they arrive.
 */
const order = document.getElementById('order');
const id = order.dataset.sessionId;
const payload = sessionStorage.getItem(`finlet:onSuccess:${id}`);
if (payload) document.getElementById('on-success').textContent = payload;

const list = document.getElementById('order-webhooks');
let polls = 0;

async function refresh() {
  const res = await fetch(`/api/orders/${encodeURIComponent(id)}`);
  if (!res.ok) return;
  const view = await res.json();
  if (view.webhooks.length) {
    list.replaceChildren(
      ...view.webhooks.map((w) => {
        const item = document.createElement('li');
        const type = document.createElement('code');
        type.textContent = w.event.type;
        const evt = document.createElement('span');
        evt.className = 'muted';
        evt.textContent = ` ${w.event.id}`;
        item.append(type, evt);
        return item;
      }),
    );
  }
  if (++polls < 20 && !view.webhooks.some((w) => w.event.type === 'session.completed'))
    setTimeout(refresh, 1000);
}
void refresh();
