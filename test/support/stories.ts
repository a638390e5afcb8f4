/**
 * The widgets' stories as test fixtures (as Spectrum builds its fixtures from its stories): a test
 * renders a story of `src/components/<widget>/<widget>.stories.ts` — the meta's args and render, a
 * named story's args and render — through Storybook's own `composeStory`, so a story and the test
 * that uses it cannot drift apart.
 *
 * The test page gets what Storybook's preview (.storybook/preview.ts) sets up: the manifest the
 * stories' `getStorybookHelpers` read, and the helpers' options (without the controls sync, which
 * needs Storybook's manager). web-test-runner.config.js serves Storybook's browser modules. Import
 * story modules only after `storiesReady` (their top level reads the manifest):
 * `await storiesReady; const stories = await import('…stories.js');`.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { composeStory } from 'storybook/preview-api';
import type { PageSettings } from './theme.js';
import { usePage } from './theme.js';

/** A module of stories: its default export (the meta) and its named stories. */
export interface StoriesModule {
  readonly default: object;
  readonly [name: string]: unknown;
}

/** One story of a module, with args of the test's own on top of the story's. */
export interface StoryRef {
  readonly stories: StoriesModule;
  /** The export name of the story, e.g. `Playground`. */
  readonly story: string;
  readonly args?: Readonly<Record<string, unknown>>;
}

/** Where a story is rendered: the page's theme, language and direction (on <html>). */
export type StoryPage = PageSettings;

/** A story rendered on the page. */
export interface RenderedStory<T extends HTMLElement = HTMLElement> {
  /** The first element of the widget's tag in the story (light DOM). */
  readonly element: T;
  /** What the story rendered into (its `canvasElement`). */
  readonly canvas: HTMLElement;
  /** The story's merged args (meta, story, the test's). */
  readonly args: Readonly<Record<string, unknown>>;
  /** Runs the story's `play` function on the rendered canvas (a no-op when it has none). */
  play(): Promise<void>;
}

interface StorybookGlobals {
  __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: unknown;
  __WC_STORYBOOK_HELPERS_CONFIG__?: Record<string, unknown>;
}

/** Resolves once story modules can be imported. */
export const storiesReady: Promise<void> = (async () => {
  const globals = globalThis as typeof globalThis & StorybookGlobals;
  globals.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ ??= await fetch('/custom-elements.json').then(
    (response) => response.json() as Promise<unknown>,
  );
  globals.__WC_STORYBOOK_HELPERS_CONFIG__ = { hideArgRef: true, disableArgObserver: true };
})();

let restorePage: (() => void) | undefined;
// Each test starts from the page as it was (like @open-wc's fixture clean-up of the elements).
afterEach(() => {
  restorePage?.();
  restorePage = undefined;
});

type Composable = Parameters<typeof composeStory>[0];
type ComposableMeta = Parameters<typeof composeStory>[1];

/** The composed story (args merged, decorators applied) of a reference. */
export function composed(ref: StoryRef): ReturnType<typeof composeStory> {
  const story = ref.stories[ref.story];
  if (story === undefined) throw new Error(`no story ${ref.story} in this module`);
  return composeStory(
    story as Composable,
    ref.stories.default as ComposableMeta,
    undefined,
    undefined,
    ref.story,
  );
}

/**
 * Renders a story (with the test's args) into a fixture, on a page with `page`'s theme, language and
 * direction (restored after the test), and returns the first `tag` in it. Nothing is waited for.
 */
export async function renderStory<T extends HTMLElement = HTMLElement>(
  tag: string,
  ref: StoryRef,
  page: StoryPage = {},
): Promise<RenderedStory<T>> {
  await storiesReady;
  const restore = await usePage(page);
  const previous = restorePage;
  restorePage = () => {
    restore();
    previous?.();
  };
  const story = composed(ref);
  const template = story(ref.args ?? {}) as TemplateResult;
  const canvas = await fixture<HTMLElement>(html`<div class="cx-story-canvas">${template}</div>`);
  const element = canvas.querySelector<T>(tag);
  if (!element) throw new Error(`story ${ref.story} renders no <${tag}>`);
  return {
    element,
    canvas,
    args: { ...story.args, ...ref.args },
    play: async () => {
      await story.play?.({ canvasElement: canvas, args: { ...story.args, ...ref.args } } as never);
    },
  };
}

/** Resolves once the element has rendered and nothing in it is busy (e.g. a draft being restored). */
export async function settled<T extends HTMLElement>(element: T): Promise<T> {
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  await waitUntil(() => !element.shadowRoot?.querySelector('[aria-busy="true"]'), 'the widget stays busy', {
    timeout: 5000,
  });
  return element;
}
