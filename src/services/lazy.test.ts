import { expect } from '@open-wc/testing';
import { lazy } from './lazy.js';

describe('lazy', () => {
  it('loads once on first use and then gives the value synchronously', async () => {
    let calls = 0;
    const part = lazy(async () => {
      calls += 1;
      return { answer: 42 };
    });
    expect(part.get(), 'nothing before a load').to.equal(undefined);
    expect(calls, 'get() never loads').to.equal(0);
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(calls, 'concurrent loads share one').to.equal(1);
    expect(first).to.equal(second);
    expect(part.get()).to.equal(first);
    await part.load();
    expect(calls).to.equal(1);
  });

  it('rejects with the loader error and tries again on the next load', async () => {
    let calls = 0;
    const part = lazy(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'loaded';
    });
    let error: unknown;
    await part.load().catch((caught: unknown) => (error = caught));
    expect((error as Error).message).to.equal('offline');
    expect(part.get()).to.equal(undefined);
    expect(await part.load()).to.equal('loaded');
    expect(calls).to.equal(2);
    expect(part.get()).to.equal('loaded');
  });

  it('keeps a falsy value as loaded', async () => {
    let calls = 0;
    const part = lazy(async () => {
      calls += 1;
      return 0;
    });
    await part.load();
    await part.load();
    expect(part.get()).to.equal(0);
    expect(calls).to.equal(1);
  });
});
