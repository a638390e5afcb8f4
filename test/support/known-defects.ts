/**
 * Defects the shared widget suite found in code several widgets share, named so each widget's suite
 * call lists the ones it meets (`knownDefects`). Each entry goes with its fix: the suite fails once the
 * defect is gone, until the entry is removed from the calls.
 */
import type { KnownDefect, SuiteCheck } from './widget-suite.js';

/**
 * src/internal/localize.ts:50-58 (`observeLangChanges`, called from `hostConnected` at :106-108): the
 * first localized widget on a page starts one MutationObserver over the whole document (attributes
 * `lang` / `dir`, subtree; and over the shadow root of each widget nested in another), and the
 * observer is never disconnected, also after the last widget is removed. Fix: count the connected
 * `LocalizeController`s (hostConnected / hostDisconnected) and disconnect the observer (and forget
 * the observed roots) when the count falls to zero.
 */
export const langObserverKept = (check: SuiteCheck = 'cleanup:mounted'): KnownDefect => ({
  check,
  problem:
    /MutationObserver still observing #document, started at observeLangChanges\W+\/src\/internal\/localize\.ts/,
  reason: 'src/internal/localize.ts:50-58 never disconnects its document-wide lang/dir MutationObserver',
});

/**
 * src/internal/visibility-observer.ts:83-92 (`watchRoot`) and :44-54 (`disturb`): the first countdown
 * on a page adds `scroll` / `transitionend` / `animationend` capture listeners to the document, a
 * `resize` listener to the window and a MutationObserver over the document subtree, and none is ever
 * removed — the returned stop function (:126-132) only unobserves the element. After the last
 * countdown is gone, every DOM change of the page still re-arms the 1500 ms prune timer. Fix: when
 * `targets` becomes empty, clear `pruneTimer`, disconnect `mutations` and `observer`, remove the
 * listeners from the watched roots (keep them in a Set instead of a WeakSet to be able to) and reset
 * `unobservedCount`.
 */
export const visibilityWatchKept = (check: SuiteCheck = 'cleanup:mounted'): KnownDefect => ({
  check,
  problem: /src\/internal\/visibility-observer\.ts/,
  reason:
    'src/internal/visibility-observer.ts keeps its document / window listeners, its document MutationObserver and its prune timer after the last countdown is removed',
});
