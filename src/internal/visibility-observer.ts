/**
 * Tells widgets when they enter or leave the viewport, for thousands of them at little cost.
 *
 * One IntersectionObserver serves the page. Chromium recomputes every observed target in every frame
 * that did any layout, so in a queue of 10,000 countdowns the observer alone cost more per tick than
 * everything else. Off-screen targets cannot come into view while nothing moves, so once the page has
 * been still for a moment (`QUIET_MS`) the targets that are out of view are no longer observed; any
 * sign of movement (a scroll in the document or in a shadow root that holds a widget, a resize, a DOM
 * change, a transition or animation) observes them all again until the page is still. A ticking frame
 * then costs the observer only the handful of targets on screen.
 */
type Listener = (visible: boolean) => void;

interface Target {
  listener: Listener;
  /** Last state reported by the observer (undefined until its first entry). */
  visible: boolean | undefined;
  observed: boolean;
}

/** How long the page must be still before off-screen targets stop being observed. */
export const QUIET_MS = 1500;
/** Painted a little before they scroll in. */
const ROOT_MARGIN = '200px 0px';
const MOVEMENT_EVENTS = ['scroll', 'transitionend', 'animationend'] as const;

const targets = new Map<Element, Target>();
const watchedRoots = new Set<Node>();
let observer: IntersectionObserver | undefined;
let mutations: MutationObserver | undefined;
let pruneTimer: ReturnType<typeof setTimeout> | undefined;
let unobservedCount = 0;

function deliver(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const target = targets.get(entry.target);
    if (!target || target.visible === entry.isIntersecting) continue;
    target.visible = entry.isIntersecting;
    target.listener(entry.isIntersecting);
  }
}

/** Something may have moved: observe every target again, and prune once the page is still. */
function disturb(): void {
  if (unobservedCount > 0 && observer) {
    for (const [element, target] of targets) {
      if (target.observed) continue;
      observer.observe(element);
      target.observed = true;
    }
    unobservedCount = 0;
  }
  clearTimeout(pruneTimer);
  pruneTimer = setTimeout(prune, QUIET_MS);
}

function prune(): void {
  pruneTimer = undefined;
  if (!observer) return;
  deliver(observer.takeRecords());
  for (const [element, target] of targets) {
    if (!target.observed || target.visible !== false) continue;
    observer.unobserve(element);
    target.observed = false;
    unobservedCount += 1;
  }
}

/** Our own live regions (internal/announcer) change the DOM without moving anything. */
function isOwnAnnouncement(record: MutationRecord): boolean {
  const node = record.target;
  const element = node instanceof Element ? node : node.parentElement;
  if (element?.closest('[data-cx-announcer]')) return true;
  return (
    record.type === 'childList' &&
    [...record.addedNodes, ...record.removedNodes].every(
      (added) => added instanceof Element && added.hasAttribute('data-cx-announcer'),
    )
  );
}

/** Listens for movement in `root` (the document or a shadow root holding a widget), once per root. */
function watchRoot(root: Node): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  for (const type of MOVEMENT_EVENTS) root.addEventListener(type, disturb, { capture: true, passive: true });
  if (root === document) window.addEventListener('resize', disturb, { passive: true });
  mutations ??= new MutationObserver((records) => {
    if (!records.every(isOwnAnnouncement)) disturb();
  });
  mutations.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
}

/** The last target gone: nothing is left to watch, so the page carries no listener, observer or timer of ours. */
function stopWatching(): void {
  clearTimeout(pruneTimer);
  pruneTimer = undefined;
  for (const root of watchedRoots) {
    for (const type of MOVEMENT_EVENTS) root.removeEventListener(type, disturb, { capture: true });
    if (root === document) window.removeEventListener('resize', disturb);
  }
  watchedRoots.clear();
  mutations?.disconnect();
  mutations = undefined;
  observer?.disconnect();
  observer = undefined;
  unobservedCount = 0;
}

/** Every root from the element's up to the document: a scroll inside any of them can move it. */
function watchRootsOf(element: Element): void {
  let node: Node = element.getRootNode();
  for (;;) {
    watchRoot(node);
    if (!(node instanceof ShadowRoot)) return;
    node = node.host.getRootNode();
  }
}

/** How many elements are registered and how many the observer watches right now (for tests and benchmarks). */
export function visibilityStats(): { targets: number; observed: number } {
  return { targets: targets.size, observed: targets.size - unobservedCount };
}

/**
 * Tells `listener` when `element` enters or leaves the viewport (with a margin, so it is painted
 * before it scrolls in); the first report comes after the next frame. Where the API is missing the
 * element counts as always visible. Returns the function that stops observing.
 */
export function observeVisibility(element: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof MutationObserver === 'undefined') {
    listener(true);
    return () => undefined;
  }
  observer ??= new IntersectionObserver(deliver, { rootMargin: ROOT_MARGIN });
  const previous = targets.get(element);
  if (previous && !previous.observed) unobservedCount -= 1;
  targets.set(element, { listener, visible: undefined, observed: true });
  observer.observe(element);
  watchRootsOf(element);
  disturb();
  return () => {
    const target = targets.get(element);
    if (!target || target.listener !== listener) return;
    targets.delete(element);
    if (target.observed) observer?.unobserve(element);
    else unobservedCount -= 1;
    if (targets.size === 0) stopWatching();
  };
}
