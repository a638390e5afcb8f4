// The 360's interaction history: the channel filter and count, a failed next page, and the feed
// (<cx-interaction-feed>), whose articles this module fills.
import { html, nothing, type TemplateResult } from 'lit';
import type { CxInteractionFeedNearEndEvent } from '../../events/cx-interaction-feed-near-end.js';
import type { InteractionSummary } from '../../services/tmf/customer360.js';
import type {
  InteractionHistory,
  InteractionRenderer,
} from '../interaction-feed/interaction-feed.component.js';
import { errorFacts, renderErrorDetails } from './section-state.js';
import type { Customer360View } from './customer-360.view.js';

/** What the history shows besides the view. */
export interface HistoryOptions {
  /** The channel shown ('' for all). */
  readonly channelFilter: string;
  /** The customer shown: with the filter, what the feed is a list of. */
  readonly customerId: string;
  /** The channels of the loaded interactions, sorted. */
  readonly channels: readonly string[];
  /** The interactions shown (filtered) and how many the feed has in all (-1: not known yet). */
  readonly history: InteractionHistory;
  /** The inside of each article (a new function when what it shows changes). */
  readonly renderItem: InteractionRenderer;
  readonly loadingMore: boolean;
  readonly moreError: Error | undefined;
  filter(channel: string): void;
  loadMore(): void;
}

const EMPTY_HISTORY: InteractionHistory = { items: [], total: 0 };

/**
 * The history keeps one feed element (and one virtualizer) while its tab is open, whatever the
 * section's state: virtualizers created and dropped at every customer switch were not always
 * disconnected by @lit-labs/virtualizer 2.1 (each kept a window scroll listener and its whole subtree).
 */
export function renderHistorySection(view: Customer360View, options: HistoryOptions): TemplateResult {
  const state = view.sections.interactions;
  const pending = view.pending('interactions');
  const empty = !pending && (state.status === 'empty' || state.status === 'idle');
  return html`${pending ?? view.stale('interactions')}${empty ? view.empty('interactions') : nothing}${
    pending ? nothing : view.issues(state.issues)
  }${renderHistory(view, options, !pending && !empty)}`;
}

/** The interactions shown through a channel filter ('' for all) and how many the feed has in all. */
export function filteredHistory(
  interactions: readonly InteractionSummary[],
  total: number,
  channel: string,
): InteractionHistory {
  if (!channel) return { items: interactions, total };
  const items = interactions.filter((item) => item.channel === channel);
  return { items, total: interactions.length >= total ? items.length : -1 };
}

/** The channels of the loaded interactions, sorted. */
export function channelsOf(interactions: readonly InteractionSummary[]): string[] {
  const found = new Set<string>();
  for (const item of interactions) if (item.channel) found.add(item.channel);
  return [...found].sort();
}

function renderHistory(view: Customer360View, options: HistoryOptions, show: boolean): TemplateResult {
  const { term } = view;
  const { channelFilter, loadingMore } = options;
  const history = show ? options.history : EMPTY_HISTORY;
  const channels = show ? options.channels : [];
  const count = history.items.length;
  const handleNearEnd = (event: CxInteractionFeedNearEndEvent) => {
    event.stopPropagation(); // the feed's request, answered here: not an event of the 360
    options.loadMore();
  };
  return html`<div class="history" ?hidden=${!show}>
    <div class="feed-tools">
      <label>
        ${term('c360FilterChannel')}
        <select
          .value=${channelFilter}
          @change=${(event: Event) => options.filter((event.target as HTMLSelectElement).value)}
        >
          <option value="">${term('c360AllChannels')}</option>
          ${channels.map(
            (channel) =>
              html`<option value=${channel} ?selected=${channel === channelFilter}>
                ${view.code('channel', channel)}
              </option>`,
          )}
        </select>
      </label>
      <span class="meta" aria-live="polite"
        >${term('c360InteractionCount', count, channelFilter ? count : view.customer.interactionTotal)}${
          loadingMore ? html` · ${term('c360LoadingMore')}` : nothing
        }</span
      >
    </div>
    ${options.moreError ? renderMoreError(view, options.moreError, options.loadMore) : nothing}
    <cx-interaction-feed
      label=${term('c360FeedLabel')}
      list-key=${`${options.customerId}|${channelFilter}`}
      ?busy=${loadingMore}
      .history=${history}
      .renderItem=${options.renderItem}
      @cx-interaction-feed-near-end=${handleNearEnd}
    ></cx-interaction-feed>
  </div>`;
}

function renderMoreError(view: Customer360View, error: Error, retry: () => void): TemplateResult {
  const facts = errorFacts(error);
  const words = [view.term('c360MoreFailed'), view.term('c360StateReason', facts.code, facts.status)];
  return html`<div
    class="section-state state-error"
    part="error"
    data-state="error"
    data-section="interactions-more"
  >
    <p class="state-line" role="status">
      <span class="state-message" id="state-interactions-more"
        >${words.join(view.locale.toLowerCase().startsWith('zh') ? '' : ' ')}</span
      >
    </p>
    <button type="button" class="retry" aria-describedby="state-interactions-more" @click=${retry}>
      ${view.term('retry')}
    </button>
    ${renderErrorDetails(view.localize, facts)}
  </div>`;
}

/**
 * The inside of one article of the history. `filtered`: the feed shows one channel, so an item's
 * place in the whole history names its fields.
 */
export function interactionRenderer(view: Customer360View, filtered: boolean): InteractionRenderer {
  const all = view.customer.interactions;
  return (item, index, headingId) => {
    const { term } = view;
    const channel = item.channel ? view.code('channel', item.channel) : term('c360Unknown');
    const path = `interactions.${filtered ? all.indexOf(item) : index}`;
    const outcome = [
      item.reason ? view.code('interactionReason', item.reason) : undefined,
      item.status ? view.code('interactionStatus', item.status) : undefined,
    ].filter(Boolean);
    return html`<h3 class="interaction-head" id=${headingId}>
        <span class="channel">${channel}</span>
        ${item.direction ? html`<span class="chip">${term('c360Direction', item.direction)}</span>` : nothing}
        <span class="meta">${view.date(item.date, true)}</span>
      </h3>
      ${item.summary ? html`<p class="summary">${view.pii.text(item.summary, `${path}.summary`)}</p>` : nothing}
      ${outcome.length > 0 ? html`<p class="meta">${outcome.join(' · ')}</p>` : nothing}
      ${view.personalFields(path, item.extensions)}`;
  };
}
