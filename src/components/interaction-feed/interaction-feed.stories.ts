import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CxInteractionFeedNearEndEvent } from '../../events/cx-interaction-feed-near-end.js';
import type { InteractionSummary } from '../../services/tmf/customer360.js';
import { sampleInteractions } from '../customer-360/customer-360.samples.js';
import './interaction-feed.js';
import type { CxInteractionFeed, InteractionRenderer } from './interaction-feed.component.js';
import { hostSurface } from '../../../stories/host-surface.js';

type Args = Partial<CxInteractionFeed> & Record<string, unknown>;

const interactions = (count: number) => sampleInteractions(count) as unknown as InteractionSummary[];

/** A host's own article: channel, direction and summary. */
const channelFirst: InteractionRenderer = (item, _index, headingId) =>
  html`<h3 id=${headingId}>${item.channel ?? '—'} · ${item.direction ?? ''}</h3>
    <p>${item.summary ?? ''}</p>`;

function feed(count: number, total = count, renderItem?: InteractionRenderer): TemplateResult {
  return html`<cx-interaction-feed
    label="Interaction history"
    list-key="story"
    .history=${{ items: interactions(count), total }}
    .renderItem=${renderItem}
  ></cx-interaction-feed>`;
}

const meta: Meta<Args> = {
  title: 'Components/Interaction feed',
  component: 'cx-interaction-feed',
  decorators: [hostSurface],
  render: () => feed(500),
  parameters: {
    docs: {
      description: {
        component:
          'A customer’s interaction history as a WAI-ARIA feed: one focusable article per contact, virtualized (only what is on screen is in the DOM), Page Down / Page Up between articles, Home / End, Ctrl+Home / Ctrl+End out of the feed; focus stays inside when the virtualizer recycles the focused article. Near the end of what is loaded it asks for the next page (`cx-interaction-feed-near-end`). The feed and its articles are the element’s own children, so the widget around it styles them (the 360 fills each article with its channel, direction, time, summary and outcome).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 500 interactions with the default article (date and summary, personal values masked). */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('article').length).toBeGreaterThan(0));
    await expect(canvasElement.querySelectorAll('article').length).toBeLessThan(100);
  },
};

/** 10,000 interactions: the DOM holds only those on screen. */
export const TenThousand: Story = {
  render: () => feed(10_000),
};

/** Pages of 50 loaded as the agent scrolls (the host answers `cx-interaction-feed-near-end`). */
export const Paged: Story = {
  render: () => {
    const all = interactions(300);
    const loadMore = (event: CxInteractionFeedNearEndEvent) => {
      const el = event.currentTarget as CxInteractionFeed;
      const loaded = event.detail.loaded;
      if (!el.busy && loaded < all.length) {
        el.busy = true;
        setTimeout(() => {
          el.history = { items: all.slice(0, loaded + 50), total: all.length };
          el.busy = false;
        }, 300);
      }
    };
    return html`<cx-interaction-feed
      label="Interaction history"
      list-key="paged"
      .history=${{ items: all.slice(0, 50), total: all.length }}
      @cx-interaction-feed-near-end=${loadMore}
    ></cx-interaction-feed>`;
  },
};

/** A host's own article content. */
export const CustomArticle: Story = {
  render: () => feed(50, 50, channelFirst),
};
