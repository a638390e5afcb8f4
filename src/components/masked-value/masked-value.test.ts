// <cx-masked-value>: every kind of personal value masked until revealed (never in the markup before),
// its button in each form and language, its event (no value in it; cancelable), a refusal, and its
// parts as light-DOM children a widget can style and name.
import { expect, fixture, html } from '@open-wc/testing';
import type { CxErrorEvent } from '../../events/cx-error.js';
import type { CxMaskedValueToggleEvent } from '../../events/cx-masked-value-toggle.js';
import { liveRegion } from '../../internal/announcer.js';
import { maskPii, PII_KINDS, type PiiKind } from '../../services/pii/index.js';
import { assertChineseOnly } from '../../../test/support/language.js';
import { assertNoPiiInDetails, placesOf, spyEvents } from '../../../test/support/pii.js';
import './masked-value.js';
import type { CxMaskedValue, MaskedValueWords } from './masked-value.component.js';

/** One value of each kind. */
const RAW: Readonly<Record<PiiKind, string>> = {
  phone: '13812345678',
  idNumber: '110101199003071234',
  email: 'li.wei@example.cn',
  account: '6222020200112233445',
  address: '上海市浦东新区世纪大道100号',
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function masked(kind: PiiKind, attributes: Partial<CxMaskedValue> = {}): Promise<CxMaskedValue> {
  const el = await fixture<CxMaskedValue>(
    html`<cx-masked-value kind=${kind} .raw=${RAW[kind]} path="profile.x"></cx-masked-value>`,
  );
  Object.assign(el, attributes);
  await el.updateComplete;
  return el;
}

describe('cx-masked-value', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => liveRegion('polite')?.replaceChildren());

  for (const kind of PII_KINDS) {
    it(`${kind}: masked by its kind, nowhere in the markup until revealed, then in full`, async () => {
      const el = await masked(kind);
      const value = el.querySelector('.pii-value')!;
      expect(text(value)).to.equal(maskPii(kind, RAW[kind]));
      expect(value.getAttribute('data-field')).to.equal(kind);
      expect(placesOf(el, RAW[kind]), 'the value before a reveal').to.deep.equal([]);
      el.revealed = true;
      await el.updateComplete;
      expect(text(el.querySelector('.pii-value'))).to.equal(RAW[kind]);
      expect(placesOf(el, RAW[kind]).map((place) => place.kind)).to.deep.equal(['text']);
    });
  }

  it('keeps a masked form given with the data, unless it gives the value away', async () => {
    const el = await masked('phone', { masked: '+86 138 **** 5678' });
    expect(text(el.querySelector('.pii-value'))).to.equal('+86 138 **** 5678');
    el.masked = `tel ${RAW.phone}`;
    await el.updateComplete;
    expect(text(el.querySelector('.pii-value'))).to.equal(maskPii('phone', RAW.phone));
  });

  it('names its button by the label: "Show" in running text, "Show Mobile" in full, none inside a control', async () => {
    const el = await masked('phone', { label: 'Mobile' });
    const button = () => el.querySelector('button');
    expect(text(button())).to.equal('Show');
    expect(button()!.getAttribute('aria-label')).to.equal('Show Mobile');
    el.button = 'full';
    await el.updateComplete;
    expect(text(button())).to.equal('Show Mobile');
    expect(button()!.hasAttribute('aria-label')).to.equal(false);
    el.button = 'none';
    await el.updateComplete;
    expect(button()).to.equal(null);
    el.button = 'inline';
    el.label = undefined;
    await el.updateComplete;
    expect(button()!.getAttribute('aria-label')).to.equal('Show phone number');
    await expect(el).to.be.accessible();
  });

  it('speaks the page language, or the words its widget gives it', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await masked('idNumber');
    expect(text(el.querySelector('button'))).to.equal('显示');
    expect(el.querySelector('button')!.getAttribute('aria-label')).to.equal('显示证件号码');
    el.denied = true;
    await el.updateComplete;
    assertChineseOnly(el, { context: 'cx-masked-value' });
    const words: MaskedValueWords = {
      kind: () => 'number',
      revealShort: 'Peek',
      hideShort: 'Unpeek',
      reveal: (label) => `Peek at ${label}`,
      hide: (label) => `Stop peeking at ${label}`,
      denied: (label) => `No peeking at ${label}`,
      revealed: (label, value) => `${label} is ${value}`,
    };
    el.words = words;
    await el.updateComplete;
    expect(
      [el.querySelector('.pii-value'), el.querySelector('button'), el.querySelector('.denied')].map(text),
    ).to.deep.equal([maskPii('idNumber', RAW.idNumber), 'Peek', 'No peeking at number']);
  });

  it('asks before it shows: the event carries no value, and cancelling it keeps the value masked', async () => {
    const el = await masked('phone', { label: 'Mobile' });
    const seen = spyEvents(el, ['cx-masked-value-toggle']);
    el.querySelector('button')!.click();
    await el.updateComplete;
    const [{ event }] = seen;
    expect(event.bubbles && event.composed && event.cancelable, 'bubbles, composed, cancelable').to.equal(
      true,
    );
    expect((event as CxMaskedValueToggleEvent).detail).to.deep.equal({
      kind: 'phone',
      masked: maskPii('phone', RAW.phone),
      label: 'Mobile',
      path: 'profile.x',
      reveal: true,
    });
    expect(el.revealed).to.equal(true);
    expect(text(el.querySelector('.pii-value'))).to.equal(RAW.phone);
    expect(liveRegion('polite')!.textContent).to.contain(`Mobile: ${RAW.phone}`);
    el.querySelector('button')!.click();
    await el.updateComplete;
    expect((seen[1].event as CxMaskedValueToggleEvent).detail.reveal).to.equal(false);
    expect(text(el.querySelector('.pii-value'))).to.equal(maskPii('phone', RAW.phone));
    assertNoPiiInDetails(seen, Object.values(RAW));
    const deny = (event: Event) => event.preventDefault();
    el.addEventListener('cx-masked-value-toggle', deny);
    el.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.revealed).to.equal(false);
    expect(placesOf(el, RAW.phone)).to.deep.equal([]);
    el.denied = true;
    await el.updateComplete;
    expect(text(el.querySelector('.denied'))).to.equal('Showing the Mobile is not allowed');
    await expect(el).to.be.accessible();
  });

  it('renders its parts as its own children, with the part names its widget gives the button', async () => {
    const el = await masked('email', { togglePart: 'button pii-toggle' });
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector(':scope > .pii-value')).to.exist;
    expect(el.querySelector(':scope > button')!.getAttribute('part')).to.equal('button pii-toggle');
    expect(getComputedStyle(el.querySelector('.pii-value')!).unicodeBidi).to.equal('isolate');
  });

  it('reports a kind, button or words it cannot use with one cx-error, and shows nothing it cannot mask', async () => {
    const el = await masked('phone');
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push(event.detail));
    el.setAttribute('kind', 'passport');
    el.setAttribute('button', 'loud');
    (el as unknown as { words: unknown }).words = { revealShort: 42 };
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([
      ['invalid-property', 'kind'],
      ['invalid-property', 'button'],
      ['invalid-property', 'words'],
    ]);
    expect(el.textContent!.trim()).to.equal('');
    expect(placesOf(el, RAW.phone)).to.deep.equal([]);
  });
});
