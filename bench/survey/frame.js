// @ts-nocheck -- browser code shared by both benchmark pages.
/**
 * Makes the browser compute style and layout now. "Rendered" means the DOM is built and laid out;
 * waiting for the next frame instead would add up to 16 ms of vsync alignment to both sides.
 */
export function forceLayout() {
  return document.documentElement.getBoundingClientRect().height + document.body.offsetHeight;
}

/** Elements in the page, counting those inside (open) shadow roots. */
export function countElements(root = document) {
  let count = 0;
  const walk = (node) => {
    for (const child of node.children ?? []) {
      count += 1;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return count;
}

/** Resolves as soon as `check()` holds, looking again after every DOM mutation of the document. */
export function untilDom(check) {
  return new Promise((resolve) => {
    if (check()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Waits until `check()` holds, polling every 5 ms (for things that are not measured). */
export async function until(check) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}
