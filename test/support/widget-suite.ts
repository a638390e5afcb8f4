/**
 * The shared widget suite: what every widget promises (docs/architecture.md, "What every widget
 * promises"), checked the same way for each — as Lion's `runFormatMixinSuite` serves many components.
 *
 *     runCxWidgetSuite('cx-sla-countdown', { events: { 'cx-sla-breach': { story: 'AllStates' }, … } });
 *
 * - **bad input**: every attribute and property of `custom-elements.json`, fed wrong types and exotic
 *   strings, never throws and reports what it cannot use with `cx-error` (bad-input-suite.ts);
 * - **accessible**: axe-clean in light and dark (`tokens.css`, `data-cx-theme` on <html>) × en and zh-CN;
 * - **right to left**: under `dir="rtl"` it renders as in ltr, is axe-clean, and its parts resolve
 *   `direction: rtl`;
 * - **every word translated**: no English word, half-width punctuation or raw code in zh-CN, and no raw
 *   code in en (language.ts);
 * - **personal data** (widgets that show customer data): masked until the agent reveals a value (pii.ts);
 * - **removal leaves nothing behind**: no listener on the page, timer, frame or observation outside the
 *   widget still running once it is removed, and no storage written but what the widget declares it
 *   keeps on purpose (leaks.ts) — right after mounting, and after being used;
 * - **every event of the manifest is fired by some test**: a recipe per event name, for exactly the
 *   manifest's events; each fires an instance of its declared class, with the flags the architecture
 *   sets (`bubbles` and `composed`; `cancelable` when its description says so) and, for cx-* events,
 *   a frozen `detail`.
 *
 * Fixtures are the widget's stories (widget-fixtures.ts, stories.ts). A check a widget fails today is
 * listed in `knownDefects` with the defect's place and fix: the check still runs, the known problem must
 * still occur (so a fix makes the entry fail until it is removed), and everything else is asserted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import * as cxEvents from '../../src/events/index.js';
import { runBadInputSuite } from './bad-input-suite.js';
import { chineseOnlyProblems, rawCodeProblems } from './language.js';
import { afterRemoval, watchPage, type Leak, type StorageWrite } from './leaks.js';
import { manifestElements, memberShape, type ManifestElement } from './manifest.js';
import { placesOf } from './pii.js';
import { tolerateResizeObserverLoop } from './resize-observer.js';
import { renderStory, settled, type RenderedStory, type StoriesModule, type StoryRef } from './stories.js';
import {
  FIXTURE_STORIES,
  renderedText,
  WIDGET_FIXTURES,
  WIDGET_STORIES,
  type WidgetFixture,
} from './widget-fixtures.js';

/** The checks of the suite, one a test; `events:<name>` for the recipe of each event. */
export type SuiteCheck =
  | `axe:${'light' | 'dark'}-${'en' | 'zh-CN'}`
  | 'axe:rtl'
  | 'rtl'
  | `language:${'en' | 'zh-CN'}`
  | 'pii'
  | `cleanup:${'mounted' | 'used'}`
  | `events:${string}`;

/**
 * A defect a widget has today, found by the suite and to be fixed in the widget: the check runs, the
 * problems matching `problem` must still occur (each entry is removed with its fix), the rest must not.
 * For the axe checks `problem` is matched against the axe rule id.
 */
export interface KnownDefect {
  /** The check (or checks) it fails; in each, it must still occur. */
  readonly check: SuiteCheck | readonly SuiteCheck[];
  readonly problem: RegExp;
  /** What is wrong, where (file and line) and what the fix is. */
  readonly reason: string;
}

/** How to make the widget fire one event. */
export interface EventRecipe {
  /** The story to render, an export of the widget's stories; default the widget's fixture story. */
  readonly story?: string;
  /** Args on top of the story's; a function for fresh ones (a new ticket id) each time. */
  readonly args?: Readonly<Record<string, unknown>> | (() => Readonly<Record<string, unknown>>);
  /** What makes it fire once the story is rendered; default the story's `play`. Mounting may do it. */
  readonly fire?: (element: HTMLElement, story: RenderedStory) => Promise<void> | void;
}

/** Personal data the widget shows, for widgets that show customer data. */
export interface PiiOptions {
  /** The story with personal data in it, an export of the widget's stories. */
  readonly story: string;
  /** The raw personal values of that story's data: none may be rendered before a reveal. */
  readonly raws: readonly string[];
  /** Reveals one value as an agent would; afterwards at least one raw value shows. */
  readonly reveal?: (element: HTMLElement) => Promise<void>;
}

