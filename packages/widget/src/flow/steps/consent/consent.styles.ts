/** Styles of `<finlet-consent>`: the list of what the partner asks for. */
import { css } from 'lit';

export const consentStyles = css`
  ul {
    list-style: none;
    padding: 0;
    margin-block: 0 1rem;
    display: grid;
    gap: 0.5rem;
  }
  li {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border-radius: var(--finlet-radius);
    background: var(--finlet-color-surface);
    border-inline-start: 4px solid var(--finlet-color-primary);
    font-weight: 500;
  }
`;
