import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import sinon from 'sinon';
import { cssVars } from './css-vars.js';

describe('cssVars', () => {
  afterEach(() => sinon.restore());

  it('sets custom properties through the CSSOM, never a style attribute (strict style-src CSP)', async () => {
    const setAttribute = sinon.spy(Element.prototype, 'setAttribute');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (vars: Record<string, string>) => html`<span ${cssVars(vars)}></span>`;
    render(view({ '--_a': '0.5', '--_b': '2' }), host);
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--_a')).to.equal('0.5');
    expect(span.style.getPropertyValue('--_b')).to.equal('2');
    render(view({ '--_a': '0.75' }), host);
    expect(span.style.getPropertyValue('--_a')).to.equal('0.75');
    expect(span.style.getPropertyValue('--_b')).to.equal('');
    expect(setAttribute.getCalls().filter((call) => call.args[0] === 'style')).to.have.length(0);
  });

  it('refuses to be bound to anything but an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span title=${cssVars({})}></span>`, host)).to.throw('element binding');
  });
});
