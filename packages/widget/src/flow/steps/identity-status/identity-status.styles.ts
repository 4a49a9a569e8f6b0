/**
 * Styles of `<finlet-identity-status>`: the waiting state and the outcome mark, drawn with borders
 * like the done screen's (approved: a check, declined: a cross, review: a clock). The marks are
 * symbols, not text, so they are not mirrored in right-to-left layouts.
 */
import { css } from 'lit';
import { loadingStyles } from '../../loading.ts';

export const statusStyles = [
  loadingStyles,
  css`
    :host {
      text-align: center;
    }
    .mark {
      position: relative;
      inline-size: 56px;
      block-size: 56px;
      box-sizing: border-box;
      margin-inline: auto;
      margin-block-end: 1rem;
      border-radius: 50%;
      background: var(--finlet-color-primary);
    }
    .mark::before,
    .mark::after {
      content: '';
      position: absolute;
    }
    .mark.approved::after {
      left: 20px;
      top: 12px;
      width: 12px;
      height: 24px;
      border: solid var(--finlet-color-on-primary);
      border-width: 0 4px 4px 0;
      transform: rotate(45deg);
    }
    .mark.declined {
      background: var(--finlet-color-danger);
    }
    .mark.declined::before,
    .mark.declined::after {
      left: 14px;
      top: 26px;
      width: 28px;
      height: 4px;
      border-radius: 2px;
      background: var(--finlet-color-background);
      transform: rotate(45deg);
    }
    .mark.declined::after {
      transform: rotate(-45deg);
    }
    .mark.review {
      background: var(--finlet-color-surface);
      border: 4px solid var(--finlet-color-primary);
    }
    .mark.review::before {
      left: 22px;
      top: 10px;
      width: 4px;
      height: 16px;
      border-radius: 2px;
      background: var(--finlet-color-primary);
    }
    .mark.review::after {
      left: 22px;
      top: 22px;
      width: 14px;
      height: 4px;
      border-radius: 2px;
      background: var(--finlet-color-primary);
    }
    .actions {
      justify-content: center;
    }
  `,
];
