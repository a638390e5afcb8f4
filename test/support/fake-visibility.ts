import type { VisibilitySource } from '../../src/services/clock.js';

/** A document's visibility a test can switch (`set('hidden')`), for a `Clock` under test. */
export class FakeVisibility extends EventTarget implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible';
  set(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}
