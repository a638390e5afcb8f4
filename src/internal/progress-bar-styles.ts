import { css } from 'lit';

/**
 * A progress bar: a track (`.bar`) and its fill (`.bar > span`), scaled from the inline start by
 * `--_progress` (0–1), so a change repaints it without laying it out again. The widget gives the
 * colours (`--_bar-track`, `--_bar-fill`) and anything else it needs (its flex size, a transition).
 */
export const progressBarStyles = css`
  .bar {
    block-size: 6px;
    border-radius: var(--cx-radius-pill, 999px);
    background: var(--_bar-track);
    overflow: hidden;
  }

  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_bar-fill);
    transform-origin: left center;
    transform: scaleX(var(--_progress, 0));
  }

  :host(:dir(rtl)) .bar > span {
    transform-origin: right center;
  }
`;
