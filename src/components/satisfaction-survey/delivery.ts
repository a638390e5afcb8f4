// Page-wide survey services: one outbox per endpoint (started once, so whatever an earlier page left
// is replayed) and one draft store, shared by every survey on the page. The widget loads this part
// (IndexedDB, HTTP) when the page is idle after it rendered, or at the first submit.
import { SurveyDraftStore } from '../../services/survey-outbox/drafts.js';
import { SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import { Transport } from '../../services/transport.js';

const outboxes = new Map<string, SurveyOutbox>();
let defaultTransport: Transport | undefined;
let draftStore: SurveyDraftStore | undefined;

/** The outbox for `endpoint` (resolved by `transport`), created and started on first use. */
export function sharedOutbox(endpoint: string, transport?: Transport): SurveyOutbox {
  const client = transport ?? (defaultTransport ??= new Transport());
  const key = client.url(endpoint);
  let outbox = outboxes.get(key);
  if (!outbox) {
    outbox = new SurveyOutbox({ endpoint, transport: client });
    outboxes.set(key, outbox);
    outbox.start().catch((error: unknown) => console.error('[cx-desk] survey outbox:', error));
  }
  return outbox;
}

/** The page's draft store; drafts older than a week are dropped once per page, when it is first used. */
export function sharedDraftStore(): SurveyDraftStore {
  if (!draftStore) void (draftStore = new SurveyDraftStore()).prune();
  return draftStore;
}
