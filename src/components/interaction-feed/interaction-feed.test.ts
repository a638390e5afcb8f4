// <cx-interaction-feed>: an APG feed of thousands of interactions with only what is on screen in the
// DOM, the feed keys with focus kept inside, the request for the next page, and a new feed (a new
// virtualizer) for another list.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CxErrorEvent } from '../../events/cx-error.js';
import type { CxInteractionFeedNearEndEvent } from '../../events/cx-interaction-feed-near-end.js';
import type { InteractionSummary } from '../../services/tmf/customer360.js';
import { placesOf } from '../../../test/support/pii.js';
import { tolerateResizeObserverLoop } from '../../../test/support/resize-observer.js';
import { sampleInteractions } from '../customer-360/customer-360.samples.js';
import './interaction-feed.js';
import type { CxInteractionFeed, InteractionHistory } from './interaction-feed.component.js';

const PHONE = '13812345678';
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function interactions(count: number): InteractionSummary[] {
  const items = sampleInteractions(count, Date.UTC(2026, 11, 1)) as unknown as InteractionSummary[];
  items[0] = { ...items[0], summary: `Call back on ${PHONE}` };
  return items;
}

async function feedOf(history: InteractionHistory, listKey = 'a'): Promise<CxInteractionFeed> {
  const el = await fixture<CxInteractionFeed>(
    html`<cx-interaction-feed label="History" list-key=${listKey} .history=${history}></cx-interaction-feed>`,
  );
  await waitUntil(() => el.querySelectorAll('article').length > 0, 'articles rendered', { timeout: 5000 });
  return el;
}

const feedOfEl = (el: CxInteractionFeed) => el.querySelector<HTMLElement>(':scope > [role="feed"]')!;
const posinset = () => Number(document.activeElement?.getAttribute('aria-posinset') ?? NaN);

async function press(key: string): Promise<void> {
  const [modifier, name] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: name! });
  if (modifier) await sendKeys({ up: modifier });
  for (let count = 0; count < 4; count++) await frame();
}

