import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

const colours = [
  'surface',
  'surface-raised',
  'surface-sunken',
  'surface-hover',
  'border',
  'border-strong',
  'text',
  'text-muted',
  'primary',
  'focus',
  'info',
  'success',
  'warning',
  'danger',
  'info-surface',
  'success-surface',
  'warning-surface',
  'danger-surface',
  'tier-ordinary',
  'tier-silver',
  'tier-gold',
  'tier-diamond',
];
const spaces = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl'];
const fontSizes = ['xs', 'sm', 'md', 'lg', 'xl', '2xl'];

const swatches = () =>
  html`<ul
    class="swatches"
    style="list-style:none;padding:0;margin:0;display:grid;gap:8px;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr))"
  >
    ${colours.map(
      (name) =>
        html`<li style="display:flex;align-items:center;gap:8px">
          <span
            aria-hidden="true"
            style="inline-size:32px;block-size:32px;border-radius:var(--cx-radius-md);border:1px solid var(--cx-color-border-strong);background:var(--cx-color-${name})"
          ></span>
          <code style="color:var(--cx-color-text)">--cx-color-${name}</code>
        </li>`,
    )}
  </ul>`;

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Global design tokens from `cx-desk/tokens.css`. Switch the theme and density in the toolbar; a host overrides any `--cx-*` variable on `:root` or on a container.',
      },
    },
  },
};
export default meta;

/** Colour roles, light and dark (toolbar). */
export const Colours: StoryObj = {
  render: swatches,
  play: async ({ canvasElement }) => {
    const swatch = canvasElement.querySelector<HTMLElement>('li span')!;
    await expect(getComputedStyle(swatch).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  },
};

/** Light and dark side by side, set explicitly with data-cx-theme. */
export const LightAndDark: StoryObj = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:1fr 1fr;gap:16px">
      ${['light', 'dark'].map(
        (theme) =>
          html`<section
            data-cx-theme=${theme}
            style="background:var(--cx-color-surface);color:var(--cx-color-text);padding:16px;border-radius:var(--cx-radius-lg)"
          >
            <h2 style="margin-top:0;font-size:var(--cx-font-size-lg)">${theme}</h2>
            ${swatches()}
          </section>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const [light, dark] = canvasElement.querySelectorAll('section');
    await expect(getComputedStyle(light!).backgroundColor).not.toBe(getComputedStyle(dark!).backgroundColor);
  },
};

/** Spacing and type scales; compact density tightens both. */
export const SpaceAndType: StoryObj = {
  render: () =>
    html`<div style="display:grid;gap:16px;color:var(--cx-color-text)">
      <ul style="list-style:none;padding:0;margin:0">
        ${spaces.map(
          (name) =>
            html`<li style="display:flex;align-items:center;gap:8px;margin-block:4px">
              <span
                aria-hidden="true"
                style="display:inline-block;block-size:12px;inline-size:var(--cx-space-${name});background:var(--cx-color-primary)"
              ></span>
              <code>--cx-space-${name}</code>
            </li>`,
        )}
      </ul>
      <ul style="list-style:none;padding:0;margin:0">
        ${fontSizes.map((name) => html`<li style="font-size:var(--cx-font-size-${name})">--cx-font-size-${name} 客户满意度 Customer 360</li>`)}
      </ul>
    </div>`,
};
