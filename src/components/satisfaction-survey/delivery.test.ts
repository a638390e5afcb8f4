// The page's survey services. Runs in its own page, so the shared draft store is created here.
import { expect } from '@open-wc/testing';
import { DRAFT_MAX_AGE_MS, SurveyDraftStore } from '../../services/survey-outbox/drafts.js';
import { until } from '../../../test/support/outbox.js';
import { uniqueName } from '../../../test/support/reference-backend.js';
import { sharedDraftStore } from './delivery.js';

describe('survey delivery part', () => {
  it("drops the page's drafts older than a week once, when the draft store is first used", async () => {
    const old = uniqueName('old-interaction');
    const recent = uniqueName('recent-interaction');
    const now = Date.now();
    const earlier = new SurveyDraftStore({ now: () => now - DRAFT_MAX_AGE_MS - 60_000 });
    await earlier.save('csat', old, { csat: 1 });
    await earlier.close();
    const store = sharedDraftStore();
    await store.save('csat', recent, { csat: 5 });
    await until(
      async () => (await new SurveyDraftStore().load('csat', old)) === undefined,
      'old draft dropped',
    );
    expect((await store.load('csat', recent))?.answers).to.deep.equal({ csat: 5 });
    expect(sharedDraftStore()).to.equal(store);
  });
});