/** Storage a widget keeps on purpose after it is removed. */
export interface KeptStorage {
  readonly area: StorageWrite['area'];
  /** The key prefix (Web Storage) or database name prefix (IndexedDB). */
  readonly prefix: string;
  /** Why it is kept. */
  readonly reason: string;
}

/** What a widget's run of the suite needs. */
export interface CxWidgetSuiteOptions {
  /** A valid, settled instance; default the widget's story fixture (widget-fixtures.ts). */
  readonly fixture?: WidgetFixture;
  /** Options of the bad-input suite. */
  readonly badInputs?: { readonly numRuns?: number };
  /** For every event of the manifest, how to make the widget fire it. */
  readonly events: Readonly<Record<string, EventRecipe>>;
  /** For widgets that show customer data. */
  readonly pii?: PiiOptions;
  /** What the widget stores on purpose (kept after removal); anything else it writes fails. */
  readonly storage?: readonly KeptStorage[];
  /** Uses a mounted widget the way an agent does, starting what use starts, before it is removed. */
  readonly use?: (element: HTMLElement) => Promise<void>;
  /** Raw codes that must never show where a term belongs (with the manifest's enum values). */
  readonly codes?: Iterable<string>;
  /** More Latin words allowed in zh-CN (brands, units) than language.ts allows. */
  readonly allowLatin?: Iterable<string>;
  /** The virtualizer's harmless ResizeObserver report (resize-observer.ts). */
  readonly virtualized?: boolean;
  readonly knownDefects?: readonly KnownDefect[];
}

/** The known defects that concern `check`. */
const knownDefectsOf = (check: SuiteCheck, knownDefects: readonly KnownDefect[]): KnownDefect[] =>
  knownDefects.filter((defect) =>
    (typeof defect.check === 'string' ? [defect.check] : defect.check).includes(check),
  );

/**
 * Expects no problem but the known defects of `check`, each of which must still occur.
 */
function expectOnlyKnown(
  tag: string,
  check: SuiteCheck,
  problems: readonly string[],
  knownDefects: readonly KnownDefect[],
): void {
  const known = knownDefectsOf(check, knownDefects);
  for (const defect of known)
    expect(
      problems.some((problem) => defect.problem.test(problem)),
      `<${tag}> ${check}: the known defect ${defect.problem} no longer occurs — remove it from knownDefects (${defect.reason})`,
    ).to.equal(true);
  const unknown = problems.filter((problem) => !known.some((defect) => defect.problem.test(problem)));
  expect(unknown, `<${tag}> ${check}:\n${unknown.join('\n')}`).to.deep.equal([]);
}

/** Runs axe on `element`, allowing only the known defects of `check` (which must still fail). */
async function expectAccessible(
  element: HTMLElement,
  check: SuiteCheck,
  knownDefects: readonly KnownDefect[],
): Promise<void> {
  const known = knownDefectsOf(check, knownDefects);
  if (known.length === 0) {
    await expect(element).to.be.accessible();
    return;
  }
  const rules = known.map((defect) => defect.problem.source.replace(/^\^|\$$/g, ''));
  // Nothing but the known rules fails…
  await expect(element).to.be.accessible({ ignoredRules: rules });
  // …and each of them still does.
  for (const rule of rules)
    await expect(
      element,
      `${check}: axe rule ${rule} passes now — remove it from knownDefects`,
    ).not.to.be.accessible({ ignoredRules: rules.filter((other) => other !== rule) });
}

/** Every element of a widget's shadow tree, nested shadow trees included. */
function shadowElements(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot): void => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return found;
}

/** Whether `element` or an ancestor inside its shadow tree sets its own `dir` (an isolated ltr value). */
function ownDirection(element: Element, host: Element): boolean {
  for (
    let at: Node | null = element;
    at && at !== host;
    at = at instanceof ShadowRoot ? at.host : at.parentNode
  )
    if (at instanceof Element && at.hasAttribute('dir')) return true;
  return false;
}