describe('cx-interaction-feed', () => {
  tolerateResizeObserverLoop();
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is an APG feed: labelled articles in order, of the whole history, only those on screen rendered', async () => {
    const el = await feedOf({ items: interactions(1000), total: 5000 });
    const feed = feedOfEl(el);
    expect([
      feed.getAttribute('aria-label'),
      feed.getAttribute('aria-busy'),
      feed.getAttribute('part'),
    ]).to.deep.equal(['History', 'false', 'feed']);
    const articles = [...el.querySelectorAll('article')];
    expect(articles.length).to.be.greaterThan(0).and.lessThan(100);
    articles.forEach((article, index) => {
      expect(article.getAttribute('aria-posinset')).to.equal(String(index + 1));
      expect(article.getAttribute('aria-setsize')).to.equal('5000');
      expect(el.querySelector(`#${article.getAttribute('aria-labelledby')}`), 'its heading').to.exist;
    });
    expect(placesOf(el, PHONE), 'a phone number in a summary').to.deep.equal([]);
    el.busy = true;
    await el.updateComplete;
    expect(feed.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('fills each article with the host renderer, naming its heading', async () => {
    const el = await fixture<CxInteractionFeed>(
      html`<cx-interaction-feed
        .history=${{ items: interactions(3), total: 3 }}
        .renderItem=${(item: InteractionSummary, index: number, headingId: string) =>
          html`<h3 id=${headingId}>${index}: ${item.id}</h3>`}
      ></cx-interaction-feed>`,
    );
    await waitUntil(() => el.querySelectorAll('article').length === 3, 'three articles');
    expect([...el.querySelectorAll('article h3')].map((node) => node.textContent)).to.deep.equal([
      '0: INT-00000',
      '1: INT-00001',
      '2: INT-00002',
    ]);
    expect(el.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('interaction-0');
  });

  it('moves one article per Page Down / Page Up, to the ends with Home / End, and keeps focus inside with Ctrl+Home / Ctrl+End', async () => {
    const el = await feedOf({ items: interactions(300), total: 300 });
    el.querySelector<HTMLElement>('article[aria-posinset="1"]')!.focus();
    const steps: Array<[string, (at: number) => boolean]> = [
      ['PageDown', (at) => at === 2],
      ['PageDown', (at) => at === 3],
      ['PageUp', (at) => at === 2],
      ['End', (at) => at === 300],
      ['Home', (at) => at === 1],
      ['Control+End', (at) => at === 300],
      ['Control+Home', (at) => at === 1],
    ];
    for (const [key, reached] of steps) {
      await press(key);
      await waitUntil(() => reached(posinset()), `${key}: at ${posinset()}`, { timeout: 5000 });
      expect(el.contains(document.activeElement), key).to.equal(true);
    }
  });

  it('asks for the next page near the end of what it holds, only while there is more', async () => {
    const el = await feedOf({ items: interactions(40), total: 100 });
    const asked: Array<CxInteractionFeedNearEndEvent['detail']> = [];
    el.addEventListener('cx-interaction-feed-near-end', (event) => asked.push(event.detail));
    const feed = feedOfEl(el);
    // Scrolled to the end again while the virtualizer measures its rows (the height grows meanwhile).
    await waitUntil(
      () => {
        feed.scrollTop = feed.scrollHeight;
        return asked.length > 0;
      },
      'the next page asked for',
      { timeout: 5000 },
    );
    expect(asked[0].loaded).to.equal(40);
    expect(asked[0].index).to.be.at.least(30);
    asked.length = 0;
    el.history = { items: interactions(40), total: 40 };
    await el.updateComplete;
    feed.scrollTop = 0;
    await frame();
    feed.scrollTop = feed.scrollHeight;
    for (let count = 0; count < 10; count++) await frame();
    expect(asked, 'nothing more to load').to.deep.equal([]);
  });

  it('keeps its feed for the next page of the same list, and starts a new one for another list', async () => {
    const items = interactions(60);
    const el = await feedOf({ items: items.slice(0, 50), total: 60 }, 'customer-1|');
    const first = feedOfEl(el);
    el.history = { items, total: 60 };
    await el.updateComplete;
    expect(feedOfEl(el), 'the next page').to.equal(first);
    el.listKey = 'customer-1|wechat';
    el.history = { items: items.filter((item) => item.channel === 'wechat'), total: -1 };
    await el.updateComplete;
    await waitUntil(() => feedOfEl(el) && feedOfEl(el) !== first, 'a new feed');
    expect(first.isConnected).to.equal(false);
    await waitUntil(() => el.querySelectorAll('article').length > 0, 'articles of the new list');
    expect(el.querySelector('article')!.getAttribute('aria-setsize')).to.equal('-1');
  });

  it('reports a history or renderer it cannot use with cx-error, and shows an empty feed', async () => {
    const el = await feedOf({ items: interactions(5), total: 5 });
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push(event.detail));
    (el as unknown as { history: unknown }).history = 42;
    (el as unknown as { renderItem: unknown }).renderItem = 'not a function';
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([
      ['invalid-property', 'history'],
      ['invalid-property', 'renderItem'],
    ]);
    await waitUntil(() => el.querySelectorAll('article').length === 0, 'an empty feed');
  });

  it('falls back to its own article, once reported, where the host renderer throws', async () => {
    const el = await feedOf({ items: interactions(5), total: 5 });
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push(event.detail));
    el.renderItem = () => {
      throw new Error('broken renderer');
    };
    await waitUntil(() => errors.length > 0, 'the failure reported');
    await el.updateComplete;
    expect(errors.map((error) => [error.path, error.message])).to.deep.equal([
      ['renderItem', 'renderItem threw (broken renderer); using the date and summary'],
    ]);
    expect(el.querySelectorAll('article h3').length).to.equal(5);
  });
});
