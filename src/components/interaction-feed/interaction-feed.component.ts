import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CxInteractionFeedNearEndEvent } from '../../events/cx-interaction-feed-near-end.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import {
  checkChangedSettings,
  record,
  setting,
  text,
  type SettingRule,
} from '../../internal/property-check.js';
import { redactText } from '../../services/pii/index.js';
import type { InteractionSummary } from '../../services/tmf/customer360.js';
import { FeedFocusController } from './feed-focus.js';

/** What the feed shows: the interactions loaded so far, and how many there are in all (-1: not known). */
export interface InteractionHistory {
  readonly items: readonly InteractionSummary[];
  readonly total: number;
}

/**
 * Renders the inside of one article: `headingId` is the id its heading must carry (the article is
 * labelled by it). What it returns is rendered as a Lit template part.
 */
export type InteractionRenderer = (item: InteractionSummary, index: number, headingId: string) => unknown;

/** Ask for the next page when the agent comes this close to the end of what is loaded. */
const LOAD_AHEAD = 10;

const HISTORY = record(
  'an object { items: an array of interactions, total: a number }',
  (value) => Array.isArray(value.items) && typeof value.total === 'number',
);
const RENDERER: SettingRule = {
  expected: 'a function (item, index, headingId)',
  accepts: (value) => typeof value === 'function',
};
const LABEL = text('the name of the feed (text)', undefined, 256);
const LIST_KEY = text('what the items are a list of (text)', undefined, 1024);

const SETTINGS = [
  setting('history', 'history', HISTORY, undefined, 'an empty feed'),
  setting('renderItem', 'renderItem', RENDERER, undefined, 'the date and summary of each interaction'),
  setting('label', 'label', LABEL, undefined, 'no name'),
  setting('listKey', 'list-key', LIST_KEY, undefined, 'the same list'),
];

/**
 * @tag cx-interaction-feed
 * @summary A customer's interaction history as an APG feed: one focusable article per contact,
 * virtualized (only what is on screen is in the DOM, for histories of tens of thousands), with the
 * feed keys (Page Down / Page Up, Home / End, Ctrl+Home / Ctrl+End) and focus kept inside when the
 * virtualizer recycles the focused article. The feed and its articles are the element's own children
 * (light DOM, as in `<lit-virtualizer>`), so the widget holding it styles them and names their parts.
 *
 * @fires {CxInteractionFeedNearEndEvent} cx-interaction-feed-near-end - The agent came within ten articles of the end of what is loaded, and there is more (`total` is more, or not known): load the next page and set `history` again with it added.
 * @fires {CxErrorEvent} cx-error - A property has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used).
 *
 * @cssprop [--cx-interaction-feed-height] - Height of the feed (default 420px).
 *
 * Its children: `div.feed` (`role="feed"`, `part="feed"`, the scroller) holding `article.interaction`
 * (`part="interaction"`, with `data-index`, `aria-posinset`, `aria-setsize` and `aria-labelledby`).
 */
export class CxInteractionFeed extends CxElement {
  static override tagName = 'cx-interaction-feed';
  protected static override readonly rendersOwnChildren = true;
  static override styles = css`
    :host {
      display: block;
    }
    ::slotted(.feed) {
      block-size: var(--cx-interaction-feed-height, 420px);
      overflow: auto;
      /* The scrollbar appearing must not narrow the articles: that resizes every measured row again. */
      scrollbar-gutter: stable;
    }
  `;

  /** The interactions loaded so far and how many there are in all (property only). */
  @property({ attribute: false }) history: InteractionHistory | undefined;

  /** Renders the inside of each article (property only); default: its date and summary. */
  @property({ attribute: false }) renderItem: InteractionRenderer | undefined;

  /** The accessible name of the feed, e.g. "Interaction history". */
  @property() label: string | undefined;

  /**
   * What the items are a list of, e.g. a customer and a filter: another value starts a new feed
   * (scrolled to the top, a new virtualizer); the same value with more items is the next page.
   */
  @property({ attribute: 'list-key' }) listKey: string | undefined;

  /** True while the host is loading more (the feed is `aria-busy`). */
  @property({ type: Boolean }) busy = false;

  /**
   * True for one update when the feed shows another list (another customer, another filter): the feed
   * and its virtualizer are left out of that update, so Lit disconnects the virtualizer and lets it go,
   * and a new feed comes in the next. One virtualizer reused for another list, or a new one in the same
   * host, left stray part markers and articles in the host at every switch (@lit-labs/virtualizer 2.1:
   * a directive's `rangeChanged` listener stays on its host); swapping it under `keyed()` did not help
   * (keyed skips the disconnection of async directives).
   */
  @state() private parked = false;

