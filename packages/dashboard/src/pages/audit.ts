/** `<fd-audit>`: the audit log — who changed what, when, in which mode, with the target before and after. */
import { html, LitElement } from 'lit';
import { get } from '../api.ts';
import { date, m } from '../i18n/i18n.ts';
import { loadingLine, PageData } from '../ui/page.ts';
import { type PageProps, pageProperties } from '../ui/page-element.ts';
import { pageStyles } from '../ui/styles.ts';

interface Entry {
  id: string;
  actor: { email: string };
  action: string;
  target: { type: string; id: string };
  mode: string | null;
  before: unknown;
  after: unknown;
  created_at: string;
}

const brief = (v: unknown, max = 300) =>
  v === null || v === undefined ? '—' : JSON.stringify(v).slice(0, max);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The two sides of a change as a reader needs them: when both sides are records, only the fields
 * that differ (a review's `status` would otherwise be lost past the cut of a long record, whose
 * keys the database stores in its own order); otherwise each side whole, cut short.
 */
function sides(before: unknown, after: unknown): [string, string] {
  if (!isRecord(before) || !isRecord(after)) return [brief(before), brief(after)];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const side = (r: Record<string, unknown>) => keys.map((k) => `${k}: ${brief(r[k], 120)}`).join('\n') || '—';
  return [side(before), side(after)];
}

export class FdAudit extends LitElement implements PageProps {
  static override styles = pageStyles;
  static override properties = pageProperties;
  declare me: PageProps['me'];
  declare mode: PageProps['mode'];
  declare itemId: string;
  private data = new PageData(this, () => get<{ data: Entry[] }>('/audit?limit=100'));

  override render() {
    const t = m();
    const rows = this.data.value?.data;
    return html`<h1 tabindex="-1">${t.audit}</h1>${this.data.messages()}
      ${
        !rows
          ? loadingLine()
          : html`<div class="scroll" tabindex="0"><table><caption class="muted">${t.audit}</caption>
            <thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th><th scope="col">${t.target}</th><th scope="col">${t.before}</th><th scope="col">${t.after}</th></tr></thead>
            <tbody>${rows.map(
              (
                e,
              ) => html`<tr><td>${date(e.created_at)}</td><td>${e.actor.email}</td><td><code>${e.action}</code>${e.mode ? html` <span class="badge">${e.mode}</span>` : ''}</td>
                <td class="mono">${e.target.id}</td>${sides(e.before, e.after).map((v) => html`<td class="mono changes">${v}</td>`)}</tr>`,
            )}</tbody></table></div>`
      }`;
  }
}
customElements.define('fd-audit', FdAudit);
