import { css } from 'lit';
import { baseStyles } from '../../internal/base-styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: grid;
      gap: var(--cx-space-xs, 6px);
      min-inline-size: 0;
      /* Component hooks resolve to private variables, so a page's own variables never leak in by accident. */
      --_option: var(--cx-rating-scale-option-size, 36px);
      --_star: var(--cx-rating-scale-star-color, var(--cx-color-warning, #8a5a00));
      --_accent: var(--cx-rating-scale-accent-color, var(--cx-color-primary, #1a5fb4));
      --_on-accent: var(--cx-color-on-primary, #fff);
      --_border: var(--cx-color-border-strong, #8a94a3);
    }

    /* Options wrap, so an 11-point NPS scale fits a 320 px chat panel. */
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-xs, 6px);
    }

    .option {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-inline-size: var(--_option);
      min-block-size: var(--_option);
      padding: 0 var(--cx-space-sm, 8px);
      border: 1px solid var(--_border);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-surface, #fff);
      color: var(--cx-color-text, #1c2430);
      cursor: pointer;
      user-select: none;
      font-variant-numeric: tabular-nums;
    }

    .option:hover {
      background: var(--cx-color-surface-hover, #f3f5f8);
    }

    .option[aria-checked='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
      font-weight: var(--cx-font-weight-bold, 600);
    }

    :host([aria-disabled='true']) .option {
      cursor: not-allowed;
      opacity: 0.6;
    }

    :host([aria-invalid='true']) .option {
      border-color: var(--cx-color-danger, #b42318);
    }

    .option svg {
      inline-size: 24px;
      block-size: 24px;
      fill: none;
      stroke: currentcolor;
      stroke-width: 1.6;
      stroke-linejoin: round;
      stroke-linecap: round;
    }

    .option .eye {
      fill: currentcolor;
      stroke: none;
    }

    .stars .option {
      padding: 0;
      border-color: transparent;
      background: transparent;
      color: var(--_star);
    }

    .stars .option[aria-checked='true'] {
      background: transparent;
      border-color: var(--_star);
      color: var(--_star);
    }

    .stars .option.lit svg {
      fill: currentcolor;
    }

    .words .option {
      padding-inline: var(--cx-space-md, 12px);
      text-align: center;
    }

    .ends {
      display: flex;
      justify-content: space-between;
      gap: var(--cx-space-md, 12px);
      color: var(--cx-color-text-muted, #5a6575);
      font-size: var(--cx-font-size-sm, 13px);
    }

    @media (prefers-reduced-motion: no-preference) {
      .option {
        transition:
          background-color var(--cx-duration-fast, 120ms) var(--cx-easing-standard, ease),
          border-color var(--cx-duration-fast, 120ms) var(--cx-easing-standard, ease);
      }
    }

    @media (forced-colors: active) {
      .option,
      .stars .option {
        border-color: ButtonText;
        color: ButtonText;
        background: ButtonFace;
      }
      .option[aria-checked='true'],
      .stars .option[aria-checked='true'] {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
      .stars .option.lit svg {
        fill: currentcolor;
      }
    }
  `,
];
