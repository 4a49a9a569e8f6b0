/**
 * The one stylesheet for form controls, imported by every step that has inputs (the identity
 * forms, the card form, the bank search): labelled fields that fill their column and never push
 * past it, inline errors and hints, choices, fieldsets. Logical properties only (RTL).
 */
import { css } from 'lit';

export const formStyles = css`
  form,
  .stack {
    display: grid;
    gap: 0.9rem;
    min-inline-size: 0;
  }
  /* Two or three fields side by side where there is room, one a row on a phone. */
  .row {
    display: grid;
    gap: 0.9rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
  }
  .field,
  .row > * {
    display: grid;
    gap: 0.3rem;
    align-content: start;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-background);
    color: var(--finlet-color-text);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--finlet-color-primary);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--finlet-color-danger);
    border-width: 2px;
  }
  .error {
    color: var(--finlet-color-danger);
    font-size: 0.9rem;
    margin: 0;
  }
  .hint {
    color: var(--finlet-color-text-muted);
    font-size: 0.85rem;
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    padding: 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .choices label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    font-weight: 400;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 0;
    margin: 0;
    flex: none;
    accent-color: var(--finlet-color-primary);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
