import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';

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
  'critical',
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

/**
 * The theming rule on a host page whose card is dark (`background: #1b1f24; color-scheme: dark`, as
 * AdminLTE's or Carbon's dark pages): each widget paints its own surface and draws its radio buttons
 * for its own scheme, so it stays readable. The left card asks for nothing (the widgets follow the
 * toolbar's theme, set on `<html>`); the right card says `data-cx-theme="dark"`. See docs/theming.md.
 */
export const OnADarkHostCard: StoryObj = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:16px">
      ${[undefined, 'dark'].map(
        (theme) =>
          html`<section
            data-cx-theme=${ifDefined(theme)}
            style="background:#1b1f24;color:#eee;color-scheme:dark;padding:16px;display:grid;gap:12px"
          >
            <h2 style="margin:0;font-size:16px;color:#eee">
              ${theme ? 'data-cx-theme="dark" on the card' : 'A dark host card, nothing asked'}
            </h2>
            <cx-sla-countdown
              variant="compact"
              ticket-id=${`story-host-card-${theme ?? 'none'}`}
              .targets=${[
                {
                  id: 'resolve',
                  label: 'Resolution',
                  startedAt: new Date(Date.now() - 3_600_000).toISOString(),
                  duration: 'PT4H',
                },
              ]}
            ></cx-sla-countdown>
            <!-- Different presets: two survey regions of one name would not be unique landmarks. -->
            <cx-satisfaction-survey preset=${theme ? 'csat' : 'fcr'}></cx-satisfaction-survey>
          </section>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const [nothingAsked, dark] = [...canvasElement.querySelectorAll('cx-satisfaction-survey')];
    // The survey's scales are cx-rating-scale elements, with their radios in their own shadow roots.
    await waitFor(() =>
      expect(
        nothingAsked!
          .shadowRoot!.querySelector('cx-rating-scale')
          ?.shadowRoot?.querySelector('[role="radio"]'),
      ).not.toBeNull(),
    );
    const surface = (element: Element) => getComputedStyle(element).backgroundColor;
    // Opaque, and not the card's colour showing through.
    for (const survey of [nothingAsked!, dark!]) {
      await expect(surface(survey)).not.toBe('rgba(0, 0, 0, 0)');
      await expect(surface(survey)).not.toBe('rgb(27, 31, 36)');
    }
    await expect(getComputedStyle(dark!).colorScheme).toBe('dark');
  },
};
