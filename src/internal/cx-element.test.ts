import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import sinon from 'sinon';
import { configure } from './config.js';
import { CxElement } from './cx-element.js';
import { VERSION } from './version.js';

let counter = 0;
const uniqueTag = (): string => `cx-test-element-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

function makeClass(version = VERSION): typeof CxElement {
  return class extends CxElement {
    static override readonly cxVersion = version;
    override render() {
      return html`<p part="text">hello</p>`;
    }
  };
}

describe('CxElement', () => {
  afterEach(() => {
    sinon.restore();
    configure({ shadowRootMode: 'open' });
    document.querySelectorAll('meta[name="cx-desk-shadow-root"]').forEach((meta) => meta.remove());
  });

  it('defines its tag and renders into an open shadow root by default', async () => {
    const tag = uniqueTag();
    const Element = makeClass();
    Element.define(tag);
    expect(customElements.get(tag)).to.equal(Element);
    const el = await fixture<CxElement>(`<${tag}></${tag}>`);
    expect(el.shadowRoot?.mode).to.equal('open');
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('hello');
  });

  it('is a silent no-op when the same version defines the tag again (the bundle loaded twice)', () => {
    const tag = uniqueTag();
    const First = makeClass();
    const SecondCopy = makeClass();
    const warn = sinon.stub(console, 'warn');
    First.define(tag);
    expect(() => SecondCopy.define(tag)).not.to.throw();
    expect(() => First.define(tag)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warn.called).to.equal(false);
  });

  it('warns and keeps the first definition when another version defines the tag', async () => {
    const tag = uniqueTag();
    const Current = makeClass();
    const Other = makeClass('99.0.0');
    const warn = sinon.stub(console, 'warn');
    Current.define(tag);
    expect(() => Other.define(tag)).not.to.throw();
    expect(customElements.get(tag)).to.equal(Current);
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[0])).to.contain('99.0.0').and.to.contain(VERSION);
    const el = await fixture<CxElement>(`<${tag}></${tag}>`);
    expect(el.shadowRoot?.textContent).to.contain('hello');
  });

  it('warns (never throws) when the tag belongs to a non-cx-desk element', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warn = sinon.stub(console, 'warn');
    expect(() => makeClass().define(tag)).not.to.throw();
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[0])).to.contain('another script');
  });

  it('registers the elements it renders first, in the same registry', () => {
    const child = uniqueTag();
    const parent = uniqueTag();
    const Child = makeClass();
    const Parent = class extends makeClass() {
      static override readonly dependencies = { [child]: Child };
    };
    // A registry of its own (a scoped registry, as a host with several copies of cx-desk may use).
    const defined = new Map<string, unknown>();
    const registry = {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, ctor: unknown) => void defined.set(tag, ctor),
    } as unknown as CustomElementRegistry;
    Parent.define(parent, registry);
    expect([...defined.keys()]).to.deep.equal([child, parent]);
    expect(defined.get(child)).to.equal(Child);
    expect(customElements.get(child), 'not in the page registry').to.equal(undefined);
    Parent.define(parent, registry);
    expect(defined.size, 'defining again is a no-op').to.equal(2);
    // A dependency another copy (another version) registered is kept, and not warned about here: its
    // own define file warns once.
    const warn = sinon.stub(console, 'warn');
    const other = uniqueTag();
    defined.set(other, class extends HTMLElement {});
    class Another extends makeClass() {
      static override readonly dependencies = { [other]: makeClass('0.0.1-other') };
    }
    Another.define(uniqueTag(), registry);
    expect(warn.called).to.equal(false);
  });

  it('registers one class under a second tag without throwing', () => {
    const Element = makeClass();
    const first = uniqueTag();
    const second = uniqueTag();
    Element.define(first);
    expect(() => Element.define(second)).not.to.throw();
    expect(customElements.get(second)).to.be.a('function');
    expect(customElements.get(second)).not.to.equal(Element);
  });

  it('renders into a closed shadow root when configured', async () => {
    const tag = uniqueTag();
    makeClass().define(tag);
    configure({ shadowRootMode: 'closed' });
    const el = await fixture<CxElement>(`<${tag}></${tag}>`);
    expect(el.shadowRoot).to.equal(null);
    const root = el.renderRoot as ShadowRoot;
    expect(root).to.be.instanceOf(ShadowRoot);
    expect(root.mode).to.equal('closed');
    expect(root.querySelector('p')?.textContent).to.equal('hello');
  });

  it('renders into a closed shadow root when the page has the meta switch', async () => {
    const tag = uniqueTag();
    makeClass().define(tag);
    const meta = document.createElement('meta');
    meta.name = 'cx-desk-shadow-root';
    meta.content = 'closed';
    document.head.append(meta);
    const el = await fixture<CxElement>(testHtml`<div></div>`).then(() => {
      const created = document.createElement(tag) as CxElement;
      document.body.append(created);
      return created;
    });
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(null);
    expect((el.renderRoot as ShadowRoot).mode).to.equal('closed');
    el.remove();
  });

  it('ignores an unknown shadow root mode', async () => {
    const tag = uniqueTag();
    makeClass().define(tag);
    configure({ shadowRootMode: 'sideways' as ShadowRootMode });
    const el = await fixture<CxElement>(`<${tag}></${tag}>`);
    expect(el.shadowRoot?.mode).to.equal('open');
  });
});
