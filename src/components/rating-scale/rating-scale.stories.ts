import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './rating-scale.js';
import type { CxRatingScale, RatingScaleOption } from './rating-scale.component.js';

const DESCRIPTION =
  'A rating — stars, faces, numbers or words — as a WAI-ARIA radio group and a form control. Tab into the scale, arrows move and choose (mirrored right-to-left, wrapping), Home and End jump, Space chooses. The satisfaction survey draws its CSAT, NPS, CES, yes-no and single-choice questions with it.';

const { args, argTypes, template } = getStorybookHelpers<CxRatingScale>('cx-rating-scale');
type Args = Partial<CxRatingScale> & Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Rating scale',
  component: 'cx-rating-scale',
  // Property-only members get '' from the helpers; unset means "1 to 5" for the options.
  args: { ...args, options: undefined, display: 'stars', 'aria-label': 'How satisfied are you?' },
  argTypes,
  render: (storyArgs) => template(storyArgs),
  parameters: { docs: { description: { component: DESCRIPTION } } },
};
export default meta;
type Story = StoryObj<Args>;

const scalesIn = (canvas: HTMLElement) => [...canvas.querySelectorAll<CxRatingScale>('cx-rating-scale')];
const radios = (el: CxRatingScale) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];

const NPS: RatingScaleOption[] = Array.from({ length: 11 }, (_, index) => ({ value: String(index) }));
const CHANNELS: RatingScaleOption[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'chat', label: 'Chat' },
  { value: 'app', label: 'App' },
];

/** One scale per language, side by side. */
const bothLocales = (render: (lang: 'en' | 'zh-CN') => TemplateResult) =>
  html`<div style="display: flex; flex-wrap: wrap; gap: 32px">
    ${(['en', 'zh-CN'] as const).map((lang) => html`<div lang=${lang}>${render(lang)}</div>`)}
  </div>`;

/** The CSAT question's words in each language. */
const CSAT = {
  en: { question: 'How satisfied are you?', low: 'Very dissatisfied', high: 'Very satisfied' },
  'zh-CN': { question: '您对本次服务满意吗？', low: '非常不满意', high: '非常满意' },
};

/** A five-star CSAT scale with its end labels, four stars chosen. */
function starScale(lang: 'en' | 'zh-CN'): TemplateResult {
  const words = CSAT[lang];
  return html`<cx-rating-scale
    display="stars"
    value="4"
    aria-label=${words.question}
    min-label=${words.low}
    max-label=${words.high}
  ></cx-rating-scale>`;
}

/** A five-face scale, named by `label`. */
function faceScale(label: string): TemplateResult {
  return html`<cx-rating-scale display="faces" aria-label=${label}></cx-rating-scale>`;
}

/** Every property as a control. */
export const Playground: Story = {};

/** A CSAT scale named and labelled in Chinese, four stars chosen (the zh-CN fixture of the shared suite). */
export const Chinese: Story = {
  render: () => html`<div lang="zh-CN">${starScale('zh-CN')}</div>`,
};

/** Five stars, named by their place ("3 of 5 stars"), with the end labels; the chosen one lights up the ones before it. */
export const Stars: Story = {
  render: () => bothLocales(starScale),
  play: async ({ canvasElement }) => {
    for (const el of scalesIn(canvasElement))
      await waitFor(() =>
        expect(radios(el).filter((radio) => radio.classList.contains('lit'))).toHaveLength(4),
      );
  },
};

/** Faces from very dissatisfied to very satisfied, each named in the page's language. */
export const Faces: Story = {
  render: () => bothLocales((lang) => faceScale(lang === 'en' ? 'Your mood' : '您的感受')),
};

/** Numbers: an 11-point NPS scale wraps to fit a 320 px chat panel. */
export const Numbers: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <cx-rating-scale
        .options=${NPS}
        aria-label="How likely are you to recommend us?"
        min-label="Not at all likely"
        max-label="Extremely likely"
      ></cx-rating-scale>
    </div>`,
};

/** Words: a single choice drawn as buttons. */
export const Words: Story = {
  render: () =>
    html`<cx-rating-scale
      display="words"
      .options=${CHANNELS}
      value="chat"
      aria-label="Channel"
    ></cx-rating-scale>`,
};

/** In a form: required, submitted under its name; Reset goes back to the `value` attribute. */
export const InAForm: Story = {
  render: () =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <cx-rating-scale
        name="csat"
        required
        display="stars"
        aria-label="How satisfied are you?"
      ></cx-rating-scale>
      <p><button>Send</button> <button type="reset">Reset</button></p>
    </form>`,
  play: async ({ canvasElement }) => {
    const [el] = scalesIn(canvasElement);
    await waitFor(() => expect(el!.validity.valueMissing).toBe(true));
    radios(el!)[2]!.click();
    await waitFor(() => expect(new FormData(canvasElement.querySelector('form')!).get('csat')).toBe('3'));
  },
};

/** Disabled: shown, not choosable, out of the Tab order. */
export const Disabled: Story = {
  render: () =>
    html`<cx-rating-scale
      disabled
      display="stars"
      value="2"
      aria-label="How satisfied are you?"
    ></cx-rating-scale>`,
};

/** Keyboard: arrows choose and wrap, Home and End jump; right-to-left, ← moves forward. */
export const Keyboard: Story = {
  render: () =>
    html`<div dir="rtl" lang="en">
      <cx-rating-scale value="3" aria-label="How satisfied are you?"></cx-rating-scale>
    </div>`,
  play: async ({ canvasElement }) => {
    const [el] = scalesIn(canvasElement);
    await el!.updateComplete;
    const press = (key: string) =>
      radios(el!)[Number(el!.value) - 1]!.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
      );
    press('ArrowLeft');
    await waitFor(() => expect(el!.value).toBe('4'));
    press('End');
    await waitFor(() => expect(el!.value).toBe('5'));
    press('ArrowLeft');
    await waitFor(() => expect(el!.value).toBe('1'));
  },
};