/** The parts (`part="…"`) of a widget that do not resolve `direction: rtl` under `dir="rtl"`. */
function rtlProblems(element: HTMLElement): string[] {
  const problems: string[] = [];
  if (getComputedStyle(element).direction !== 'rtl')
    problems.push(`<${element.localName}> itself is not rtl`);
  for (const node of shadowElements(element)) {
    if (!node.hasAttribute('part') || ownDirection(node, element)) continue;
    const direction = getComputedStyle(node).direction;
    if (direction !== 'rtl')
      problems.push(`part "${node.getAttribute('part')}" (<${node.localName}>) is ${direction}`);
  }
  return problems;
}

/**
 * Work a widget hands to a page-wide service that ends by itself and touches only the service's own
 * state, so it does not count as left running after the widget is removed.
 */
const SELF_ENDING: ReadonlyArray<{ kind: Leak['kind']; where: RegExp; reason: string }> = [
  {
    kind: 'timeout',
    where: /^announce\W+\/src\/internal\/announcer\.ts/,
    reason:
      "the page's live region withdraws a message MESSAGE_LIFETIME_MS (7 s) after it was said; what was said stays said when its widget goes",
  },
];

/** The event flags the architecture sets: cx-* events bubble and are composed; native ones as native. */
const NATIVE_FLAGS: Readonly<Record<string, { bubbles: boolean; composed: boolean; cancelable: boolean }>> = {
  // As the native events of a form control: `input` is composed, `change` is not.
  input: { bubbles: true, composed: true, cancelable: false },
  change: { bubbles: true, composed: false, cancelable: false },
};

interface ManifestEvent {
  name: string;
  type: string;
  description: string;
}

let rawManifest: Promise<ManifestEvent[] & { tag?: string }> | undefined;

/** The events of `tag` as custom-elements.json lists them: name, declared class, description. */
async function manifestEvents(tag: string): Promise<ManifestEvent[]> {
  rawManifest ??= fetch('/custom-elements.json').then((response) => response.json() as Promise<never>);
  const manifest = (await rawManifest) as unknown as {
    modules: Array<{
      declarations?: Array<{
        tagName?: string;
        events?: Array<{ name?: string; type?: { text?: string }; description?: string }>;
      }>;
    }>;
  };
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  return (declaration?.events ?? [])
    .filter((event) => event.name)
    .map((event) => ({
      name: event.name!,
      type: event.type?.text ?? 'Event',
      description: event.description ?? '',
    }));
}

/** The class an event is declared with: an export of src/events, or the DOM's `Event`. */
function eventClass(type: string): (abstract new (...args: never[]) => Event) | undefined {
  if (type === 'Event' || type === 'CustomEvent') return globalThis[type];
  const exported = (cxEvents as Record<string, unknown>)[type];
  return typeof exported === 'function' ? (exported as abstract new (...args: never[]) => Event) : undefined;
}

/** Records the events named `type` that a `tag` dispatches on itself, from the window (capture). */
function catchEvents(tag: string, type: string): { seen: Event[]; stop(): void } {
  const seen: Event[] = [];
  const listener = (event: Event) => {
    const origin = event.composedPath()[0];
    if (origin instanceof Element && origin.localName === tag) seen.push(event);
  };
  window.addEventListener(type, listener, true);
  return { seen, stop: () => window.removeEventListener(type, listener, true) };
}

/** Records the `cx-error` events a widget fires while `run` runs. */
async function errorsDuring(tag: string, run: () => Promise<unknown>): Promise<number> {
  const caught = catchEvents(tag, 'cx-error');
  try {
    await run();
    return caught.seen.length;
  } finally {
    caught.stop();
  }
}

/**
 * Runs the shared widget suite for `tag`, under `describe('<tag> keeps every widget promise')`. The
 * manifest is read first (top-level await), so call it at the top level of a test file.
 */
