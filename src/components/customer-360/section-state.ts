import {
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { SectionRetry, SectionStatus } from '../../services/tmf/loader.js';

/**
 * What the agent is told about a section, each with its own words, icon and colour:
 * loading; still loading (slow); failed and being tried again; showing saved data that could not be
 * updated (stale); failed; or loaded with nothing in it.
 */
export type SectionDisplayState = 'loading' | 'slow' | 'retrying' | 'stale' | 'error' | 'empty';

/** Every display state, in the order the stories and tests walk them. */
export const SECTION_DISPLAY_STATES: readonly SectionDisplayState[] = [
  'loading',
  'slow',
  'retrying',
  'stale',
  'error',
  'empty',
];

/** A section's state as the loader reports it. */
export interface SectionStateView {
  readonly status: SectionStatus;
  readonly error: Error | undefined;
  readonly stale: boolean;
  readonly slow: boolean;
  readonly retry: SectionRetry | undefined;
}

/** The state to show for a section; undefined when its data is simply shown (or nothing is asked). */
export function displayState(view: SectionStateView): SectionDisplayState | undefined {
  if (view.status === 'loading') return view.retry ? 'retrying' : view.slow ? 'slow' : 'loading';
  if (view.status === 'error') return view.retry ? 'retrying' : 'error';
  if (view.stale && (view.error || view.slow)) return 'stale';
  if (view.status === 'empty') return 'empty';
  return undefined;
}

/** The technical facts of a failure (a `TransportError` has all of them; any Error has some). */
export interface ErrorFacts {
  code: string;
  message: string;
  status?: number;
  url?: string;
  attempts?: number;
}

/** Reads what an error says about itself without trusting its shape. */
export function errorFacts(error: Error): ErrorFacts {
  const { code, status, url, attempts } = error as Error & Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : 'error',
    message: typeof error.message === 'string' ? error.message : '',
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof url === 'string' && url ? { url } : {}),
    ...(typeof attempts === 'number' && attempts > 0 ? { attempts } : {}),
  };
}

/** Whole seconds until `at` (at least 1, so "in 0 s" is never shown). */
export function secondsUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

// Icons drawn inline (no icon font, no emoji: every OS shows them), hidden from assistive technology:
// the words next to them say the same.
const ICONS: Record<Exclude<SectionDisplayState, 'empty'>, TemplateResult> = {
  loading: svg`<circle cx="8" cy="8" r="6" opacity="0.3"></circle><path d="M8 2a6 6 0 0 1 6 6"></path>`,
  slow: svg`<circle cx="8" cy="8" r="6"></circle><path d="M8 4.5V8l2.5 1.5"></path>`,
  retrying: svg`<path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9"></path><path d="M12.5 1.5v3h-3"></path>`,
  stale: svg`<path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9"></path><path d="M3.5 1.5v3h3"></path><path d="M8 5v3l2 1.2"></path>`,
  error: svg`<circle cx="8" cy="8" r="6"></circle><path d="M8 4.6v4"></path><path d="M8 11.2v0.2"></path>`,
};

/** The state's icon: an inline SVG, or for `empty` a drawn ring (no markup that looks like content). */
export function stateIcon(state: SectionDisplayState): TemplateResult {
  if (state === 'empty')
    return html`<span class="state-icon ring" part="state-icon" aria-hidden="true"></span>`;
  return html`<svg
    class="state-icon"
    part="state-icon"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${ICONS[state]}
  </svg>`;
}

/** How one section's state is rendered. */
export interface SectionStateOptions {
  readonly localize: LocalizeController;
  /** The section code (`bills`), also the id prefix inside the shadow root. */
  readonly section: string;
  /** The section as the subject of a sentence: "Bills". */
  readonly title: string;
  /** The message of an `empty` section, e.g. "No bills". */
  readonly emptyText?: string;
  /** Loads the section again now. */
  readonly onRetry?: () => void;
  /** The time the countdown to the next retry is measured from. */
  readonly now: number;
}

/**
 * A section's state: icon and plain-language words (the same in every theme and without colour), a
 * Retry button where one helps, and the technical detail (address, status, attempts) folded away in
 * a disclosure for the agent's IT colleagues — never as the message itself.
 */
