import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lazy } from '../../services/lazy.js';

/** What the controller uses of a draft store: `SurveyDraftStore`, or any store of the same shape. */
export interface DraftStore {
  /** The draft of `formId` in `interactionId`, if one was saved. */
  load(
    formId: string,
    interactionId: string,
  ): Promise<{ readonly answers: Record<string, unknown> } | undefined>;
  /** Saves (replaces) the draft. */
  save(formId: string, interactionId: string, answers: Record<string, unknown>): Promise<void>;
  /** Removes the draft. */
  clear(formId: string, interactionId: string): Promise<void>;
}

/** Which draft: the form (a survey's id, a wrap-up form) and the interaction it is filled in for. */
export interface DraftIdentity {
  readonly formId: string;
  readonly interactionId: string;
}

/** Options of a {@link DraftAutosaveController}. */
export interface DraftAutosaveOptions {
  /** The store: `get()` once its code is loaded (else undefined), `load()` fetches it first. */
  readonly store: Lazy<DraftStore>;
  /** The draft being filled in now; undefined when there is none to keep (no interaction yet). */
  identity(): DraftIdentity | undefined;
  /** What to save now; undefined saves nothing (the answers were handed over meanwhile). */
  snapshot(): Record<string, unknown> | undefined;
  /** Takes the answers of a draft saved earlier for the current identity (what the host can use of them). */
  restore(answers: Record<string, unknown>): void;
  /** How long answers rest before they are saved (ms; default 400). */
  readonly delayMs?: number;
}

/**
 * Autosaved drafts, one per form and interaction: the answers are saved a moment after each edit and
 * when the page goes away, and come back when the same form is shown for the same interaction again
 * (a reload, the agent switching back). A draft that arrives after the user has edited is dropped; a
 * draft lost is only a convenience lost, so storage failures are ignored.
 */
export class DraftAutosaveController implements ReactiveController {
  private readonly delayMs: number;
  private identityKey = '';
  /** Bumped by every edit, so a draft that arrives late never overwrites newer answers. */
  private edits = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private restoringNow = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftAutosaveOptions,
  ) {
    this.delayMs = options.delayMs ?? 400;
    host.addController(this);
  }

  /** Whether a saved draft is being looked up for the current identity. */
  get restoring(): boolean {
    return this.restoringNow;
  }

  /** The host's answers changed: a draft still on its way is dropped; with `save`, autosaved soon. */
  edited(save = true): void {
    this.edits += 1;
    if (save && this.options.identity()) {
      this.cancel();
      this.timer = setTimeout(this.flush, this.delayMs);
    }
  }

  /** Drops a pending autosave (the answers were handed over). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Drops a pending autosave and the saved draft (after a submit, or a reset). */
  discard(): void {
    this.cancel();
    const identity = this.options.identity();
    if (identity) this.withStore((store) => store.clear(identity.formId, identity.interactionId));
  }

  /** Saves a pending autosave now (the page is going away). */
  readonly flush = (): void => {
    if (this.timer === undefined) return;
    this.cancel();
    const identity = this.options.identity();
    const answers = identity && this.options.snapshot();
    if (identity && answers)
      this.withStore((store) => store.save(identity.formId, identity.interactionId, answers));
  };

  hostConnected(): void {
    globalThis.addEventListener?.('pagehide', this.flush);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('pagehide', this.flush);
    this.flush();
  }

  /** Before each render: a new identity looks its draft up. */
  hostUpdate(): void {
    const identity = this.options.identity();
    const key = identity ? `${identity.formId}\u0000${identity.interactionId}` : '';
    if (key === this.identityKey) return;
    this.identityKey = key;
    if (identity) void this.restoreDraft(identity);
  }

  private async restoreDraft(identity: DraftIdentity): Promise<void> {
    const editsBefore = this.edits;
    this.restoringNow = true;
    try {
      const store = this.options.store.get() ?? (await this.options.store.load());
      const draft = await store.load(identity.formId, identity.interactionId);
      const now = this.options.identity();
      const same = now?.formId === identity.formId && now.interactionId === identity.interactionId;
      if (draft && same && this.edits === editsBefore) this.options.restore(draft.answers);
    } catch {
      // A draft that cannot be read is only a convenience lost.
    } finally {
      this.restoringNow = false;
      this.host.requestUpdate();
    }
  }

  /** Runs `task` on the store, at once when its code is loaded (a save at pagehide must not wait). */
  private withStore(task: (store: DraftStore) => Promise<unknown>): void {
    const store = this.options.store.get();
    (store ? task(store) : this.options.store.load().then(task)).catch(() => undefined);
  }
}
