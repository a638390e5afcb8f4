import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import sinon from 'sinon';
import { LocalizeController, registerTranslation } from './localize.js';
import en from '../translations/en.js';
import zhCN from '../translations/zh-cn.js';

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return litHtml`<span>${this.localize.term('loading')}</span><bdi>${this.localize.dir()}</bdi>`;
  }
}
customElements.define('cx-localized-probe', LocalizedProbe);

/** Reads the language in willUpdate, before the controllers' hostUpdate. */
class WillUpdateProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  readonly seen: string[] = [];
  override willUpdate() {
    this.seen.push(this.localize.lang());
  }
  override render() {
    return litHtml`${this.localize.lang()}`;
  }
}
customElements.define('cx-will-update-probe', WillUpdateProbe);

const text = (el: LocalizedProbe): string => el.shadowRoot!.querySelector('span')!.textContent ?? '';

describe('LocalizeController', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('ships every English term in Chinese too, with the same types', () => {
    const keys = (translation: object) =>
      Object.keys(translation)
        .filter((key) => !key.startsWith('$'))
        .sort();
    expect(keys(zhCN)).to.deep.equal(keys(en));
    for (const key of keys(en)) {
      expect(typeof zhCN[key as keyof typeof zhCN], key).to.equal(typeof en[key as keyof typeof en]);
    }
  });

  it('follows the nearest lang attribute, not only the document', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('加载中…');
  });

  it('re-renders when an ancestor changes its lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Loading…');
    wrapper.lang = 'zh-CN';
    await waitUntil(() => text(probe) === '加载中…', 'did not switch to Chinese');
    wrapper.lang = 'en-GB';
    await waitUntil(() => text(probe) === 'Loading…', 'did not switch back to English');
  });

  it('gives the new language already in willUpdate of the update a lang change asks for', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><cx-will-update-probe></cx-will-update-probe></div>`,
    );
    const probe = wrapper.querySelector<WillUpdateProbe>('cx-will-update-probe')!;
    await probe.updateComplete;
    wrapper.setAttribute('lang', 'zh-CN');
    await waitUntil(() => probe.seen.length === 2, 'the lang change asks for an update');
    expect(probe.seen).to.deep.equal(['en', 'zh-CN']);
  });

  it('follows lang across a shadow boundary', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="zh"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('cx-localized-probe') as LocalizedProbe;
    root.append(probe);
    await probe.updateComplete;
    expect(text(probe)).to.equal('加载中…');
  });

  it('follows the document language when no ancestor says otherwise', async () => {
    document.documentElement.lang = 'zh-CN';
    const probe = await fixture<LocalizedProbe>(html`<cx-localized-probe></cx-localized-probe>`);
    expect(text(probe)).to.equal('加载中…');
  });

  it('falls back to English for an unknown or invalid language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="not a language!"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Loading…');
    expect(probe.localize.lang()).to.equal('en');
  });

  it('follows the nearest dir', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('bdi')!.textContent).to.equal('rtl');
  });

  it('lets a host register another language', async () => {
    registerTranslation({ ...en, $code: 'fr', $name: 'Français', loading: 'Chargement…' } as typeof en);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr-FR"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Chargement…');
  });

  it('uses a language registered after it was first asked for (the per-language cache is dropped)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="it"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal(en.loading); // not registered yet: the English fallback
    registerTranslation({ ...en, $code: 'it', $name: 'Italiano', loading: 'Caricamento…' } as typeof en);
    await waitUntil(() => text(probe) === 'Caricamento…', 'the new language is used after registration');
  });
});

describe('registerWidgetTerms', () => {
  it("adds a widget's terms to English (the fallback), Simplified Chinese and plain zh", async () => {
    const { registerWidgetTerms } = await import('./localize.js');
    registerWidgetTerms({ en: { probeWidgetTitle: 'Probe' }, 'zh-cn': { probeWidgetTitle: '探针' } });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    const term = () => (probe.localize.term as (key: string) => string)('probeWidgetTitle');
    await probe.updateComplete;
    expect(term()).to.equal('探针');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => term() === 'Probe', 'English term');
    // A language a host registered without this widget's terms falls back to English.
    registerTranslation({ ...en, $code: 'de', $name: 'Deutsch' } as typeof en);
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => probe.localize.lang() === 'de', 'German');
    expect(term()).to.equal('Probe');
    expect((zhCN as unknown as Record<string, unknown>).probeWidgetTitle).to.equal('探针');
  });

  it('re-renders nothing: the terms are there at once, and no element on the page updates', async () => {
    const { registerWidgetTerms } = await import('./localize.js');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    await probe.updateComplete;
    const renders = probe.renders;
    registerWidgetTerms({ en: { probeQuietTitle: 'Quiet' }, 'zh-cn': { probeQuietTitle: '安静' } });
    expect((probe.localize.term as (key: string) => string)('probeQuietTitle')).to.equal('安静');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.isUpdatePending).to.equal(false);
    expect(probe.renders, 'no element re-rendered for terms it cannot have shown').to.equal(renders);
  });

  it("keeps a host's own English and Chinese wording when a widget registers its terms later", async () => {
    const { registerWidgetTerms } = await import('./localize.js');
    registerTranslation({ ...en, $code: 'en', probeHostWord: 'Host wording' } as typeof en);
    registerTranslation({ ...zhCN, $code: 'zh-cn', probeHostWord: '主机用语' } as typeof en);
    registerWidgetTerms({
      en: { probeHostWord: 'Widget wording', probeLateTitle: 'Late' },
      'zh-cn': { probeHostWord: '组件用语', probeLateTitle: '后到' },
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><cx-localized-probe></cx-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('cx-localized-probe')!;
    const term = (key: string) => (probe.localize.term as (key: string) => string)(key);
    await waitUntil(() => term('probeLateTitle') === 'Late', "the widget's new term, in English");
    expect(term('probeHostWord'), "the host's word wins").to.equal('Host wording');
    wrapper.setAttribute('lang', 'zh-CN');
    await waitUntil(() => probe.localize.lang() === 'zh-CN', 'Chinese');
    expect(term('probeLateTitle')).to.equal('后到');
    expect(term('probeHostWord')).to.equal('主机用语');
  });
});

describe('LocalizeController.codeLabel', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    sinon.restore();
  });

  it('shows a code through its term, in the current language', async () => {
    document.documentElement.lang = 'zh-CN';
    const probe = await fixture<LocalizedProbe>(html`<cx-localized-probe></cx-localized-probe>`);
    expect(probe.localize.codeLabel('durationUnits', 'hour')).to.equal(zhCN.durationUnits.hour);
    document.documentElement.lang = 'en';
    await waitUntil(() => probe.localize.lang() === 'en', 'English');
    expect(probe.localize.codeLabel('durationUnits', 'hour')).to.equal(en.durationUnits.hour);
  });

  it('never shows an unknown code raw, and names it in one warning per page', async () => {
    const warn = sinon.stub(console, 'warn');
    const probe = await fixture<LocalizedProbe>(html`<cx-localized-probe></cx-localized-probe>`);
    for (let i = 0; i < 3; i++)
      expect(probe.localize.codeLabel('durationUnits', 'lunar-month')).to.equal('Lunar month');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('durationUnits').and.to.contain('lunar-month');
    expect(probe.localize.codeLabel('durationUnits', 'constructor')).to.equal('Constructor');
  });
});