export function renderSectionState(
  state: SectionDisplayState,
  view: SectionStateView,
  options: SectionStateOptions,
): TemplateResult {
  const { localize, section } = options;
  const failure = view.retry?.error ?? view.error;
  const facts = failure ? errorFacts(failure) : undefined;
  const noun = localize.term('c360StateSection', section);
  const retryText = view.retry
    ? view.retry.nextAt === undefined
      ? localize.term('c360StateRetrying')
      : localize.term('c360StateRetryingIn', secondsUntil(view.retry.nextAt, options.now))
    : undefined;
  const reason = facts ? localize.term('c360StateReason', facts.code, facts.status) : undefined;
  let words: Array<string | undefined>;
  if (state === 'loading') words = [localize.term('c360StateLoading', noun)];
  else if (state === 'slow') words = [localize.term('c360StateSlow', noun)];
  else if (state === 'empty') words = [options.emptyText ?? localize.term('empty')];
  else if (state === 'stale')
    words = failure
      ? [localize.term('c360StateStaleFailed'), reason, retryText]
      : [localize.term('c360StateStaleSlow')];
  else words = [localize.term('c360LoadFailed', options.title), reason, retryText];
  // Chinese sentences follow each other without a space.
  const message = words.filter(Boolean).join(localize.lang().toLowerCase().startsWith('zh') ? '' : ' ');
  const part =
    state === 'loading' || state === 'slow'
      ? 'skeleton'
      : state === 'retrying' || state === 'error'
        ? 'error'
        : state;
  const messageId = `state-${section}`;
  const canRetry =
    options.onRetry && (state === 'retrying' || state === 'error' || (state === 'stale' && failure));
  return html`<div
    class="section-state state-${state}"
    part=${part}
    data-state=${state}
    data-section=${section}
  >
    <p class="state-line" role="status">
      ${stateIcon(state)}<span class="state-message" id=${messageId}>${message}</span>
    </p>
    ${
      canRetry
        ? html`<button type="button" class="retry" aria-describedby=${messageId} @click=${options.onRetry}>
            ${state === 'retrying' ? localize.term('c360RetryNow') : localize.term('retry')}
          </button>`
        : nothing
    }
    ${facts && state !== 'empty' ? renderErrorDetails(localize, facts) : nothing}
    ${
      state === 'loading' || state === 'slow'
        ? html`<span class="bones" aria-hidden="true"
            ><span class="bone"></span><span class="bone short"></span><span class="bone"></span
          ></span>`
        : nothing
    }
  </div>`;
}

/** The technical facts of a failure, folded away: for the agent's IT colleagues, not the agent. */
export function renderErrorDetails(localize: LocalizeController, facts: ErrorFacts): TemplateResult {
  const row = (field: 'url' | 'status' | 'attempts' | 'code' | 'message', value: unknown, className = '') =>
    value === undefined || value === ''
      ? nothing
      : html`<div class="state-fact">
          <dt>${localize.term('c360ErrorDetailLabel', field)}</dt>
          <dd class=${className}>${value}</dd>
        </div>`;
  return html`<details class="state-detail" part="error-detail">
    <summary>${localize.term('c360ErrorDetails')}</summary>
    <dl>
      ${row('url', facts.url, 'state-url')} ${row('status', facts.status)} ${row('attempts', facts.attempts)}
      ${row('code', facts.code)} ${row('message', facts.message, 'state-url')}
    </dl>
  </details>`;
}

/**
 * Re-renders the host each time the "Trying again in N s" countdown of a section changes, while one
 * is shown; no timer otherwise.
 */
export class RetryCountdownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly nextAt: () => number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, nextAt: () => number | undefined) {
    this.host = host;
    this.nextAt = nextAt;
    host.addController(this);
  }

  /** The time the countdown of this render counts from. */
  now(): number {
    return Date.now();
  }

  hostUpdated(): void {
    const at = this.nextAt();
    if (at === undefined) {
      this.stop();
      return;
    }
    if (this.timer !== undefined) return;
    const remaining = at - Date.now();
    const delay = remaining <= 0 ? 1000 : remaining % 1000 || 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
