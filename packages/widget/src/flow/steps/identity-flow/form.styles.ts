/** Form and media styles shared by the identity steps: labelled fields, inline errors, choices, previews. */
import { css } from 'lit';

export const formStyles = css`
  form,
  .stack {
    display: grid;
    gap: 0.9rem;
  }
  .row {
    display: grid;
    gap: 0.9rem;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
  }
  .field {
    display: grid;
    gap: 0.3rem;
  }
  label {
    display: grid;
    gap: 0.3rem;
    font-weight: 500;
  }
  input,
  select {
    font: inherit;
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
  }
  .error {
    color: var(--finlet-color-danger);
    font-size: 0.9rem;
    margin: 0;
  }
  .summary {
    color: var(--finlet-color-danger);
    font-weight: 600;
  }
  .inline {
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
  .inline input {
    flex: 1;
  }
  button.secondary {
    background: var(--finlet-color-surface);
    color: var(--finlet-color-text);
    border: 1px solid var(--finlet-color-border);
  }
  fieldset {
    border: 1px solid var(--finlet-color-border);
    border-radius: var(--finlet-radius);
    padding: 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .choices label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
  }
  .choices input {
    min-block-size: auto;
  }
  video,
  img.preview {
    inline-size: 100%;
    max-block-size: 14rem;
    object-fit: contain;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-surface);
  }
  progress {
    inline-size: 100%;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .done {
    color: var(--finlet-color-text);
    font-weight: 600;
    margin: 0;
  }
  .actions.split {
    justify-content: space-between;
  }
`;
