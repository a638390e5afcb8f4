import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MAX_MESSAGES, MESSAGE_LIFETIME_MS, announce, liveRegion } from './announcer.js';

const messages = (politeness: 'polite' | 'assertive'): string[] =>
  [...(liveRegion(politeness)?.children ?? [])].map((node) => node.textContent ?? '');

describe('announce', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
    liveRegion('polite')?.replaceChildren();
    liveRegion('assertive')?.replaceChildren();
  });
  afterEach(() => clock.restore());

  it('adds each message to one page-wide live region outside every shadow root, with its language', () => {
    announce('第 2 步：身份核验', 'polite', 'zh-CN');
    announce('Breached', 'assertive', 'en');
    const polite = liveRegion('polite')!;
    expect(polite.getRootNode()).to.equal(document);
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(liveRegion('assertive')!.getAttribute('role')).to.equal('alert');
    expect(messages('polite')).to.deep.equal(['第 2 步：身份核验']);
    expect((polite.firstElementChild as HTMLElement).lang).to.equal('zh-CN');
    expect(messages('assertive')).to.deep.equal(['Breached']);
  });

  it(`keeps only the latest ${MAX_MESSAGES} messages of a region, and drops each after its lifetime`, () => {
    for (let step = 1; step <= MAX_MESSAGES + 3; step += 1) announce(`Step ${step}`);
    expect(messages('polite')).to.deep.equal(
      Array.from({ length: MAX_MESSAGES }, (_, index) => `Step ${index + 4}`),
    );
    clock.tick(MESSAGE_LIFETIME_MS);
    expect(messages('polite')).to.deep.equal([]);
  });

  it('ignores blank messages', () => {
    announce('   ');
    expect(messages('polite')).to.deep.equal([]);
  });
});
