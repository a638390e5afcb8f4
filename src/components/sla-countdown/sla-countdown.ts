import { CxSlaCountdown } from './sla-countdown.component.js';

export * from './sla-countdown.component.js';

CxSlaCountdown.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-sla-countdown': CxSlaCountdown;
  }
}
