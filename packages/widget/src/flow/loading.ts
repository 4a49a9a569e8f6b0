/** The loading state every network call shows: a spinner and a localized label, announced as busy. */
import { css, html } from 'lit';

export const loadingTemplate = (label: string) => html`
  <div class="loading" role="status" aria-busy="true" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>
    <span>${label}</span>
  </div>
`;

export const loadingStyles = css`
  .loading {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.75rem;
    padding-block: 2.5rem;
    color: var(--finlet-color-text-muted);
  }
  .spinner {
    inline-size: 32px;
    block-size: 32px;
    border: 3px solid var(--finlet-color-border);
    border-block-start-color: var(--finlet-color-primary);
    border-radius: 50%;
    animation: finlet-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @keyframes finlet-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
