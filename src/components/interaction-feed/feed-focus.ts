import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from the element that renders the feed. */
export interface FeedFocusOptions {
  /** The rendered feed (`role="feed"`, virtualized, its articles its children), if any. */
  feed(): (HTMLElement & VirtualizerHostElement) | null;
  /** How many articles the feed holds (loaded, after filtering). */
  count(): number;
  /** Called after an article took focus through a key (e.g. to load the next page near the end). */
  articleFocused?(index: number): void;
}

const FOCUSABLE = 'button, select, input, textarea, a[href], [tabindex]';
/** Frames to wait for the virtualizer to render an article it scrolls to. */
const RENDER_FRAMES = 20;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The index of an article of the feed, from its `data-index`. */
const indexOf = (article: Element): number => Number((article as HTMLElement).dataset.index);

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
  if (element.closest('[hidden], [inert]')) return false;
  return element.getClientRects().length > 0;
}

/**
 * Keeps keyboard focus inside a virtualized APG feed: PageDown / PageUp (and Space / Shift+Space) move
 * one article, Home / End to the first / last loaded one, Ctrl+Home / Ctrl+End to the element before /
 * after the feed inside the widget; Tab / Shift+Tab reach articles the virtualizer has not rendered
 * yet; and when the virtualizer recycles the focused article (scrolled out of its range by the wheel,
 * the scrollbar or an arrow key), focus goes to the nearest article still on screen instead of `<body>`.
 * "The widget" is the shadow root the feed is in (a feed alone on a page is a widget of its own).
 */
