// Icons of <cx-script-prompter> as inline SVG: drawn the same on every desktop, whatever fonts it has
// (a symbol or emoji character shows as an empty box where the system has no font for it). Each is
// hidden from assistive technology; the text beside it says what it means.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

function icon(name: string, body: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="icon icon--${name}"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${body}
  </svg>`;
}

const STROKE = { width: '1.75', cap: 'round', join: 'round' } as const;

/** Done, met. */
export const checkIcon = icon(
  'check',
  svg`<path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" stroke-width=${STROKE.width}
    stroke-linecap=${STROKE.cap} stroke-linejoin=${STROKE.join} />`,
);

/** Waiting for something to happen. */
export const hourglassIcon = icon(
  'hourglass',
  svg`<path d="M4 1.75h8M4 14.25h8M5 1.75v2c0 2 3 2.75 3 4.25s-3 2.25-3 4.25v2M11 1.75v2c0 2-3 2.75-3 4.25s3 2.25 3 4.25v2"
    fill="none" stroke="currentColor" stroke-width=${STROKE.width} stroke-linecap=${STROKE.cap}
    stroke-linejoin=${STROKE.join} />`,
);

/** The left arrow key. */
export const arrowLeftIcon = icon(
  'arrow-left',
  svg`<path d="M13 8H3.5M7.5 3.5 3 8l4.5 4.5" fill="none" stroke="currentColor" stroke-width=${STROKE.width}
    stroke-linecap=${STROKE.cap} stroke-linejoin=${STROKE.join} />`,
);
