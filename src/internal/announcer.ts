/**
 * One pair of live regions for the whole page (polite and assertive), shared by every widget.
 *
 * A live region per widget costs a positioned, clipped box per element: in a queue of thousands of
 * countdowns that alone made every frame slower. Screen readers only need one place where messages
 * appear, so widgets call `announce()` and this module keeps the regions at the end of `<body>`,
 * outside every shadow root (also closed ones), created on first use.
 *
 * Each message is a new child node, removed after a while, so the same words said twice are
 * announced twice and old messages do not pile up.
 */
export type Politeness = 'polite' | 'assertive';

/** How long a message stays in the region (long enough for any screen reader to pick it up). */
export const MESSAGE_LIFETIME_MS = 7000;

/**
 * Most messages kept in a region. A screen reader takes each message when it is added; older ones
 * only cost layout on every later change (an agent moving quickly through a script added dozens).
 */
export const MAX_MESSAGES = 5;

const ATTRIBUTE = 'data-cx-announcer';

let container: HTMLElement | undefined;

function hideVisually(element: HTMLElement): void {
  // Through the CSSOM, not a style attribute: allowed under a strict style-src CSP.
  const style = element.style;
  style.position = 'absolute';
  style.width = '1px';
  style.height = '1px';
  style.margin = '-1px';
  style.padding = '0';
  style.border = '0';
  style.overflow = 'hidden';
  style.clipPath = 'inset(50%)';
  style.whiteSpace = 'nowrap';
}

function regions(): HTMLElement | undefined {
  if (typeof document === 'undefined' || !document.body) return undefined;
  if (container?.isConnected) return container;
  container = document.body.querySelector<HTMLElement>(`:scope > [${ATTRIBUTE}]`) ?? undefined;
  if (container) return container;
  container = document.createElement('div');
  container.setAttribute(ATTRIBUTE, '');
  hideVisually(container);
  for (const politeness of ['polite', 'assertive'] as const) {
    const region = document.createElement('div');
    region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-relevant', 'additions');
    region.dataset.politeness = politeness;
    container.append(region);
  }
  document.body.append(container);
  return container;
}

/** The live region for `politeness`, created on first use (undefined without a document body). */
export function liveRegion(politeness: Politeness): HTMLElement | undefined {
  return regions()?.querySelector<HTMLElement>(`:scope > [data-politeness="${politeness}"]`) ?? undefined;
}

/**
 * Says `message` through the page's live region. `lang` is set on the message so a screen reader
 * reads Chinese as Chinese in an English page and vice versa.
 */
export function announce(message: string, politeness: Politeness = 'polite', lang?: string): void {
  const text = message.trim();
  const region = liveRegion(politeness);
  if (!text || !region) return;
  const node = document.createElement('div');
  if (lang) node.lang = lang;
  node.textContent = text;
  region.append(node);
  while (region.childElementCount > MAX_MESSAGES) region.firstElementChild?.remove();
  setTimeout(() => node.remove(), MESSAGE_LIFETIME_MS);
}