export class FeedFocusController implements ReactiveController {
  private readonly options: FeedFocusOptions;
  /** The article the latest key press is still scrolling to (not rendered yet), if any. */
  private target: number | undefined;
  /** The article that holds focus, while focus is in the feed. */
  private held: HTMLElement | undefined;
  private heldIndex = 0;
  private observer: MutationObserver | undefined;
  private observed: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, options: FeedFocusOptions) {
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const feed = this.options.feed();
    if (feed !== this.observed) {
      this.observer?.disconnect();
      this.observed = feed;
      if (feed) {
        this.observer ??= new MutationObserver(() => this.rescue());
        this.observer.observe(feed, { childList: true });
      }
    }
    // The feed itself went (another customer, another filter): its focused article with it.
    this.rescue();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = null;
    this.held = undefined;
    this.target = undefined;
  }

  /** Forgets a pending move (the feed shows something else now). */
  reset(): void {
    this.target = undefined;
  }

  readonly handleFocusIn = (event: FocusEvent): void => {
    const article = this.articleOf(event);
    if (!article) return;
    this.held = article;
    this.heldIndex = indexOf(article);
  };

  readonly handleFocusOut = (event: FocusEvent): void => {
    const article = this.held;
    if (!article) return;
    if (event.relatedTarget !== null) {
      // Focus went to another element; the focusin of an article sets it again.
      this.held = undefined;
      return;
    }
    // No new focus: the page or window lost it (a real blur), or the article was removed (recycled).
    queueMicrotask(() => {
      if (this.held === article && article.isConnected) this.held = undefined;
      else this.rescue();
    });
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey) return;
    const article = this.articleOf(event);
    // Focus waits on the feed itself while a press scrolls to an article not rendered yet: keys
    // pressed meanwhile count as pressed on the article it goes to.
    const waiting = !article && this.target !== undefined && event.composedPath()[0] === this.options.feed();
    if (!article && !waiting) return;
    const onArticle = waiting || event.composedPath()[0] === article;
    // While an earlier press still waits for its article to render, count from where it goes: every
    // press moves one article, however fast they come (a held key).
    const from = this.target ?? indexOf(article!);
    const last = this.options.count() - 1;
    let next: number | undefined;
    let element: HTMLElement | undefined;
    switch (event.key) {
      case 'PageDown':
        next = from + 1;
        break;
      case 'PageUp':
        next = from - 1;
        break;
      case ' ':
        if (!onArticle) return;
        next = from + (event.shiftKey ? -1 : 1);
        break;
      case 'Home':
        if (!onArticle && !event.ctrlKey) return;
        if (event.ctrlKey) element = this.besideFeed('before');
        next = 0;
        break;
      case 'End':
        if (!onArticle && !event.ctrlKey) return;
        if (event.ctrlKey) element = this.besideFeed('after');
        next = last;
        break;
      case 'Tab': {
        // Native Tab walks the rendered articles; the next one may not be rendered yet.
        const step = event.shiftKey ? -1 : 1;
        const wanted = from + step;
        if (!onArticle || wanted < 0 || wanted > last || this.rendered(wanted)) return;
        next = wanted;
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (element) {
      this.target = undefined;
      element.focus();
      return;
    }
    void this.focusArticle(Math.min(Math.max(next, 0), Math.max(last, 0)));
  };

  /** Focuses the article at `index`, scrolling the virtualized feed to render it first. */
  async focusArticle(index: number): Promise<void> {
    const feed = this.options.feed();
    if (!feed || index < 0 || index >= this.options.count()) return;
    this.target = index;
    let article = this.rendered(index);
    if (!article) {
      // Scrolling there may recycle the focused article: focus waits on the feed (never on <body>).
      const focused = (feed.getRootNode() as Document | ShadowRoot).activeElement;
      if (focused && focused !== feed && feed.contains(focused)) feed.focus({ preventScroll: true });
      feed[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
      for (let frame = 0; frame < RENDER_FRAMES && !article && this.target === index; frame++) {
        await nextFrame();
        article = this.rendered(index);
      }
    }
    // A later press may have moved on meanwhile: the latest one is focused, never an earlier one.
    if (this.target !== index) return;
    this.target = undefined;
    if (!article) return;
    article.focus();
    this.options.articleFocused?.(index);
  }

  private articleOf(event: Event): HTMLElement | undefined {
    return event
      .composedPath()
      .find(
        (node): node is HTMLElement =>
          node instanceof HTMLElement && node.localName === 'article' && node.parentElement === this.observed,
      );
  }

  private rendered(index: number): HTMLElement | undefined {
    return (
      this.options.feed()?.querySelector<HTMLElement>(`:scope > article[data-index="${index}"]`) ?? undefined
    );
  }

  /** The first tabbable element of the widget before or after the feed, if any. */
  private besideFeed(where: 'before' | 'after'): HTMLElement | undefined {
    const feed = this.options.feed();
    const root = feed?.getRootNode();
    if (!feed || !(root instanceof ShadowRoot)) return undefined;
    const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => !feed.contains(element) && isTabbable(element),
    );
    const position = (element: HTMLElement) => feed.compareDocumentPosition(element);
    return where === 'before'
      ? candidates.filter((element) => position(element) & Node.DOCUMENT_POSITION_PRECEDING).pop()
      : candidates.find((element) => position(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  }

  /**
   * The focused article was removed (recycled or the feed replaced) and focus fell to nothing: give it
   * to the article nearest to it that the agent can see, without scrolling.
   */
  private rescue(): void {
    const lost = this.held;
    if (!lost || lost.isConnected) return;
    const feed = this.options.feed();
    const root = feed?.getRootNode();
    const widget = root instanceof ShadowRoot ? root : undefined;
    const active = document.activeElement;
    if (widget?.activeElement || (active && active !== document.body && active !== widget?.host)) {
      this.held = undefined; // focus is somewhere already
      return;
    }
    const articles = feed ? [...feed.querySelectorAll<HTMLElement>(':scope > article')] : [];
    if (articles.length === 0) return; // nothing to hold it yet: the next update tries again
    const view = feed!.getBoundingClientRect();
    const visible = articles.filter((article) => {
      const box = article.getBoundingClientRect();
      return box.bottom > view.top && box.top < view.bottom;
    });
    const pool = visible.length > 0 ? visible : articles;
    const nearest = pool.reduce((best, article) =>
      Math.abs(indexOf(article) - this.heldIndex) < Math.abs(indexOf(best) - this.heldIndex) ? article : best,
    );
    nearest.focus({ preventScroll: true });
  }
}
