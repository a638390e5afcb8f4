import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The surface of a host page or widget, in the theme's colours: elements whose parts are their own
 * children (a masked value, a feed, a tab set) take the colours of the page or widget around them,
 * so their stories show them on one, as a widget paints its own.
 */
export const hostSurface: Decorator = (story) =>
  html`<div
    style="background: var(--cx-color-surface, #fff); color: var(--cx-color-text, #1c2430); padding: var(--cx-space-sm, 8px)"
  >
    ${story()}
  </div>`;
