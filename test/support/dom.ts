// Small DOM helpers the widget tests share: reaching into shadow trees (nested widgets included),
// reading text as an agent sees it, waiting for a frame or a condition, recording events.

/** Every element matching `selector` in `root`'s shadow tree and the shadow trees nested in it. */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T[] {
  const found: T[] = [];
  const visit = (scope: Element | ShadowRoot): void => {
    const tree = scope instanceof ShadowRoot ? scope : scope.shadowRoot;
    if (!tree) return;
    found.push(...tree.querySelectorAll<T>(selector));
    for (const element of tree.querySelectorAll('*')) if (element.shadowRoot) visit(element);
  };
  visit(root);
  return found;
}

/** The first element matching `selector` in `root`'s shadow tree or one nested in it. */
export function deepQuery<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/** The text of a node with its white space folded, as it reads. */
export const text = (node: Node | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Resolves at the next animation frame. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until `ready()` holds, checking each frame; fails after `ms` naming `what`. */
export async function waitFor(ready: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

/** One recorded event. */
export interface RecordedEvent<D = unknown> {
  type: string;
  detail: D;
  event: Event;
}

/** Records every event of `types` fired on (or bubbling through) `target`, in order. */
export function recordEvents<D = unknown>(
  target: EventTarget,
  types: readonly string[],
): Array<RecordedEvent<D>> {
  const seen: Array<RecordedEvent<D>> = [];
  for (const type of types)
    target.addEventListener(type, (event) =>
      seen.push({ type, detail: (event as CustomEvent<D>).detail, event }),
    );
  return seen;
}

/** The first element matching `selector` in `el`'s own shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every element matching `selector` in `el`'s own shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
