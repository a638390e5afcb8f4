import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { piiValue } from '../services/pii/index.js';
import { liveRegion } from './announcer.js';
import { PiiRevealController, type PiiRevealRequest, type PiiRevealWords } from './pii-reveal.js';

const PHONE = '13812345678';

const WORDS: PiiRevealWords = {
  kind: (kind) => (kind === 'phone' ? 'phone number' : kind),
  revealShort: 'Show',
  hideShort: 'Hide',
  reveal: (label) => `Show ${label}`,
  hide: (label) => `Hide ${label}`,
  denied: (label) => `Showing the ${label} is not allowed`,
  revealed: (label, value) => `${label}: ${value}`,
};

/** A host with two places showing the same number, a text with it, and a personal field. */
class PiiRevealHost extends LitElement {
  readonly requests: PiiRevealRequest[] = [];
  deny = false;
  readonly pii = new PiiRevealController(this, {
    lang: () => 'en',
    words: () => WORDS,
    event: (request) => {
      this.requests.push(request);
      const event = new CustomEvent('reveal', { cancelable: true, detail: { masked: request.match.masked } });
      if (this.deny) event.preventDefault();
      return event;
    },
  });

  override render() {
    return html`<p id="a">
        ${this.pii.value(piiValue('phone', PHONE), 'a', { label: 'Mobile', button: 'full' })}
      </p>
      <p id="b">${this.pii.text(`call ${PHONE.replace(/(\d{3})(\d{4})/, '$1 $2 ')} now`, 'notes.0')}</p>
      <p id="c">${this.pii.text('上海市浦东新区', 'profile.extensions.home')}</p>
      <p id="d" title=${this.pii.plain(`call ${PHONE}`)}>plain</p>`;
  }
}
customElements.define('pii-reveal-host', PiiRevealHost);

/**
 * A host with its own field set and CSS parts (as the script prompter has): a personal field with a
 * button, the same value inside a control (no button), and a title made of it as plain text.
 */
class PiiRevealPartsHost extends LitElement {
  readonly pii = new PiiRevealController(this, {
    lang: () => 'en',
    words: () => WORDS,
    kindOf: (path, fields) => fields[path] ?? (path === 'customer.msisdn' ? 'phone' : undefined),
    parts: { value: 'pii', toggle: 'button pii-toggle' },
    event: () => new CustomEvent('reveal', { cancelable: true }),
  });

  override render() {
    return html`<p id="a">${this.pii.text(PHONE, 'customer.msisdn', undefined, { button: 'full' })}</p>
      <button id="b" type="button">
        Text ${this.pii.text(PHONE, 'customer.msisdn', undefined, { button: 'none' })}
      </button>
      <h2 id="c">Call ${this.pii.shownText(PHONE, 'customer.msisdn')}</h2>
      <p id="d">${this.pii.text('上海市浦东新区', 'customer.home', undefined, { button: 'none' })}</p>`;
  }
}
customElements.define('pii-reveal-parts-host', PiiRevealPartsHost);

