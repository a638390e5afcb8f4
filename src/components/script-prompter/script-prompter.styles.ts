import { css } from 'lit';
import { baseStyles } from '../../internal/base-styles.js';
import { piiRevealStyles } from '../../internal/pii-reveal.js';
import { progressBarStyles } from '../../internal/progress-bar-styles.js';

// Class names are BEM-like: the step card is "step" with a "step--<kind>" modifier; a part inside a
// step is "<block>__<element>" (confirm__label, gate__line). A step kind's name is never a class of
// its own, so no rule for an inner element can restyle the card. Masked values (pii, pii-value,
// pii-toggle, denied) are the shared reveal controller's. (Comments stay out of the css template:
// they would ship in the bundle.)

export const styles = [
  baseStyles,
  piiRevealStyles,
  progressBarStyles,
  css`
    :host {
      /* Component hooks resolve to private variables, so a page's own variables never leak in by accident. */
      --_accent: var(--cx-script-prompter-accent-color, var(--cx-color-primary, #0b5cad));
      --_verbatim: var(--cx-script-prompter-verbatim-color, var(--cx-color-warning, #8a5a00));
      --_placeholder: var(--cx-script-prompter-placeholder-color, var(--cx-color-danger, #b42318));
      --_mark: var(--cx-script-prompter-mark-color, var(--cx-color-warning-surface, #fff4d6));
      --_path-width: var(--cx-script-prompter-path-width, 224px);
      --_muted: var(--cx-color-text-muted, #5a6575);
      display: block;
      min-inline-size: 0;
      /* The surface the host paints (base styles) has the panel's corners. */
      border-radius: var(--cx-radius-md, 6px);
    }

    .prompter {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-md, 12px);
      padding: var(--cx-space-md, 12px);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-surface, #fff);
      overflow-wrap: anywhere;
    }

    h2,
    h3 {
      margin: 0;
      line-height: var(--cx-line-height-tight, 1.25);
    }

    h2 {
      font-size: var(--cx-font-size-lg, 16px);
      font-weight: var(--cx-font-weight-bold, 600);
    }

    h3 {
      font-size: var(--cx-font-size-md, 14px);
      font-weight: var(--cx-font-weight-bold, 600);
    }

    p {
      margin: 0;
    }

    .status {
      color: var(--_muted);
    }

    .header {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-2xs, 4px);
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cx-space-sm, 8px);
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--_muted);
    }

    /*
     * A plain bar (not <progress>): scaled, so a step change repaints it without laying it out again.
     * No transition: an animated bar restyles on every frame while the agent moves on.
     */
    .bar {
      flex: 1 1 128px;
      --_bar-track: var(--cx-color-surface-sunken, #eef1f5);
      --_bar-fill: var(--_accent);
    }

    /* Step and path side by side when there is room, the path below on narrow panels (no container query: one layout pass). */
    .layout {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--cx-space-md, 12px);
    }

    .layout > .step {
      flex: 999 1 320px;
      min-inline-size: 0;
    }

    .layout > .path {
      flex: 1 1 var(--_path-width);
      min-inline-size: 0;
    }

    .step {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-sm, 8px);
      padding: var(--cx-space-md, 12px);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-surface-raised, var(--cx-color-surface, #fff));
    }

    .step--verbatim {
      border-inline-start-color: var(--_verbatim);
    }

    .icon {
      flex: none;
      inline-size: 1em;
      block-size: 1em;
      vertical-align: -0.125em;
    }

    .step-heading:focus-visible {
      outline-offset: 4px;
    }

    .text {
      font-size: var(--cx-font-size-lg, 16px);
    }

    .lines {
      white-space: pre-line;
    }

    blockquote.text {
      margin: 0;
      padding: var(--cx-space-xs, 6px) var(--cx-space-sm, 8px);
      border-inline-start: 3px solid var(--_verbatim);
      background: var(--cx-color-warning-surface, #fff4d6);
      border-radius: var(--cx-radius-sm, 3px);
    }

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-2xs, 4px);
    }

    .badge {
      font-size: var(--cx-font-size-xs, 11px);
      font-weight: var(--cx-font-weight-medium, 500);
      padding: 0 var(--cx-space-xs, 6px);
      border-radius: var(--cx-radius-pill, 999px);
      border: 1px solid currentColor;
      white-space: nowrap;
    }
    .badge--verbatim {
      color: var(--_verbatim);
    }
    .badge--required {
      color: var(--cx-color-danger, #b42318);
    }

    .placeholder {
      display: inline-block;
      padding: 0 var(--cx-space-2xs, 4px);
      border: 1px dashed var(--_placeholder);
      border-radius: var(--cx-radius-sm, 3px);
      color: var(--_placeholder);
      font-family: var(--cx-font-family-mono, ui-monospace, monospace);
      font-size: 0.85em;
    }

    .field,
    .skip {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-2xs, 4px);
    }

    .input-row {
      display: flex;
      align-items: center;
      gap: var(--cx-space-xs, 6px);
    }

    input:not([type='checkbox']):not([type='radio']),
    textarea {
      font: inherit;
      color: var(--cx-color-text, #1c2430);
      background: var(--cx-color-surface, #fff);
      border: 1px solid var(--cx-color-border-strong, #8a96a6);
      border-radius: var(--cx-radius-sm, 3px);
      padding: var(--cx-space-2xs, 4px) var(--cx-space-xs, 6px);
      min-block-size: 32px;
      inline-size: 100%;
      max-inline-size: 512px;
    }

    [aria-invalid='true'] {
      border-color: var(--cx-color-danger, #b42318) !important;
    }

    input[type='checkbox'],
    input[type='radio'] {
      inline-size: 18px;
      block-size: 18px;
      margin: 0;
      accent-color: var(--_accent);
      flex: none;
    }

    .choices {
      border: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-2xs, 4px);
    }

    .choices legend.label {
      padding: 0;
      margin-block-end: var(--cx-space-2xs, 4px);
    }

    .choice,
    .confirm__label {
      display: flex;
      align-items: center;
      gap: var(--cx-space-xs, 6px);
      min-block-size: 32px;
      padding: var(--cx-space-3xs, 2px) var(--cx-space-xs, 6px);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-radius: var(--cx-radius-sm, 3px);
      cursor: pointer;
    }

    .choice--checked,
    .confirm__label--checked {
      border-color: var(--_accent);
      background: var(--cx-color-info-surface, #e8f1fb);
    }

    kbd {
      display: inline-flex;
      align-items: center;
      font-family: var(--cx-font-family-mono, ui-monospace, monospace);
      font-size: var(--cx-font-size-xs, 11px);
      padding: 0 var(--cx-space-2xs, 4px);
      border: 1px solid var(--cx-color-border-strong, #8a96a6);
      border-radius: var(--cx-radius-sm, 3px);
      color: var(--cx-color-text, #1c2430);
      background: var(--cx-color-surface-sunken, #eef1f5);
    }

    .unit,
    .hint,
    .optional,
    .upcoming {
      color: var(--_muted);
      font-size: var(--cx-font-size-sm, 12px);
    }

    .problem,
    .error,
    .invalid {
      color: var(--cx-color-danger, #b42318);
    }

    .problem {
      font-size: var(--cx-font-size-sm, 12px);
    }

    .error,
    .invalid {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-xs, 6px);
      padding: var(--cx-space-sm, 8px);
      border-radius: var(--cx-radius-sm, 3px);
      background: var(--cx-color-danger-surface, #fdecea);
    }

    .issues {
      margin: 0;
      padding-inline-start: 1.5em;
      display: grid;
      gap: var(--cx-space-2xs, 4px);
      color: var(--cx-color-text, #1c2430);
    }

    .issue-path {
      font-family: var(--cx-font-family-mono, ui-monospace, monospace);
      font-size: var(--cx-font-size-sm, 12px);
    }

    .issue-kind {
      font-weight: var(--cx-font-weight-medium, 500);
    }

    .issue-message,
    .issue-path,
    .issue-step {
      color: var(--_muted);
    }

    .gate__line,
    .done {
      display: flex;
      gap: var(--cx-space-xs, 6px);
      align-items: center;
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .gate__line--open,
    .done {
      color: var(--cx-color-success, #1d7a3b);
    }
    .gate__line--closed {
      color: var(--cx-color-warning, #8a5a00);
    }

    .pii-toggle {
      min-block-size: 24px;
      padding: 0 var(--cx-space-2xs, 4px);
      border: none;
      background: none;
      color: var(--_accent);
      font-size: var(--cx-font-size-sm, 12px);
      text-decoration: underline;
      vertical-align: baseline;
    }
    .pii-toggle:hover {
      background: none;
    }

    .controls,
    .skip-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-xs, 6px);
    }

    .controls {
      justify-content: flex-end;
    }

    button {
      font: inherit;
      color: var(--cx-color-text, #1c2430);
      background: var(--cx-color-surface, #fff);
      border: 1px solid var(--cx-color-border-strong, #8a96a6);
      border-radius: var(--cx-radius-sm, 3px);
      padding: var(--cx-space-2xs, 4px) var(--cx-space-md, 12px);
      min-block-size: 32px;
      cursor: pointer;
    }

    button:hover {
      background: var(--cx-color-surface-hover, #f3f5f8);
    }

    button.primary,
    button.action {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--cx-color-on-primary, #fff);
    }

    button.action {
      align-self: flex-start;
    }

    button[aria-disabled='true'] {
      background: var(--cx-color-surface-sunken, #eef1f5);
      border-color: var(--cx-color-border, #d3d9e1);
      color: var(--_muted);
      cursor: not-allowed;
    }

    .blockers {
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--cx-color-danger, #b42318);
    }
    .blockers ul {
      margin: var(--cx-space-2xs, 4px) 0 0;
      padding-inline-start: 1.5em;
    }

    .path {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-2xs, 4px);
      font-size: var(--cx-font-size-sm, 12px);
    }

    .path-title {
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--_muted);
    }

    .path ol {
      margin: 0;
      padding-inline-start: 1.75em;
      max-block-size: 384px;
      overflow-y: auto;
      /* A long path is laid out on its own: adding a step does not re-lay the rest of the widget. */
      contain: content;
    }

    /* Spacing below each item rather than between siblings: no sibling combinator to re-check on every insert. */
    .path li {
      margin-block-end: var(--cx-space-3xs, 2px);
    }

    .path-step {
      border: none;
      background: none;
      padding: 0;
      min-block-size: 24px;
      color: var(--_accent);
      text-decoration: underline;
      text-align: start;
      font-size: inherit;
    }
    .path-step:hover {
      background: none;
    }

    .path .skipped .path-step {
      text-decoration-style: dashed;
      color: var(--_muted);
    }

    .path .current .path-step {
      font-weight: var(--cx-font-weight-bold, 600);
      color: inherit;
      text-decoration: none;
      cursor: default;
    }

    .shortcuts {
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--_muted);
    }
    .shortcuts summary {
      cursor: pointer;
      min-block-size: 24px;
    }
    .shortcuts dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--cx-space-3xs, 2px) var(--cx-space-sm, 8px);
      margin: var(--cx-space-xs, 6px) 0 0;
    }
    .shortcuts dd {
      margin: 0;
    }

    .complete {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-xs, 6px);
      align-items: flex-start;
    }
    .summary {
      margin: 0;
      padding-inline-start: 1.5em;
    }
    .summary-skip {
      color: var(--_muted);
    }

    .coach {
      display: flex;
      flex-direction: column;
      gap: var(--cx-space-xs, 6px);
      padding: var(--cx-space-sm, 8px);
      border: 1px solid var(--cx-color-warning, #8a5a00);
      border-radius: var(--cx-radius-sm, 3px);
      background: var(--cx-color-surface, #fff);
    }
    .draft-text {
      white-space: pre-wrap;
    }
    .draft-label {
      color: var(--_muted);
    }
    mark {
      background: var(--_mark);
      color: inherit;
      text-decoration: underline wavy var(--cx-color-danger, #b42318);
      text-underline-offset: 3px;
    }
    .suggestions {
      margin: 0;
      padding-inline-start: 1.5em;
    }

    @media (forced-colors: active) {
      .step {
        border-inline-start-width: 6px;
      }
      .placeholder {
        border-color: CanvasText;
        color: CanvasText;
      }
      mark {
        forced-color-adjust: none;
        background: Mark;
        color: MarkText;
      }
      button.primary,
      button.action {
        border: 2px solid ButtonText;
      }
      button[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
      .bar {
        border: 1px solid CanvasText;
      }
      .bar > span {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
  `,
];
