import { css } from 'lit';
import { baseStyles } from '../../internal/base-styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      /* Component hooks resolve to private variables, so a page's own variables never leak in by accident. */
      --_accent: var(--cx-satisfaction-survey-accent-color, var(--cx-color-primary, #1a5fb4));
      --_on-accent: var(--cx-color-on-primary, #fff);
      --_gap: var(--cx-satisfaction-survey-gap, var(--cx-space-lg, 16px));
      --_read-bg: var(--cx-satisfaction-survey-read-aloud-background, var(--cx-color-info-surface, #e8f1fb));
      --_border: var(--cx-color-border-strong, #8a94a3);
      display: block;
    }

    .survey {
      display: grid;
      gap: var(--_gap);
      min-inline-size: 0;
    }

    .head {
      display: grid;
      gap: var(--cx-space-2xs, 4px);
    }

    .title {
      margin: 0;
      font-size: var(--cx-font-size-lg, 16px);
      font-weight: var(--cx-font-weight-bold, 600);
      line-height: var(--cx-line-height-tight, 1.25);
    }

    p {
      margin: 0;
    }

    .description,
    .hint,
    .count,
    .required-note,
    .reference {
      color: var(--cx-color-text-muted, #5a6575);
      font-size: var(--cx-font-size-sm, 13px);
    }

    form {
      display: grid;
      gap: var(--_gap);
    }

    .agent-intro,
    .read-aloud {
      padding: var(--cx-space-sm, 8px) var(--cx-space-md, 12px);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--_read-bg);
      border-inline-start: 4px solid var(--cx-color-info, #1a5fb4);
    }

    .read-aloud {
      display: grid;
      gap: var(--cx-space-3xs, 2px);
      font-size: var(--cx-font-size-md, 14px);
    }

    .read-label {
      font-size: var(--cx-font-size-xs, 12px);
      font-weight: var(--cx-font-weight-bold, 600);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }

    /*
     * The rating scales (cx-rating-scale) take the survey's hooks. Not through --_accent and the like:
     * the scale defines private variables of the same names on its host, which would make a cycle.
     */
    cx-rating-scale {
      --cx-rating-scale-accent-color: var(
        --cx-satisfaction-survey-accent-color,
        var(--cx-color-primary, #1a5fb4)
      );
      --cx-rating-scale-star-color: var(
        --cx-satisfaction-survey-star-color,
        var(--cx-color-warning, #8a5a00)
      );
      --cx-rating-scale-option-size: var(--cx-satisfaction-survey-option-size, 36px);
    }

    .question {
      display: grid;
      gap: var(--cx-space-xs, 6px);
      min-inline-size: 0;
    }

    .legend {
      font-weight: var(--cx-font-weight-medium, 500);
    }

    .asterisk,
    .error {
      color: var(--cx-color-danger, #b42318);
    }

    .error {
      font-size: var(--cx-font-size-sm, 13px);
    }

    .choices {
      display: grid;
      gap: var(--cx-space-2xs, 4px);
    }

    .choice {
      display: flex;
      align-items: center;
      gap: var(--cx-space-xs, 6px);
      min-block-size: 28px;
      cursor: pointer;
    }

    .choice input {
      inline-size: 18px;
      block-size: 18px;
      margin: 0;
      accent-color: var(--_accent);
    }

    .text {
      inline-size: 100%;
      padding: var(--cx-space-xs, 6px) var(--cx-space-sm, 8px);
      border: 1px solid var(--_border);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-surface, #fff);
      color: inherit;
      font: inherit;
      resize: vertical;
    }

    .text[aria-invalid='true'] {
      border-color: var(--cx-color-danger, #b42318);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-sm, 8px);
    }

    button {
      min-block-size: 36px;
      padding: 0 var(--cx-space-lg, 16px);
      border-radius: var(--cx-radius-md, 6px);
      border: 1px solid var(--_accent);
      font: inherit;
      font-weight: var(--cx-font-weight-medium, 500);
      cursor: pointer;
    }

    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    .primary {
      background: var(--_accent);
      color: var(--_on-accent);
    }

    .secondary {
      background: var(--cx-color-surface, #fff);
      color: var(--_accent);
    }

    .done {
      display: grid;
      gap: var(--cx-space-sm, 8px);
      justify-items: start;
    }

    .done:focus {
      outline: none;
    }

    .status {
      font-weight: var(--cx-font-weight-medium, 500);
    }

    .status:not([data-state]) {
      display: none;
    }

    /* Each state has its own words and its own token colour (light and dark), drawn as text and bar. */
    [data-state] {
      padding-inline-start: var(--cx-space-sm, 8px);
      border-inline-start: 4px solid;
      color: var(--cx-color-text-muted, #5a6575);
    }
    [data-state='saving'] {
      color: color-mix(in srgb, var(--cx-color-info, #0b5cad), var(--cx-color-text-muted, #5a6575));
    }
    [data-state='sending'] {
      color: var(--cx-color-info, #0b5cad);
    }
    [data-state='sent'] {
      color: var(--cx-color-success, #1d7a3b);
    }
    [data-state='queued-offline'] {
      color: var(--cx-color-warning, #8a5a00);
    }
    [data-state='retrying'] {
      color: color-mix(in srgb, var(--cx-color-warning, #8a5a00), var(--cx-color-danger, #b42318));
    }
    [data-state='failed'] {
      color: var(--cx-color-danger, #b42318);
    }
    [data-state='declined'] {
      color: var(--cx-color-text, #1c2430);
    }
    [data-state='load-failed'] {
      color: color-mix(in srgb, var(--cx-color-danger, #b42318) 60%, var(--cx-color-text, #1c2430));
    }
    [data-state='invalid'] {
      color: color-mix(in srgb, var(--cx-color-danger, #b42318) 60%, var(--cx-color-text-muted, #5a6575));
    }

    .problems {
      padding: var(--cx-space-sm, 8px) var(--cx-space-md, 12px);
      border: 1px solid var(--cx-color-danger, #b42318);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-danger-surface, #fdecea);
      color: var(--cx-color-text, #1c2430);
    }

    .problems-title {
      font-weight: var(--cx-font-weight-bold, 600);
    }

    .problems ul {
      margin: var(--cx-space-2xs, 4px) 0 0;
      padding-inline-start: 1.25em;
    }

    summary {
      cursor: pointer;
    }

    .empty,
    .loading {
      color: var(--cx-color-text-muted, #5a6575);
    }

    /* A part that loads in a moment shows no flash of "Loading…"; a slow one says so after 300 ms. */
    .loading {
      animation: cx-survey-appear 0s 300ms both;
    }

    .problems button {
      margin-block-start: var(--cx-space-xs, 6px);
    }

    @keyframes cx-survey-appear {
      from {
        visibility: hidden;
      }
    }

    @media (prefers-reduced-motion: no-preference) {
      button {
        transition:
          background-color var(--cx-duration-fast, 120ms) var(--cx-easing-standard, ease),
          border-color var(--cx-duration-fast, 120ms) var(--cx-easing-standard, ease);
      }
    }

    @media (forced-colors: active) {
      .agent-intro,
      .read-aloud,
      .problems {
        border: 1px solid CanvasText;
      }
    }
  `,
];
