/**
 * One valid, settled instance of every widget, for the shared widget tests: each fixture renders a
 * story of the widget (test/support/stories.ts), so a test shows exactly what the story shows and the
 * two cannot drift apart.
 */
import { renderStory, settled, storiesReady, type StoryRef } from './stories.js';
import type { PageSettings } from './theme.js';

await storiesReady;
const agentSession = await import('../../src/components/agent-session/agent-session.stories.js');
const customer360 = await import('../../src/components/customer-360/customer-360.stories.js');
const ratingScale = await import('../../src/components/rating-scale/rating-scale.stories.js');
const satisfactionSurvey =
  await import('../../src/components/satisfaction-survey/satisfaction-survey.stories.js');
const scriptPrompter = await import('../../src/components/script-prompter/script-prompter.stories.js');
const slaCountdown = await import('../../src/components/sla-countdown/sla-countdown.stories.js');

/** Every widget's stories, by tag. */
export const WIDGET_STORIES = {
  'cx-agent-session': agentSession,
  'cx-customer-360': customer360,
  'cx-rating-scale': ratingScale,
  'cx-satisfaction-survey': satisfactionSurvey,
  'cx-script-prompter': scriptPrompter,
  'cx-sla-countdown': slaCountdown,
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

/** A valid instance of each widget by tag. */
export const WIDGET_FIXTURES: Readonly<Record<string, WidgetFixture>> = Object.fromEntries(
  Object.entries(FIXTURE_STORIES).map(([tag, story]) => [tag, storyFixture(tag, story)]),
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
