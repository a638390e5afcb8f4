// What one test leaves on the page for the next: the shared live regions' messages, stored progress.
import sinon from 'sinon';
import { liveRegion } from '../../src/internal/announcer.js';
import { PROGRESS_KEY_PREFIX } from '../../src/services/script-engine/storage-key.js';

/** Empties the page's live regions (a test's messages would otherwise outlive it, and its fake timers). */
export function clearAnnouncements(): void {
  for (const politeness of ['polite', 'assertive'] as const) liveRegion(politeness)?.replaceChildren();
}

/** Removes every localStorage key that starts with `prefix`. */
export function clearStorage(prefix: string): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
}

/** Removes the script prompter's stored progress (every interaction). */
export const clearStoredProgress = (): void => clearStorage(`${PROGRESS_KEY_PREFIX}/`);

/**
 * Gives each prompter test of the calling `describe` a clean page: English, no stored progress before
 * or after it, no announcements or sinon fakes after it.
 */
export function isolatePrompterTests(): void {
  beforeEach(() => {
    document.documentElement.lang = 'en';
    clearStoredProgress();
  });
  afterEach(() => {
    clearAnnouncements();
    clearStoredProgress();
    sinon.restore();
  });
}
