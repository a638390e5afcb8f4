// @ts-nocheck -- browser code, bundled by esbuild straight from the TypeScript sources.
// The benchmark page for <cx-customer-360>: the seeded CUST-BIG customer (10,000 interactions) read
// from the reference backend before any clock starts, then
//   - time from setting `data` to the first complete render (history tab open, so the feed counts),
//   - the same history rendered without virtualization (every article in the DOM) as the baseline,
//   - rows in the DOM while the history scrolls,
//   - ten customer switches in a row over the TM Forum APIs (pending requests afterwards).
import { LitElement, html } from 'lit';
import { CxCustomer360 } from '../../src/components/customer-360/customer-360.ts';
import { styles } from '../../src/components/customer-360/customer-360.styles.ts';
import { formatDate } from '../../src/components/customer-360/customer-360.format.ts';
import { TmfCustomerDataSource } from '../../src/services/tmf/data-source.ts';
import '../../src/components/sla-countdown/sla-countdown.ts';

CxCustomer360.define();

const AGENT = 'bench-agent';
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The whole of CUST-BIG as a pushed Customer360 (view-model shape), read once. */
let big;

/** Reads every section of CUST-BIG through the TM Forum data source; interactions in pages of 1,000. */
async function loadBig() {
  const source = new TmfCustomerDataSource({ transportOptions: { retries: 0, timeoutMs: 60_000 } });
  const signal = new AbortController().signal;
  const id = 'CUST-BIG';
  const [profile, products, usage, bills, tickets, satisfaction, risk, offers] = await Promise.all([
    source.profile(id, { signal }),
    source.products(id, { signal }),
    source.usage(id, { signal }),
    source.bills(id, { signal }),
    source.tickets(id, { signal }),
    source.satisfaction(id, { signal }),
    source.risk(id, { signal }),
    source.offers(id, { signal }),
  ]);
  const interactions = [];
  let total = Infinity;
  while (interactions.length < total) {
    const page = await source.interactions(id, { signal, offset: interactions.length, limit: 1000 });
    total = page.value.total;
    if (page.value.items.length === 0) break;
    interactions.push(...page.value.items);
  }
  big = {
    profile: profile.value,
    products: products.value,
    usage: usage.value,
    bills: bills.value,
    // The pushed shape: tickets keep their raw TMF621 object for the SLA countdown.
    tickets: tickets.value,
    interactions,
    interactionTotal: total,
    satisfaction: satisfaction.value,
    risk: risk.value,
    offers: offers.value,
  };
  return { interactions: interactions.length, total };
}

function stage() {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  return stage;
}

/** Resolves at the first frame in which `ready()` holds; the time is that frame's. */
async function untilFrame(ready, limit = 600) {
  for (let index = 0; index < limit; index++) {
    const at = await frame();
    if (ready()) return at;
  }
  throw new Error('never rendered');
}

/**
 * One run: a fresh widget (history tab remembered for the agent), then `data` set; measured until
 * the frame that shows the header and the first history articles.
 */
async function renderPushed({ tab }) {
  localStorage.setItem(`cx-desk/customer-360/tab/${AGENT}`, tab);
  const el = document.createElement('cx-customer-360');
  el.setAttribute('agent-id', AGENT);
  el.setAttribute('layout', 'tabs');
  el.setAttribute('time-zone', 'Asia/Shanghai');
  stage().append(el);
  await el.updateComplete;
  await frame();
  const data = structuredClone(big);
  const start = performance.now();
  el.data = data;
  await el.updateComplete;
  const updated = performance.now();
  const root = el.shadowRoot;
  const at = await untilFrame(
    () =>
      root.querySelector('.name') !== null &&
      (tab !== 'interactions' || root.querySelector('article') !== null),
  );
  return {
    ms: at - start,
    updateMs: updated - start,
    rows: root.querySelectorAll('article').length,
    nodes: countNodes(el),
  };
}

/** Every node under `root`, through shadow roots. */
function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count += 1;
    if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) walk(child);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

/** The same history without virtualization: every interaction an article, with the widget's styles. */
class PlainHistory extends LitElement {
  static styles = styles;
  static properties = { items: { attribute: false } };

