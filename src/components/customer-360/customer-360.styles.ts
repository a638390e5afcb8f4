import { css } from 'lit';
import { baseStyles } from '../../internal/base-styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      /* Component hooks resolve to private variables, so a page's own variables never leak in by accident. */
      --_accent: var(--cx-customer-360-accent-color, var(--cx-color-primary, #1a5fb4));
      --_feed-height: var(--cx-customer-360-feed-height, 420px);
      --_track: var(--cx-customer-360-meter-track-color, var(--cx-color-surface-sunken, #eef1f5));
      --_invalid: var(--cx-customer-360-invalid-color, var(--cx-color-danger, #b42318));
      --_gap: var(--cx-space-md, 12px);
      /* Section states: each its own colour (from the theme's role tokens, so dark follows), always
         with its own words and icon as well. */
      --_state-loading: var(--cx-customer-360-state-loading-color, var(--cx-color-info, #0b5cad));
      --_state-slow: var(--cx-customer-360-state-slow-color, var(--cx-color-warning, #8a5a00));
      --_state-retrying: var(
        --cx-customer-360-state-retrying-color,
        color-mix(in oklab, var(--cx-color-warning, #8a5a00), var(--cx-color-danger, #b42318))
      );
      --_state-stale: var(
        --cx-customer-360-state-stale-color,
        color-mix(in oklab, var(--cx-color-info, #0b5cad), var(--cx-color-danger, #b42318))
      );
      --_state-error: var(--cx-customer-360-state-error-color, var(--cx-color-danger, #b42318));
      --_state-empty: var(--cx-customer-360-state-empty-color, var(--cx-color-text-muted, #5a6575));
      display: block;
      /* The surface the host paints (base styles) has the panel's corners. */
      border-radius: var(--cx-radius-lg, 8px);
      container-type: inline-size;
      container-name: c360;
    }

    .panel {
      display: grid;
      gap: var(--_gap);
      padding: var(--cx-space-md, 12px);
      background: var(--cx-color-surface, #fff);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-radius: var(--cx-radius-lg, 8px);
      min-inline-size: 0;
    }

    button,
    select {
      font: inherit;
      color: inherit;
    }

    button {
      min-block-size: 32px;
      padding: var(--cx-space-2xs, 4px) var(--cx-space-md, 12px);
      border: 1px solid var(--cx-color-border-strong, #8a94a3);
      border-radius: var(--cx-radius-md, 6px);
      background: var(--cx-color-surface-raised, #fff);
      cursor: pointer;
    }
    button:hover {
      background: var(--cx-color-surface-hover, #f3f5f8);
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--cx-color-on-primary, #fff);
    }
    button.link {
      min-block-size: 24px;
      padding: 0 var(--cx-space-2xs, 4px);
      border: 0;
      background: none;
      color: var(--cx-color-primary, #1a5fb4);
      text-decoration: underline;
    }
    select {
      min-block-size: 32px;
      border: 1px solid var(--cx-color-border-strong, #8a94a3);
      border-radius: var(--cx-radius-sm, 4px);
      background: var(--cx-color-surface, #fff);
    }

    .meta {
      color: var(--cx-color-text-muted, #5a6575);
      font-size: var(--cx-font-size-sm, 13px);
    }
    p {
      margin: 0;
    }

    /* Header */
    .header {
      display: grid;
      gap: var(--cx-space-sm, 8px);
    }
    .identity {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cx-space-sm, 8px);
      min-inline-size: 0;
    }
    .name {
      margin: 0;
      font-size: var(--cx-font-size-xl, 20px);
      font-weight: var(--cx-font-weight-bold, 600);
      line-height: var(--cx-line-height-tight, 1.25);
      overflow-wrap: anywhere;
      min-inline-size: 0;
      max-block-size: 5lh;
      overflow: hidden;
    }
    .tier {
      padding: 0 var(--cx-space-sm, 8px);
      border-radius: var(--cx-radius-pill, 999px);
      font-size: var(--cx-font-size-sm, 13px);
      font-weight: var(--cx-font-weight-medium, 500);
      border: 1px solid currentcolor;
    }
    .tier-ordinary {
      color: var(--cx-color-tier-ordinary, #4b5563);
    }
    .tier-silver {
      color: var(--cx-color-tier-silver, #4a5568);
    }
    .tier-gold {
      color: var(--cx-color-tier-gold, #8a5a00);
    }
    .tier-diamond {
      color: var(--cx-color-tier-diamond, #5b3cc4);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 136px), 1fr));
      gap: var(--cx-space-xs, 6px) var(--cx-space-md, 12px);
      margin: 0;
    }
    .fact {
      min-inline-size: 0;
    }
    .fact.wide {
      grid-column: 1 / -1;
    }
    dt {
      color: var(--cx-color-text-muted, #5a6575);
      font-size: var(--cx-font-size-xs, 12px);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .status-arrears,
    .status-suspended,
    .status-terminated {
      color: var(--cx-color-danger, #b42318);
      font-weight: var(--cx-font-weight-medium, 500);
    }

    .alerts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-xs, 6px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .alert {
      display: grid;
      padding: var(--cx-space-2xs, 4px) var(--cx-space-sm, 8px);
      border-radius: var(--cx-radius-md, 6px);
      border: 1px solid currentcolor;
      font-size: var(--cx-font-size-sm, 13px);
      max-inline-size: 100%;
    }
    .alert.critical {
      color: var(--cx-color-danger, #b42318);
      background: var(--cx-color-danger-surface, #fdecea);
    }
    .alert.warning {
      color: var(--cx-color-warning, #8a5a00);
      background: var(--cx-color-warning-surface, #fff5e0);
    }
    .alert.info {
      color: var(--cx-color-info, #1a5fb4);
      background: var(--cx-color-info-surface, #e8f1fc);
    }
    .alert .reason {
      color: var(--cx-color-text, #1c2430);
    }

    .actions,
    .offer-actions,
    .reject-form {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-xs, 6px);
      align-items: end;
    }

    /* Tabs */
    .tabs {
      display: flex;
      overflow-x: auto;
      gap: var(--cx-space-3xs, 2px);
      border-block-end: 1px solid var(--cx-color-border, #d3d9e1);
    }
    .tab {
      flex: none;
      border: 0;
      border-block-end: 3px solid transparent;
      border-radius: var(--cx-radius-sm, 4px) var(--cx-radius-sm, 4px) 0 0;
      background: none;
      color: var(--cx-color-text-muted, #5a6575);
    }
    .tab.selected {
      color: var(--cx-color-text, #1c2430);
      border-block-end-color: var(--_accent);
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .tab.failed::after,
    .toggle.failed::after {
      content: ' !';
      color: var(--cx-color-danger, #b42318);
    }
    .tabpanel {
      display: grid;
      gap: var(--cx-space-sm, 8px);
      min-inline-size: 0;
    }
    .tabpanel[hidden],
    .disclosure-body[hidden] {
      display: none;
    }

    /* Disclosures (narrow layouts) */
    .disclosures {
      display: grid;
      border-block-start: 1px solid var(--cx-color-border, #d3d9e1);
    }
    .disclosure {
      border-block-end: 1px solid var(--cx-color-border, #d3d9e1);
    }
    .disclosure-heading {
      margin: 0;
      font-size: inherit;
    }
    .toggle {
      display: flex;
      align-items: center;
      gap: var(--cx-space-xs, 6px);
      inline-size: 100%;
      border: 0;
      border-radius: 0;
      background: none;
      text-align: start;
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .chevron {
      inline-size: 0.5em;
      block-size: 0.5em;
      border-inline-end: 2px solid currentcolor;
      border-block-end: 2px solid currentcolor;
      transform: rotate(-45deg);
      transition: transform var(--cx-duration-fast, 120ms);
    }
    [aria-expanded='true'] > .chevron {
      transform: rotate(45deg);
    }
    .disclosure-body {
      display: grid;
      gap: var(--cx-space-sm, 8px);
      padding-block: var(--cx-space-xs, 6px) var(--cx-space-md, 12px);
    }

    /* Section states: loading, still loading, retrying, saved data, failed, empty */
    .section-state {
      --_state-color: var(--_state-loading);
      display: grid;
      justify-items: start;
      gap: var(--cx-space-xs, 6px);
      padding: var(--cx-space-xs, 6px) var(--cx-space-sm, 8px);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-inline-start: 4px solid var(--_state-color);
      border-radius: var(--cx-radius-md, 6px);
      min-inline-size: 0;
    }
    .state-slow {
      --_state-color: var(--_state-slow);
    }
    .state-retrying {
      --_state-color: var(--_state-retrying);
    }
    .state-stale {
      --_state-color: var(--_state-stale);
    }
    .state-error {
      --_state-color: var(--_state-error);
      background: var(--cx-color-danger-surface, #fdecea);
    }
    .state-empty {
      --_state-color: var(--_state-empty);
      padding: 0;
      border: 0;
    }
    .state-line {
      display: flex;
      align-items: flex-start;
      gap: var(--cx-space-xs, 6px);
      margin: 0;
      /* The message is plain words: it wraps between them, never inside one. */
      overflow-wrap: normal;
    }
    .state-empty .state-line {
      color: var(--cx-color-text-muted, #5a6575);
    }
    .state-icon {
      flex: none;
      inline-size: 1em;
      block-size: 1em;
      margin-block-start: 0.2em;
      color: var(--_state-color);
    }
    .state-icon.ring {
      box-sizing: border-box;
      border: 2px solid currentcolor;
      border-radius: 50%;
    }
    .state-loading .state-icon {
      animation: spin 1s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    .state-detail {
      justify-self: stretch;
      min-inline-size: 0;
      color: var(--cx-color-text-muted, #5a6575);
      font-size: var(--cx-font-size-sm, 13px);
    }
    .state-detail summary {
      inline-size: fit-content;
      cursor: pointer;
    }
    .state-detail dl {
      display: grid;
      gap: var(--cx-space-3xs, 2px);
      margin: var(--cx-space-2xs, 4px) 0 0;
    }
    .state-fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--cx-space-xs, 6px);
    }
    .state-detail dt {
      font-size: inherit;
    }
    .state-detail dd {
      margin: 0;
      min-inline-size: 0;
      /* Addresses and server messages are long unbroken runs: they may break anywhere. */
      overflow-wrap: anywhere;
    }
    .state-url {
      font-family: var(--cx-font-family-mono, ui-monospace, monospace);
    }
    .bones {
      display: grid;
      justify-self: stretch;
      gap: var(--cx-space-xs, 6px);
    }
    .bone {
      display: block;
      block-size: 1em;
      border-radius: var(--cx-radius-sm, 4px);
      background: var(--cx-color-surface-sunken, #eef1f5);
      animation: pulse 1.4s ease-in-out infinite;
    }
    .bone.short {
      inline-size: 60%;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    .empty {
      color: var(--cx-color-text-muted, #5a6575);
    }
    .invalid-mark,
    .issues {
      color: var(--_invalid);
      font-size: var(--cx-font-size-xs, 12px);
      font-weight: var(--cx-font-weight-normal, 400);
      margin-inline-start: var(--cx-space-2xs, 4px);
    }
    .issues {
      margin: 0;
    }

    /* Cards, rows, chips */
    .cards,
    .meters,
    .rows {
      display: grid;
      gap: var(--cx-space-sm, 8px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      display: grid;
      gap: var(--cx-space-2xs, 4px);
      padding: var(--cx-space-sm, 8px) var(--cx-space-md, 12px);
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-radius: var(--cx-radius-md, 6px);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .card.complaint {
      border-inline-start: 4px solid var(--cx-color-danger, #b42318);
    }
    .card-title {
      margin: 0;
      font-size: var(--cx-font-size-md, 14px);
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .ticket-head,
    .chip {
      display: inline-block;
      padding: 0 var(--cx-space-xs, 6px);
      border-radius: var(--cx-radius-pill, 999px);
      background: var(--cx-color-surface-sunken, #eef1f5);
      color: var(--cx-color-text, #1c2430);
      font-size: var(--cx-font-size-xs, 12px);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-2xs, 4px) var(--cx-space-sm, 8px);
      align-items: center;
    }
    .amount {
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-2xs, 4px) var(--cx-space-sm, 8px);
      align-items: baseline;
      padding-block: var(--cx-space-2xs, 4px);
      border-block-end: 1px solid var(--cx-color-border, #d3d9e1);
    }
    .row-main {
      flex: 1 1 128px;
    }
    .row.low strong {
      color: var(--cx-color-danger, #b42318);
    }
    .decision {
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .decision.accept {
      color: var(--cx-color-success, #1d7a3b);
    }
    .reject-form label {
      display: grid;
      gap: var(--cx-space-3xs, 2px);
    }

    /* Usage meters */
    .usage {
      display: grid;
      gap: var(--cx-space-2xs, 4px);
    }
    .usage-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--cx-space-xs, 6px);
    }
    .meter {
      block-size: 8px;
      border-radius: var(--cx-radius-pill, 999px);
      background: var(--_track);
      overflow: hidden;
      border: 1px solid transparent;
    }
    .fill {
      display: block;
      block-size: 100%;
      inline-size: calc(var(--_ratio, 0) * 100%);
      background: var(--_accent);
    }
    .usage.over .fill {
      background: var(--cx-color-danger, #b42318);
    }

    /* Bills */
    .table-wrap {
      overflow-x: auto;
    }
    .bills {
      inline-size: 100%;
      border-collapse: collapse;
      font-size: var(--cx-font-size-sm, 13px);
    }
    .bills th,
    .bills td {
      padding: var(--cx-space-2xs, 4px) var(--cx-space-sm, 8px);
      border-block-end: 1px solid var(--cx-color-border, #d3d9e1);
      text-align: start;
      vertical-align: top;
    }
    .bills thead th {
      color: var(--cx-color-text-muted, #5a6575);
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .bills th[scope='row'] {
      font-weight: var(--cx-font-weight-normal, 400);
    }
    .bills .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .state-partiallyPaid,
    .state-sent {
      background: var(--cx-color-warning-surface, #fff5e0);
    }
    .state-settled {
      background: var(--cx-color-success-surface, #e7f5ec);
    }

    /* Interaction feed */
    .history {
      display: grid;
      gap: var(--cx-space-sm, 8px);
    }
    .history[hidden] {
      display: none;
    }
    .feed-tools {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: end;
      gap: var(--cx-space-sm, 8px);
    }
    .feed-tools label {
      display: flex;
      gap: var(--cx-space-xs, 6px);
      align-items: center;
    }
    .feed {
      block-size: var(--_feed-height);
      overflow: auto;
      /* The scrollbar appearing must not narrow the articles: that resizes every measured row again. */
      scrollbar-gutter: stable;
      border: 1px solid var(--cx-color-border, #d3d9e1);
      border-radius: var(--cx-radius-md, 6px);
    }
    .interaction {
      inline-size: 100%;
      display: grid;
      gap: var(--cx-space-3xs, 2px);
      padding: var(--cx-space-xs, 6px) var(--cx-space-sm, 8px);
      border-block-end: 1px solid var(--cx-color-border, #d3d9e1);
      overflow-wrap: anywhere;
    }
    .interaction:focus-visible {
      outline-offset: -2px;
    }
    .interaction-head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cx-space-xs, 6px);
      align-items: baseline;
      margin: 0;
      font-size: var(--cx-font-size-sm, 13px);
      font-weight: var(--cx-font-weight-medium, 500);
    }
    .summary {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }

    /* Wide layouts: facts and alerts beside the name, cards in columns. */
    @container c360 (min-width: 720px) {
      /* Identity, facts and actions on the left; the alert badges (often the tallest) on the right. */
      .header {
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        grid-template-rows: auto auto 1fr;
        align-items: start;
      }
      .identity,
      .facts,
      .actions {
        grid-column: 1;
      }
      .alerts,
      .header > .section-state {
        grid-column: 2;
      }
      .alerts {
        grid-row: 1 / span 3;
        flex-direction: column;
      }
      .cards {
        grid-template-columns: repeat(auto-fill, minmax(256px, 1fr));
      }
      .meters {
        grid-template-columns: repeat(auto-fill, minmax(224px, 1fr));
        gap: var(--cx-space-md, 12px) var(--cx-space-lg, 16px);
      }
    }

    @container c360 (max-width: 480px) {
      /* A masked number and its button on a line of their own, not broken mid-number. */
      .fact.pii {
        grid-column: 1 / -1;
      }
    }

    @container c360 (max-width: 360px) {
      .panel {
        padding: var(--cx-space-sm, 8px);
      }
      .feed {
        block-size: var(--cx-customer-360-feed-height, 320px);
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .bone,
      .state-loading .state-icon {
        animation: none;
      }
      .chevron {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .fill {
        background: Highlight;
      }
      .meter {
        border-color: CanvasText;
      }
      .tab.selected {
        border-block-end-color: Highlight;
      }
      .section-state {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
