import { html, type TemplateResult } from 'lit';

/** One star, the same for every option: a template without bindings, cloned. */
export const STAR_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <polygon
    points="12 2.5 14.9 8.6 21.5 9.3 16.5 13.8 17.9 20.4 12 17 6.1 20.4 7.5 13.8 2.5 9.3 9.1 8.6"
  ></polygon>
</svg>`;

/** A face whose mouth bends from sad (first option) to happy (last), decorative: the option is named. */
export function faceIcon(index: number, points: number): TemplateResult {
  const mood = points <= 1 ? 0 : (index / (points - 1)) * 2 - 1; // -1 (sad) … 1 (happy)
  const mouth = `M7.5 15.5 Q12 ${15.5 + mood * 3.5} 16.5 15.5`;
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="9.5"></circle>
    <circle class="eye" cx="9" cy="10" r="1.1"></circle>
    <circle class="eye" cx="15" cy="10" r="1.1"></circle>
    <path d=${mouth}></path>
  </svg>`;
}
