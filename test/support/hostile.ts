// Hostile values for bad-input tests, shared by the widgets' own tests and the bad-input suite.

/** Arrays nested `depth` deep around `bottom`: deep enough to overflow a recursive `String()` or `join()`. */
export function deepArray(depth: number, bottom: unknown = []): unknown[] {
  let value: unknown = bottom;
  for (let level = 0; level < depth; level++) value = [value];
  return value as unknown[];
}

/** Objects nested `depth` deep (`{ next: { next: … } }`) around `bottom`. */
export function deepObject(depth: number, bottom: unknown = 'bottom'): unknown {
  let value: unknown = bottom;
  for (let level = 0; level < depth; level++) value = { next: value };
  return value;
}