export async function runCxWidgetSuite(tag: string, options: CxWidgetSuiteOptions): Promise<void> {
  const elements = await manifestElements();
  const element: ManifestElement | undefined = elements.find((candidate) => candidate.tagName === tag);
  const events = await manifestEvents(tag);
  const create = options.fixture ?? WIDGET_FIXTURES[tag];
  const knownDefects = options.knownDefects ?? [];
  const stories: StoriesModule | undefined = (WIDGET_STORIES as Readonly<Record<string, StoriesModule>>)[tag];
  const fixtureStory = FIXTURE_STORIES[tag];

  describe(`<${tag}> keeps every widget promise (test/support/widget-suite.ts)`, () => {
    if (options.virtualized) tolerateResizeObserverLoop();
    after(() => {
      document.documentElement.lang = 'en';
    });
    // What the widget keeps on purpose (a remembered tab, fired milestones) is put aside around each
    // test, so what an earlier test or test file left there cannot change what the widget shows.
    let keptBefore: Array<[Storage, string, string]> = [];
    const keptKeys = (): Array<[Storage, string]> =>
      (options.storage ?? []).flatMap((kept) => {
        if (kept.area === 'indexedDB') return [];
        const storage = window[kept.area];
        return Object.keys(storage)
          .filter((key) => key.startsWith(kept.prefix))
          .map((key): [Storage, string] => [storage, key]);
      });
    beforeEach(() => {
      keptBefore = keptKeys().map(([storage, key]) => [storage, key, storage.getItem(key)!]);
      for (const [storage, key] of keptBefore) storage.removeItem(key);
    });
    afterEach(() => {
      for (const [storage, key] of keptKeys()) storage.removeItem(key);
      for (const [storage, key, value] of keptBefore) storage.setItem(key, value);
    });

    it('is in the manifest, with a story fixture', () => {
      expect(element, `${tag} in custom-elements.json`).not.to.equal(undefined);
      expect(create, `a fixture for ${tag}`).not.to.equal(undefined);
      expect(stories, `stories of ${tag}`).not.to.equal(undefined);
    });
    if (!element || !create || !stories || !fixtureStory) return;

    const ref = (story: string | undefined, args?: EventRecipe['args']): StoryRef => ({
      ...(story === undefined ? fixtureStory({ lang: 'en' }) : { stories, story }),
      args: typeof args === 'function' ? args() : args,
    });

    // Removal (first: the page's first mount of the widget is watched, page-wide services included) ----
    const kept = options.storage ?? [];
    const checkRemoval = async (check: SuiteCheck, use?: (element: HTMLElement) => Promise<void>) => {
      const watch = watchPage();
      try {
        const el = await create();
        await use?.(el);
        el.remove();
        await afterRemoval();
        const problems = watch
          .leftRunning(el)
          .filter(
            (leak) =>
              !SELF_ENDING.some((allowed) => allowed.kind === leak.kind && allowed.where.test(leak.where)),
          )
          .map((leak) => `${leak.kind}: ${leak.what}, started at ${leak.where}`);
        for (const write of watch.storageWrites)
          if (!kept.some((allowed) => allowed.area === write.area && write.key.startsWith(allowed.prefix)))
            problems.push(
              `storage: ${write.area} "${write.key}" written at ${write.where}, not declared as kept`,
            );
        expectOnlyKnown(tag, check, problems, knownDefects);
      } finally {
        watch.stop();
      }
    };
    it('leaves no listener, timer, observer or undeclared storage once removed (mounted)', async function () {
      this.timeout(30_000);
      await checkRemoval('cleanup:mounted');
    });
    if (options.use)
      it('leaves no listener, timer, observer or undeclared storage once removed (after use)', async function () {
        this.timeout(30_000);
        await checkRemoval('cleanup:used', options.use);
      });

    // Bad input -----------------------------------------------------------------------------------
    runBadInputSuite(element, create, options.badInputs);

    // Accessibility ----------------------------------------------------------------------------------
    describe('accessible (axe) in every theme and language', () => {
      for (const theme of ['light', 'dark'] as const)
        for (const lang of ['en', 'zh-CN'] as const)
          it(`is axe-clean in ${theme}, ${lang}`, async function () {
            this.timeout(30_000);
            const el = await create({ theme, lang });
            await expectAccessible(el, `axe:${theme}-${lang}`, knownDefects);
          });
    });

    // Right to left ----------------------------------------------------------------------------------
    it('renders right to left (dir="rtl"): as in ltr, axe-clean, every part rtl', async function () {
      this.timeout(30_000);
      let ltr: string[] = [];
      const ltrErrors = await errorsDuring(tag, async () => {
        ltr = renderedText(await create({ dir: 'ltr' })).split('\n');
      });
      let el: HTMLElement | undefined;
      const rtlErrors = await errorsDuring(tag, async () => {
        el = await create({ dir: 'rtl' });
      });
      expect(rtlErrors, 'cx-error under dir="rtl" (beyond those in ltr)').to.equal(ltrErrors);
      expect(el!.shadowRoot?.childElementCount ?? 1, 'renders something').to.be.greaterThan(0);
      expect(renderedText(el!).split('\n').length, 'renders as many texts as in ltr').to.equal(ltr.length);
      expectOnlyKnown(tag, 'rtl', rtlProblems(el!), knownDefects);
      await expectAccessible(el!, 'axe:rtl', knownDefects);
    });

    // Language ---------------------------------------------------------------------------------------
    const enumCodes = element.members.flatMap((member) => {
      const shape = memberShape(member.type);
      return shape.kind === 'enum' ? shape.allowed : [];
    });
    const codes = [...new Set([...enumCodes, ...(options.codes ?? [])])];
    it('shows no English word, half-width punctuation or raw code in zh-CN', async function () {
      this.timeout(30_000);
      const el = await create({ lang: 'zh-CN' });
      expectOnlyKnown(
        tag,
        'language:zh-CN',
        [
          ...chineseOnlyProblems(el.shadowRoot!, { allow: options.allowLatin ?? [] }),
          ...rawCodeProblems(el.shadowRoot!, codes),
        ],
        knownDefects,
      );
    });
    it('shows no raw code in en', async function () {
      this.timeout(30_000);
      const el = await create({ lang: 'en' });
      expectOnlyKnown(tag, 'language:en', rawCodeProblems(el.shadowRoot!, codes), knownDefects);
    });

    // Personal data ----------------------------------------------------------------------------------
    const pii = options.pii;
    if (pii)
      it(`masks personal data until it is revealed (story ${pii.story})`, async function () {
        this.timeout(30_000);
        const shown = await renderStory(tag, ref(pii.story), { lang: 'en' });
        const el = await settled(shown.element);
        const unmasked = (): string[] =>
          pii.raws.flatMap((raw) =>
            placesOf(el.shadowRoot!, raw).map((place) => `${raw} in ${place.kind} at ${place.where}`),
          );
        if (!pii.reveal) {
          const data = JSON.stringify(shown.args);
          for (const raw of pii.raws) expect(data, `${raw} is in the story's data`).to.contain(raw);
        }
        expectOnlyKnown(tag, 'pii', unmasked(), knownDefects);
        if (!pii.reveal) return;
        await pii.reveal(el);
        await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        expect(unmasked(), 'a revealed value shows').not.to.deep.equal([]);
      });

    // Events -----------------------------------------------------------------------------------------
    it('has a recipe for exactly the events of the manifest', () => {
      expect(Object.keys(options.events).sort()).to.deep.equal(events.map((event) => event.name).sort());
    });
    for (const event of events) {
      const recipe = options.events[event.name];
      if (!recipe) continue;
      it(`fires ${event.name} (${event.type})${recipe.story ? `, story ${recipe.story}` : ''}`, async function () {
        this.timeout(30_000);
        const problems: string[] = [];
        const caught = catchEvents(tag, event.name);
        try {
          const shown = await renderStory(tag, ref(recipe.story, recipe.args), { lang: 'en' });
          await settled(shown.element);
          await (recipe.fire ? recipe.fire(shown.element, shown) : shown.play());
          await waitUntil(() => caught.seen.length > 0, `${event.name} fired`, { timeout: 10_000 }).catch(
            () => problems.push(`${event.name} was not fired`),
          );
        } finally {
          caught.stop();
        }
        const fired = caught.seen[0];
        if (fired) {
          const type = eventClass(event.type);
          if (!type) problems.push(`${event.type} (the manifest's class) is not an export of src/events`);
          else if (!(fired instanceof type))
            problems.push(`not an instance of ${event.type}: ${(fired as Event).constructor.name}`);
          if (fired.type !== event.name) problems.push(`its type is ${fired.type}`);
          const expected = NATIVE_FLAGS[event.name] ?? {
            bubbles: true,
            composed: true,
            cancelable: /\bcancelable\b/i.test(event.description),
          };
          for (const flag of ['bubbles', 'composed', 'cancelable'] as const)
            if (fired[flag] !== expected[flag])
              problems.push(`${flag} is ${fired[flag]}, not ${expected[flag]}`);
          if (fired instanceof cxEvents.CxEvent && !Object.isFrozen(fired.detail))
            problems.push('its detail is not frozen');
        }
        expectOnlyKnown(tag, `events:${event.name}`, problems, knownDefects);
      });
    }
  });
}