/** The text of a place, without the refusal note (checked on its own). */
const text = (host: PiiRevealHost, id: string) => {
  const copy = host.shadowRoot!.querySelector(`#${id}`)!.cloneNode(true) as Element;
  copy.querySelector('.denied')?.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

describe('PiiRevealController', () => {
  afterEach(() => liveRegion('polite')?.replaceChildren());

  it('masks values, finds them in text, and masks personal fields and attributes', async () => {
    const host = await fixture<PiiRevealHost>(testHtml`<pii-reveal-host></pii-reveal-host>`);
    expect(text(host, 'a')).to.equal('138****5678 Show Mobile');
    expect(text(host, 'b')).to.equal('call 138****5678 Show now');
    expect(text(host, 'c')).to.equal('上海市浦东新区'); // an address is found only as a personal field
    host.pii.fields = { 'profile.extensions.home': 'address' };
    host.requestUpdate();
    await host.updateComplete;
    expect(text(host, 'c')).to.equal('上海**** Show');
    expect(host.shadowRoot!.querySelector('#d')!.getAttribute('title')).to.equal('call 138****5678');
    expect(host.shadowRoot!.querySelector('#b button')!.getAttribute('aria-label')).to.equal(
      'Show phone number',
    );
  });

  it('reveals a value everywhere after the audited event, hides it again, and resets', async () => {
    const host = await fixture<PiiRevealHost>(testHtml`<pii-reveal-host></pii-reveal-host>`);
    const before = host.pii.version;
    host.shadowRoot!.querySelector<HTMLElement>('#b button')!.click();
    await host.updateComplete;
    expect(host.requests.map((request) => [request.path, request.match.key])).to.deep.equal([
      ['notes.0', `phone:${PHONE}`],
    ]);
    expect(text(host, 'a')).to.equal(`${PHONE} Hide Mobile`);
    expect(text(host, 'b')).to.equal('call 138 1234 5678 Hide now');
    expect(host.pii.version).to.be.greaterThan(before);
    expect(liveRegion('polite')!.textContent).to.contain(`phone number: 138 1234 5678`);
    host.shadowRoot!.querySelector<HTMLElement>('#a button')!.click();
    await host.updateComplete;
    expect(host.requests).to.have.length(1); // hiding needs no permission
    expect(text(host, 'b')).to.equal('call 138****5678 Show now');
    host.shadowRoot!.querySelector<HTMLElement>('#a button')!.click();
    await host.updateComplete;
    host.pii.reset();
    await host.updateComplete;
    expect(text(host, 'a')).to.equal('138****5678 Show Mobile');
  });

  it("uses the widget's own field set and CSS parts, and shows a value inside a control and in plain text as revealed", async () => {
    const host = await fixture<PiiRevealPartsHost>(testHtml`<pii-reveal-parts-host></pii-reveal-parts-host>`);
    const root = host.shadowRoot!;
    const shown = (id: string) => root.querySelector(`#${id}`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(shown('a')).to.equal('138****5678 Show phone number');
    expect(shown('b')).to.equal('Text 138****5678');
    expect(shown('c')).to.equal('Call 138****5678');
    expect(root.querySelectorAll('#b button, #b [part~="pii-toggle"]')).to.have.length(0);
    expect([...root.querySelectorAll('[part~="pii"]')].map((part) => part.parentElement!.id)).to.deep.equal([
      'a',
      'b',
    ]);
    expect(root.querySelector('#a button')!.getAttribute('part')).to.equal('button pii-toggle');
    host.pii.fields = { 'customer.home': 'address' };
    host.requestUpdate();
    await host.updateComplete;
    expect(shown('d')).to.equal('上海****');
    root.querySelector<HTMLElement>('#a button')!.click();
    await host.updateComplete;
    expect([shown('a'), shown('b'), shown('c')]).to.deep.equal([
      `${PHONE} Hide phone number`,
      `Text ${PHONE}`,
      `Call ${PHONE}`,
    ]);
    host.pii.reset();
    await host.updateComplete;
    expect(shown('c')).to.equal('Call 138****5678');
    await expect(host).to.be.accessible();
  });

  it('keeps the value masked when the event is cancelled, saying so only where it was asked', async () => {
    const host = await fixture<PiiRevealHost>(testHtml`<pii-reveal-host></pii-reveal-host>`);
    host.deny = true;
    host.shadowRoot!.querySelector<HTMLElement>('#a button')!.click();
    await host.updateComplete;
    expect(text(host, 'a')).to.equal('138****5678 Show Mobile');
    expect(host.shadowRoot!.querySelector('#a .denied')!.textContent).to.equal(
      'Showing the Mobile is not allowed',
    );
    expect(host.shadowRoot!.querySelectorAll('.denied')).to.have.length(1);
    expect(text(host, 'b')).to.equal('call 138****5678 Show now');
    expect(liveRegion('polite')!.textContent).to.contain('not allowed').and.not.contain(PHONE);
    await expect(host).to.be.accessible();
  });
});
