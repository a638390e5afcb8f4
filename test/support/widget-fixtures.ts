/**
 * One valid, settled instance of every widget, for the shared widget tests: each fixture renders a
 * story of the widget (test/support/stories.ts), so a test shows exactly what the story shows and the
 * two cannot drift apart.
 */
import { waitUntil } from '@open-wc/testing';
import { toleratingResizeObserverLoop } from './resize-observer.js';
import { renderStory, settled, storiesReady, type StoryRef } from './stories.js';
import type { PageSettings } from './theme.js';

await storiesReady;
const agentSession = await import('../../src/components/agent-session/agent-session.stories.js');
const customer360 = await import('../../src/components/customer-360/customer-360.stories.js');
const interactionFeed = await import('../../src/components/interaction-feed/interaction-feed.stories.js');
const maskedValue = await import('../../src/components/masked-value/masked-value.stories.js');
const ratingScale = await import('../../src/components/rating-scale/rating-scale.stories.js');
const satisfactionSurvey =
  await import('../../src/components/satisfaction-survey/satisfaction-survey.stories.js');
const scriptPrompter = await import('../../src/components/script-prompter/script-prompter.stories.js');
const slaCountdown = await import('../../src/components/sla-countdown/sla-countdown.stories.js');
const tabSet = await import('../../src/components/tab-set/tab-set.stories.js');

/** Every widget's stories, by tag. */
export const WIDGET_STORIES = {
  'cx-agent-session': agentSession,
  'cx-customer-360': customer360,
  'cx-interaction-feed': interactionFeed,
  'cx-masked-value': maskedValue,
  'cx-rating-scale': ratingScale,
  'cx-satisfaction-survey': satisfactionSurvey,
  'cx-script-prompter': scriptPrompter,
  'cx-sla-countdown': slaCountdown,
  'cx-tab-set': tabSet,
} as const;

/** Options every fixture takes. */
export interface FixtureOptions extends PageSettings {
  /** The page language the widget follows (default `en`). */
  lang?: 'en' | 'zh-CN';
}

/** Creates a widget in a valid state and resolves once it has rendered. */
export type WidgetFixture = (options?: FixtureOptions) => Promise<HTMLElement>;

/**
 * The story each widget's fixture renders: its default story, or the named story of the page's
 * language where the story itself sets the language (the prompter's sample scripts are per language).
 */
export const FIXTURE_STORIES: Readonly<Record<string, (options: FixtureOptions) => StoryRef>> = {
  'cx-agent-session': () => ({ stories: agentSession, story: 'Playground' }),
  'cx-customer-360': () => ({ stories: customer360, story: 'Overview' }),
  'cx-interaction-feed': () => ({ stories: interactionFeed, story: 'Playground' }),
  'cx-masked-value': ({ lang }) => ({
    stories: maskedValue,
    story: lang === 'zh-CN' ? 'Chinese' : 'Playground',
  }),
  'cx-tab-set': () => ({ stories: tabSet, story: 'Playground' }),
  'cx-rating-scale': ({ lang }) => ({
    stories: ratingScale,
    story: lang === 'zh-CN' ? 'Chinese' : 'Playground',
  }),
  'cx-sla-countdown': ({ lang }) => ({
    stories: slaCountdown,
    story: lang === 'zh-CN' ? 'Chinese' : 'Playground',
  }),
  'cx-script-prompter': ({ lang }) => ({
    stories: scriptPrompter,
    story: lang === 'zh-CN' ? 'GreetingIdentityZh' : 'GreetingIdentityEn',
  }),
  'cx-satisfaction-survey': () => ({ stories: satisfactionSurvey, story: 'Playground' }),
};

/** A fixture that renders `story` on a page in `lang` (default `en`), theme and direction, settled. */
export function storyFixture(tag: string, story: (options: FixtureOptions) => StoryRef): WidgetFixture {
  return async (options = {}) => {
    const page = { ...options, lang: options.lang ?? 'en' };
    const { element } = await renderStory(tag, story(page), page);
    return settled(element);
  };
}

/**
 * The feed's virtualizer renders its articles after the element's own update and lays them out again
 * over a few frames (with the browser's harmless ResizeObserver report, see resize-observer.ts): its
 * fixture is ready once it has.
 */
function feedFixture(story: WidgetFixture): WidgetFixture {
  return (options) =>
    toleratingResizeObserverLoop(async () => {
      const element = await story(options);
      await waitUntil(() => element.querySelector('article'), 'no article rendered', { timeout: 5000 });
      for (let frame = 0; frame < 5; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      return element;
    });
}

/** A valid instance of each widget by tag. */
export const WIDGET_FIXTURES: Readonly<Record<string, WidgetFixture>> = Object.fromEntries(
  Object.entries(FIXTURE_STORIES).map(([tag, story]) => {
    const fixture = storyFixture(tag, story);
    return [tag, tag === 'cx-interaction-feed' ? feedFixture(fixture) : fixture];
  }),
);

/**
 * What a widget shows, as text: every text node and attribute of its shadow tree (nested shadow
 * roots included), digits folded so that a ticking countdown compares equal to itself.
 */
export function renderedText(element: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const attribute of node.attributes)
        if (!/^(id|aria-(labelledby|describedby|controls|activedescendant)|for|style)$/.test(attribute.name))
          out.push(`@${attribute.name}=${attribute.value}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return out.join('\n').replace(/\d/g, '0');
}
