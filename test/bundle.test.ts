// The self-registering bundle (dist/cx-desk.bundle.js, built before the browser tests) as a page
// with no build step uses it: loaded twice, and next to another version of itself.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';

const BUNDLE = '/dist/cx-desk.bundle.js';

interface PageErrors {
  errors: unknown[];
  stop: () => void;
}

function collectPageErrors(): PageErrors {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('cx-desk.bundle.js', () => {
  afterEach(() => sinon.restore());

  it('registers the elements, and loading it twice throws nothing and warns nothing', async () => {
    const page = collectPageErrors();
    const warn = sinon.spy(console, 'warn');
    // Two URLs = two module instances, as when two scripts on a page each load the bundle.
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const first = customElements.get('cx-agent-session');
    await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    page.stop();
    expect(first).to.be.a('function');
    expect(customElements.get('cx-agent-session')).to.equal(first);
    expect(page.errors).to.deep.equal([]);
    expect(warn.getCalls().filter((call) => String(call.args[0]).includes('[cx-desk]'))).to.have.length(0);
  });

  it('a second, different version warns once per element, throws nothing, and the first keeps working', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const first = customElements.get('cx-agent-session')!;
    const source = await (await fetch(BUNDLE)).text();
    const { VERSION } = (await import(/* @vite-ignore */ `${BUNDLE}?copy=1`)) as { VERSION: string };
    // The version literal, whichever quotes the minifier chose.
    const literal = new RegExp(`([\`"'])${VERSION.replace(/\./g, '\\.')}\\1`, 'g');
    expect(source).to.match(literal);
    const otherVersion = source.replace(literal, '"99.0.0-other"');
    const url = URL.createObjectURL(new Blob([otherVersion], { type: 'text/javascript' }));
    const page = collectPageErrors();
    const warn = sinon.spy(console, 'warn');
    await import(/* @vite-ignore */ url);
    page.stop();
    URL.revokeObjectURL(url);
    expect(page.errors).to.deep.equal([]);
    const warnings = warn
      .getCalls()
      .map((call) => String(call.args[0]))
      .filter((text) => text.includes('[cx-desk]'));
    expect(
      warnings.some((text) => text.includes('<cx-agent-session>') && text.includes('99.0.0-other')),
    ).to.equal(true);
    expect(customElements.get('cx-agent-session')).to.equal(first);

    const session = document.createElement('cx-agent-session');
    session.setAttribute('customer-id', 'CUST-0001');
    document.body.append(session);
    await waitUntil(
      () => (session as HTMLElement & { value?: { customerId?: string } }).value?.customerId === 'CUST-0001',
    );
    session.remove();
  });
});
