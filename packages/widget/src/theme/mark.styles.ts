/**
 * The outcome marks, drawn with borders (no image to fetch): `.mark.success` a check mark on the
 * primary colour (payment succeeded, all done, identity verified), `.mark.declined` a cross,
 * `.mark.review` a clock. They are symbols, not text: physical offsets, never mirrored in
 * right-to-left layouts.
 */
import { css } from 'lit';

export const markStyles = css`
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
    box-sizing: border-box;
  }
  .mark.success::after {
    left: 20px;
    top: 11px;
    width: 15px;
    height: 27px;
    border: solid var(--finlet-color-on-primary);
    border-width: 0 5px 5px 0;
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
`;
