// The API bench/script/page.js puts on `window.bench`, for the harness's type checks.

export interface ValidationResult {
  steps: number;
  jsonChars: number;
  ok: boolean;
  /** One duration per run, in ms. */
  runsMs: number[];
}

export interface WalkOptions {
  /** `widget`: the element as shipped (validates once); `baseline`: the whole script re-validated on every step. */
  mode: 'widget' | 'baseline';
  transitions: number;
  warmUp: number;
  steps: number;
  seed: number;
}

export interface WalkResult {
  mode: 'widget' | 'baseline';
  mountMs: number;
  /** Answer → next step rendered (updateComplete and a forced style + layout of the step), per transition. */
  transitionMs: number[];
  /** The part of each transition spent re-validating (baseline only; 0 for the widget). */
  validateMs: number[];
  /** The part of each transition until the element's `updateComplete` (script: engine, render, DOM commit); the rest is style and layout. */
  updateMs: number[];
  /** Steps on the path when each transition started (the path list grows with it). */
  pathLength: number[];
  restarts: number;
  kinds: Record<string, number>;
}

export interface BenchPage {
  validate(options: { steps: number; seed: number; runs: number; warmUp: number }): ValidationResult;
  walk(options: WalkOptions): Promise<WalkResult>;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}