  render() {
    const items = this.items ?? [];
    const lang = 'en';
    return html`<div class="feed" role="feed" aria-label="Interaction history">
      ${items.map(
        (item, index) =>
          html`<article
            class="interaction"
            tabindex="0"
            data-index=${index}
            aria-posinset=${index + 1}
            aria-setsize=${items.length}
            aria-labelledby="interaction-${index}"
          >
            <h3 class="interaction-head" id="interaction-${index}">
              <span class="channel">${item.channel ?? '—'}</span>
              ${item.direction ? html`<span class="chip">${item.direction}</span>` : ''}
              <span class="meta"
                >${item.date ? formatDate(lang, item.date, 'Asia/Shanghai', true) : '—'}</span
              >
            </h3>
            ${item.summary ? html`<p class="summary">${item.summary}</p>` : ''}
            ${
              item.reason || item.status
                ? html`<p class="meta">${[item.reason, item.status].filter(Boolean).join(' · ')}</p>`
                : ''
            }
          </article>`,
      )}
    </div>`;
  }
}
customElements.define('bench-plain-history', PlainHistory);

async function renderPlain() {
  const el = document.createElement('bench-plain-history');
  stage().append(el);
  await el.updateComplete;
  await frame();
  const items = structuredClone(big.interactions);
  const start = performance.now();
  el.items = items;
  await el.updateComplete;
  const at = await untilFrame(() => el.shadowRoot.querySelector('article') !== null);
  return { ms: at - start, rows: el.shadowRoot.querySelectorAll('article').length, nodes: countNodes(el) };
}

/** The scrolling feed of whatever is on the stage. */
function feedOnStage() {
  const host = document.getElementById('stage').firstElementChild;
  return { host, feed: host.shadowRoot.querySelector('.feed') };
}

/**
 * Scrolls the history by `stepPx` a frame for `steps` frames; the most articles ever in the DOM and
 * the frame times.
 */
async function scrollHistory({ steps, stepPx }) {
  const { host, feed } = feedOnStage();
  feed.scrollTop = 0;
  await frame();
  let maxRows = 0;
  const frames = [];
  let last = await frame();
  for (let index = 0; index < steps; index++) {
    feed.scrollTop += stepPx;
    const at = await frame();
    frames.push(at - last);
    last = at;
    maxRows = Math.max(maxRows, host.shadowRoot.querySelectorAll('article').length);
  }
  await frame();
  const lastVisible = [...host.shadowRoot.querySelectorAll('article')]
    .map((article) => Number(article.getAttribute('aria-posinset')))
    .reduce((max, value) => Math.max(max, value), 0);
  return { maxRows, frames, scrollTop: feed.scrollTop, lastPosinset: lastVisible };
}

/** A widget pulling from the reference backend (same origin), on the history tab. */
async function mountPulled() {
  localStorage.setItem(`cx-desk/customer-360/tab/${AGENT}`, 'interactions');
  const el = document.createElement('cx-customer-360');
  el.setAttribute('agent-id', AGENT);
  el.setAttribute('layout', 'tabs');
  el.setAttribute('api-base', '');
  stage().append(el);
  await el.updateComplete;
  return true;
}

/**
 * Switches the pulled widget through `ids`, `gapMs` apart (requests of the previous customer still in
 * flight), then waits until it settles on the last one.
 */
async function switchCustomers({ ids, gapMs }) {
  const el = document.querySelector('#stage > cx-customer-360');
  const start = performance.now();
  let maxPending = 0;
  for (const id of ids) {
    el.customerId = id;
    await el.updateComplete;
    maxPending = Math.max(maxPending, el.pendingRequests);
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  await el.whenLoaded();
  await untilFrame(() => el.shadowRoot.querySelector('.name') !== null);
  return {
    ms: performance.now() - start,
    maxPending,
    pendingRequests: el.pendingRequests,
    shown: el.value.profile?.id,
    rows: el.shadowRoot.querySelectorAll('article').length,
    nodes: countNodes(el),
  };
}

function clear() {
  stage();
  return true;
}

window.bench = { loadBig, renderPushed, renderPlain, scrollHistory, mountPulled, switchCustomers, clear };
