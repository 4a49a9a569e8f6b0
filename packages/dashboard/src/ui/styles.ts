/**
 * The one stylesheet every page shares: headings, tables that scroll sideways on a phone, forms,
 * buttons with a visible focus ring, badges, dialogs. Logical properties only (RTL).
 */
import { css } from 'lit';

export const pageStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.5rem;
    margin-block: 0 1rem;
  }
  h1:focus {
    outline: none;
  }
  h2 {
    font-size: 1.15rem;
    margin-block: 1.5rem 0.5rem;
  }
  p {
    line-height: 1.5;
  }
  a {
    color: var(--fd-primary);
  }
  .muted {
    color: var(--fd-muted);
  }
  /* A table wider than a phone scrolls in this box, which takes the focus (tabindex=0) so the
     keyboard can scroll it too (axe: scrollable-region-focusable). */
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    /* The box of what is positioned inside (e.g. .visually-hidden), so it scrolls and clips that
       too: against the page instead, a hidden column header widened a phone's page. */
    position: relative;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.95rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem 0.6rem;
    border-block-end: 1px solid var(--fd-border);
    vertical-align: top;
  }
  th {
    color: var(--fd-muted);
    font-weight: 600;
  }
  code,
  .mono {
    font-family: ui-monospace, monospace;
    font-size: 0.88rem;
    overflow-wrap: anywhere;
  }
  /* An audit entry's changed fields, one a line. */
  .changes {
    white-space: pre-line;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem;
  }
  .card {
    background: var(--fd-surface);
    border: 1px solid var(--fd-border);
    border-radius: var(--fd-radius);
    padding: 1rem;
  }
  .figure {
    font-size: 1.8rem;
    font-weight: 700;
    margin: 0.25rem 0 0;
  }
  form,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  fieldset {
    border: 1px solid var(--fd-border);
    border-radius: var(--fd-radius);
    padding: 0.75rem;
    margin: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  fieldset.stack {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  /* Read by screen readers, not drawn (e.g. the header of a column of buttons). */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  form.stack {
    flex-direction: column;
    align-items: stretch;
    max-inline-size: 28rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
    font-size: 0.92rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-weight: 400;
    min-block-size: 40px;
    padding-inline: 0.6rem;
    border: 1px solid var(--fd-muted);
    border-radius: var(--fd-radius);
    background: var(--fd-bg);
    color: var(--fd-text);
  }
  textarea {
    padding-block: 0.4rem;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-block-size: 40px;
    padding-inline: 1rem;
    border: 1px solid var(--fd-primary);
    border-radius: var(--fd-radius);
    background: var(--fd-primary);
    color: var(--fd-on-primary);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--fd-primary);
  }
  button.danger {
    background: var(--fd-danger);
    border-color: var(--fd-danger);
    color: var(--fd-bg);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--fd-text);
    outline-offset: 2px;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.82rem;
    font-weight: 600;
  }
  .ok {
    color: var(--fd-ok);
  }
  .bad {
    color: var(--fd-danger);
  }
  .alert {
    border: 1px solid var(--fd-danger);
    color: var(--fd-danger);
    border-radius: var(--fd-radius);
    padding: 0.6rem 0.8rem;
  }
  .notice {
    border: 1px solid var(--fd-border);
    background: var(--fd-surface);
    border-radius: var(--fd-radius);
    padding: 0.6rem 0.8rem;
  }
  dialog {
    border: 1px solid var(--fd-border);
    border-radius: var(--fd-radius);
    background: var(--fd-bg);
    color: var(--fd-text);
    max-inline-size: min(30rem, 92vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 1rem;
  }
  dt {
    color: var(--fd-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .images {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem;
  }
  figure {
    margin: 0;
  }
  figure img {
    inline-size: 100%;
    block-size: 14rem;
    object-fit: contain;
    background: var(--fd-surface);
    border: 1px solid var(--fd-border);
    border-radius: var(--fd-radius);
  }
  ol.timeline {
    padding-inline-start: 1.2rem;
  }
  ol.timeline li {
    margin-block-end: 0.4rem;
  }
`;
