import { css } from 'lit';
import { baseStyles } from '../../internal/base-styles.js';
import { progressBarStyles } from '../../internal/progress-bar-styles.js';

export const styles = [
  baseStyles,
  progressBarStyles,
  css`
    :host {
      /*
       * Component hooks resolve to private variables, so a page's own variables never leak in by
       * accident. Each state has its own colour, light and dark: the global token where one fits, else
       * a light-dark() pair (the widget's colour scheme picks, see docs/theming.md). Every value is AA
       * on its surface.
       */
      --_ok: var(--cx-sla-countdown-ok-color, var(--cx-color-success, light-dark(#1d7a3b, #6fcf8e)));
      --_warning: var(
        --cx-sla-countdown-warning-color,
        var(--cx-color-warning, light-dark(#8a5a00, #f2c265))
      );
      --_critical: var(
        --cx-sla-countdown-critical-color,
        var(--cx-color-critical, light-dark(#b54708, #ffa657))
      );
      --_breach: var(--cx-sla-countdown-breach-color, var(--cx-color-danger, light-dark(#b42318, #ff8a80)));
      --_paused: var(--cx-sla-countdown-paused-color, var(--cx-color-info, light-dark(#0b5cad, #7db4f0)));
      --_met: var(--cx-sla-countdown-met-color, light-dark(#6941c6, #b9a6ff));
      --_muted: var(--cx-sla-countdown-muted-color, var(--cx-color-text-muted, light-dark(#5a6575, #a3afbf)));
      --_unavailable: var(--cx-sla-countdown-unavailable-color, light-dark(#a1216b, #f38bc6));
      --_track: var(
        --cx-sla-countdown-track-color,
        var(--cx-color-surface-sunken, light-dark(#eef1f5, #0f1318))
      );
      display: block;
    }

    /* The state: its word and icon (and a target's edge). */
    .state-active {
      --_state: var(--_ok);
    }
    .state-warning {
      --_state: var(--_warning);
    }
    .state-warning.band-critical {
      --_state: var(--_critical);
    }
    .state-paused {
      --_state: var(--_paused);
    }
    .state-breached {
      --_state: var(--_breach);
    }
    .state-met {
      --_state: var(--_met);
    }
    .state-cancelled {
      --_state: var(--_muted);
    }
    .state-unavailable {
      --_state: var(--_unavailable);
    }

    /* The urgency band: the time and the bar (a paused target keeps its band). */
    .band-ok {
      --_band: var(--_ok);
    }
    .band-warning {
      --_band: var(--_warning);
    }
    .band-critical {
      --_band: var(--_critical);
    }
    .band-breach {
      --_band: var(--_breach);
    }
    .band-muted {
      --_band: var(--_muted);
    }

    /*
     * Compact sits in table cells of long ticket queues: a box of steady width with tabular digits, so
     * a tick never changes its size (a longer state name may widen it; the host's cell decides whether
     * to clip). Deliberately no containment and no clipping here: either would give every one of
     * thousands of cells its own paint layer, which costs more per frame than it saves.
     */
    :host([variant='compact']) {
      display: inline-block;
      vertical-align: middle;
      min-inline-size: var(--cx-sla-countdown-compact-width, 12ch);
      block-size: calc(var(--cx-line-height, 1.5) * 1em);
      white-space: nowrap;
    }

    .countdown {
      display: grid;
      gap: var(--cx-space-sm, 8px);
    }

    .targets {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--cx-space-sm, 8px);
    }

    .target {
      display: grid;
      gap: var(--cx-space-2xs, 4px);
      padding: var(--cx-space-sm, 8px) var(--cx-space-md, 12px);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-inline-start: 4px solid var(--_state, var(--_ok));
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-surface, #fff);
    }

    .head {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--cx-space-sm, 8px);
    }

    h3 {
      margin: 0;
      font-size: var(--cx-font-size-md, 14px);
      font-weight: var(--cx-font-weight-bold, 600);
      line-height: var(--cx-line-height-tight, 1.25);
      overflow-wrap: anywhere;
    }

    .kind {
      font-weight: var(--cx-font-weight-normal, 400);
      color: var(--cx-color-text-muted, #5a6575);
      font-size: var(--cx-font-size-sm, 12px);
    }

    .badge {
      flex: none;
      display: inline-flex;
      align-items: center;
      gap: var(--cx-space-3xs, 2px);
      font-size: var(--cx-font-size-xs, 11px);
      font-weight: var(--cx-font-weight-medium, 500);
      padding: 0 var(--cx-space-xs, 6px);
      border-radius: var(--cx-radius-pill, 999px);
      border: 1px solid var(--_state);
      color: var(--_state);
      white-space: nowrap;
    }

    .icon {
      flex: none;
      inline-size: 1.15em;
      block-size: 1.15em;
    }

    /* Marks cut into a filled icon (the breach's exclamation mark, the met tick). */
    .icon .cut {
      stroke: var(--cx-color-surface, #fff);
    }

    .state-icon {
      display: inline-flex;
      flex: none;
      color: var(--_state);
    }

    .hint {
      margin: 0;
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--cx-color-text-muted, #5a6575);
    }

    details.error {
      padding-block: var(--cx-space-3xs, 2px);
    }

    summary {
      cursor: pointer;
    }

    .remaining {
      margin: 0;
      font-size: var(--cx-font-size-xl, 20px);
      font-weight: var(--cx-font-weight-bold, 600);
      color: var(--_band);
      /* Tabular digits: a new second never changes the width, so a tick causes no layout shift. */
      font-variant-numeric: tabular-nums;
      line-height: var(--cx-line-height-tight, 1.25);
      white-space: nowrap;
    }

    /* The ticking text keeps its box whatever the digits: a new second never shifts the layout. */
    .ticking {
      block-size: calc(var(--cx-line-height-tight, 1.25) * 1em);
    }

    .state-met .remaining,
    .state-cancelled .remaining {
      font-size: var(--cx-font-size-md, 14px);
    }

    .bar {
      --_bar-track: var(--_track);
      --_bar-fill: var(--_band);
    }

    .bar > span {
      transition: transform var(--cx-duration-normal, 200ms) linear;
    }

    .state-paused .bar > span {
      background-image: repeating-linear-gradient(
        -45deg,
        transparent 0 4px,
        color-mix(in srgb, var(--cx-color-surface, #fff) 55%, transparent) 4px 8px
      );
    }

    .due,
    .pause,
    .note {
      margin: 0;
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--cx-color-text-muted, #5a6575);
    }

    .note {
      color: var(--cx-color-warning, #8a5a00);
    }

    .pause {
      color: var(--cx-color-text, #1c2430);
    }

    .error {
      margin: 0;
      padding: var(--cx-space-xs, 6px) var(--cx-space-sm, 8px);
      border-radius: var(--cx-radius-sm, 3px);
      background: var(--cx-color-danger-surface, #fdecea);
      color: var(--cx-color-danger, #b42318);
      font-size: var(--cx-font-size-sm, 12px);
      overflow-wrap: anywhere;
    }

    .empty {
      margin: 0;
      color: var(--cx-color-text-muted, #5a6575);
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-xs, 6px);
    }

    button {
      font: inherit;
      font-size: var(--cx-font-size-sm, 12px);
      color: var(--cx-color-text, #1c2430);
      background: var(--cx-color-surface, #fff);
      border: 1px solid var(--cx-color-border-strong, #8a96a6);
      border-radius: var(--cx-radius-pill, 999px);
      padding: var(--cx-space-3xs, 2px) var(--cx-space-sm, 8px);
      cursor: pointer;
      min-block-size: 24px;
    }

    button[aria-pressed='true'] {
      background: var(--cx-color-primary, #0b5cad);
      border-color: var(--cx-color-primary, #0b5cad);
      color: var(--cx-color-on-primary, #fff);
    }

    .compact {
      display: inline-flex;
      align-items: center;
      gap: var(--cx-space-2xs, 4px);
      white-space: nowrap;
    }

    .compact.remaining {
      font-size: var(--cx-font-size-md, 14px);
      font-weight: var(--cx-font-weight-medium, 500);
    }

    .compact.ticking > .time {
      display: inline-block;
      /* Room for +99:59:59 or 999d 23:59 in tabular digits. */
      min-inline-size: 10ch;
    }

    .compact .word {
      color: var(--_state);
      font-size: var(--cx-font-size-sm, 12px);
    }

    @media (prefers-reduced-motion: reduce) {
      .bar > span {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .target {
        border-inline-start-width: 6px;
      }
      .bar {
        border: 1px solid CanvasText;
      }
      .bar > span {
        background: CanvasText;
        forced-color-adjust: none;
      }
      .icon .cut {
        stroke: Canvas;
      }
      .band-breach .remaining,
      .band-breach.remaining,
      .state-breached .badge {
        text-decoration: underline;
      }
      button[aria-pressed='true'] {
        border: 2px solid Highlight;
      }
    }
  `,
];