  private readonly localize = new LocalizeController(this);
  private readonly events = new EventQueueController(this, { source: CxInteractionFeed.tagName });
  private readonly failedRenderers = new WeakSet<InteractionRenderer>();
  /** Keys of the feed; keeps focus in it when the virtualizer recycles the focused article. */
  private readonly feedFocus = new FeedFocusController(this, {
    feed: () => this.querySelector<HTMLElement & VirtualizerHostElement>(':scope > .feed'),
    count: () => this.items.length,
    articleFocused: (index) => this.nearEnd(index),
  });

  constructor() {
    super();
    this.addEventListener('keydown', this.feedFocus.handleKeydown);
    this.addEventListener('focusin', this.feedFocus.handleFocusIn);
    this.addEventListener('focusout', this.feedFocus.handleFocusOut);
  }

  private get items(): readonly InteractionSummary[] {
    return this.history?.items ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkChangedSettings(this, changed as Map<string, unknown>, SETTINGS, (path, message) =>
      this.events.error({ code: 'invalid-property', path, message }),
    );
    if (changed.has('listKey') && this.hasUpdated && !this.parked) {
      this.parked = true;
      this.feedFocus.reset();
      void this.updateComplete.then(() => {
        this.parked = false;
      });
    }
  }

  /** Asks for more when `index` is within reach of the end and there is more than what is loaded. */
  private nearEnd(index: number): void {
    const loaded = this.items.length;
    const total = this.history?.total ?? 0;
    if (index < loaded - LOAD_AHEAD || (total >= 0 && total <= loaded)) return;
    this.dispatchEvent(new CxInteractionFeedNearEndEvent({ loaded, index }));
  }

  /** Focuses the article at `index` (counted from 0), scrolling the feed to render it first. */
  focusArticle(index: number): Promise<void> {
    return this.feedFocus.focusArticle(index);
  }

  /** Without a renderer of the host: the date and the summary (personal values masked). */
  private renderDefaultItem(item: InteractionSummary, _index: number, headingId: string): TemplateResult {
    const date = item.date ? new Date(item.date) : undefined;
    const when =
      date && !Number.isNaN(date.getTime())
        ? new Intl.DateTimeFormat(this.localize.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(
            date,
          )
        : '';
    return html`<h3 id=${headingId}>${when}</h3>
      ${item.summary ? html`<p>${redactText(item.summary)}</p>` : nothing}`;
  }

  /** The host's article content; the default one where the host's renderer throws (reported once). */
  private itemContent(item: InteractionSummary, index: number, headingId: string): unknown {
    const render = this.renderItem;
    if (render) {
      try {
        return render(item, index, headingId);
      } catch (error) {
        if (!this.failedRenderers.has(render)) {
          this.failedRenderers.add(render);
          // Reported after this render (queueing asks for an update, not allowed in the middle of one).
          const reason = error instanceof Error ? error.message : 'not an Error';
          queueMicrotask(() =>
            this.events.error({
              code: 'invalid-property',
              path: 'renderItem',
              message: `renderItem threw (${reason}); using the date and summary`,
            }),
          );
        }
      }
    }
    return this.renderDefaultItem(item, index, headingId);
  }

  private renderArticle(item: InteractionSummary, index: number, setSize: number): TemplateResult {
    const headingId = `${this.id || 'interaction'}-${index}`;
    const content = this.itemContent(item, index, headingId);
    return html`<article
      class="interaction"
      part="interaction"
      tabindex="0"
      data-index=${index}
      aria-posinset=${index + 1}
      aria-setsize=${setSize}
      aria-labelledby=${headingId}
    >
      ${content}
    </article>`;
  }

  protected override render(): unknown {
    if (this.parked) return nothing;
    const items = this.items;
    const setSize = this.history?.total ?? items.length;
    return html`<div
      class="feed"
      part="feed"
      role="feed"
      tabindex="-1"
      aria-label=${this.label || nothing}
      aria-busy=${this.busy ? 'true' : 'false'}
      @rangeChanged=${(event: Event & { last: number }) => this.nearEnd(event.last)}
    >
      ${virtualize({
        scroller: true,
        items: items as InteractionSummary[],
        // After a switch to a shorter history the virtualizer renders its previous range once more:
        // indexes past the end give `undefined`. Each needs a key of its own (a shared `undefined` key
        // made repeat() leave part markers behind in the feed at every switch) and renders nothing
        // rather than throw.
        keyFunction: (item: InteractionSummary | undefined, index: number) => item ?? `missing:${index}`,
        renderItem: (item: InteractionSummary | undefined, index: number) =>
          item ? this.renderArticle(item, index, setSize) : html``,
      })}
    </div>`;
  }
}
