import { css } from 'lit';

/**
 * Styles every widget starts from: it owns its box, font, colours and surface, so hostile page CSS
 * (`* { font: 11px serif }`, `div { display: inline }`) cannot reach inside. Each token has a light
 * fallback so a widget looks right even without tokens.css.
 *
 * The theming rule (docs/theming.md): a widget paints its own surface and draws its native parts
 * (form controls, scrollbars, system colours) for the colour scheme of the same token set as its
 * text, so it is readable on any page behind it — a dark card, a picture, a `color-scheme: dark`
 * that would otherwise reach inside. It turns dark only when the host asks: `data-cx-theme="dark"`
 * (or `"auto"`, which follows `prefers-color-scheme`) with tokens.css, or the host's own tokens.
 */
export const baseStyles = css`
  :host {
    /*
     * !important: a page rule that matches the host element itself (\`* { font: 11px serif }\`) wins
     * over a normal :host rule (CSS Scoping: the outer context wins for normal declarations, the
     * inner one for important ones). Hosts theme through the --cx-* tokens instead.
     */
    box-sizing: border-box !important;
    font-family: var(
      --cx-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    ) !important;
    font-size: var(--cx-font-size-md, 14px) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-weight: var(--cx-font-weight-normal, 400) !important;
    line-height: var(--cx-line-height, 1.5) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    color: var(--cx-color-text, #1c2430) !important;
    /* The text colour is chosen for this surface, so the page must not replace one without the other. */
    background: var(--cx-color-surface, #fff) !important;
    /* \`color-scheme\` is inherited: a page's \`dark\` would draw native controls dark on a light surface. */
    color-scheme: var(--cx-color-scheme, light) !important;
    -webkit-text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--cx-focus-ring-width, 2px) solid var(--cx-color-focus, #1a73e8);
    outline-offset: var(--cx-focus-ring-offset, 2px);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
