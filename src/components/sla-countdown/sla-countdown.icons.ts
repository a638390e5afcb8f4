import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { SlaState } from '../../events/cx-sla-state-change.js';

/** What a countdown can show: a target's state, or that the SLA (or one target) is unavailable. */
export type SlaIndicator = SlaState | 'unavailable';

/*
 * One shape per state, so the states differ without colour (and without an emoji font): a clock on
 * track, a triangle at risk, two bars paused, a stop sign breached, a tick met, a struck circle
 * cancelled, a dashed circle with a question mark unavailable. Inline SVG in `currentColor`; the
 * marks cut into a filled shape use the surface colour (class `cut`, styled in the component).
 */
const SHAPES: Record<SlaIndicator, SVGTemplateResult> = {
  active: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4.5V8l2.5 1.75" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  warning: svg`<path d="M8 1.75 14.75 13.75H1.25Z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6.25v3.25M8 11.75v.01" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  paused: svg`<rect x="3.5" y="2.5" width="3" height="11" rx="1" fill="currentColor"/><rect x="9.5" y="2.5" width="3" height="11" rx="1" fill="currentColor"/>`,
  breached: svg`<path d="M5.1 1.25h5.8l3.85 3.85v5.8l-3.85 3.85H5.1l-3.85-3.85V5.1Z" fill="currentColor"/><path class="cut" d="M8 4.5v4.25M8 11.25v.01" fill="none" stroke-width="1.75" stroke-linecap="round"/>`,
  met: svg`<circle cx="8" cy="8" r="6.75" fill="currentColor"/><path class="cut" d="m4.9 8.2 2.1 2.1 4.1-4.3" fill="none" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/>`,
  cancelled: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="m3.6 12.4 8.8-8.8" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  unavailable: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 1.9"/><path d="M6.2 6.3a1.85 1.85 0 1 1 2.55 1.7c-.45.2-.75.6-.75 1.1v.35M8 11.4v.01" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
};

/** The state's icon, decorative (`aria-hidden`): the word beside it or the element's name says it. */
export function stateIcon(indicator: SlaIndicator): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
    data-icon=${indicator}
  >
    ${SHAPES[indicator]}
  </svg>`;
}
