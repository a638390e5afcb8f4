// Mounts <cx-agent-session> with all four widgets and removes it, `cycles` times; the test reads
// timers, listeners, storage and DOM counters before and after.
import '/bundle.js';

const script = await (await fetch('/script.json')).json();
const now = Date.now();
const iso = (ms) => new Date(ms).toISOString();

const customer = {
  profile: {
    id: 'CUST-LEAK',
    identity: { name: 'Leak Test', msisdn: '13800000000' },
    tier: 'gold',
    status: 'active',
  },
  bills: [
    { id: 'B-1', amountDue: { value: 199, unit: 'CNY' }, state: 'sent', dueDate: iso(now + 86_400_000) },
  ],
  interactions: Array.from({ length: 30 }, (_, index) => ({
    id: `I-${index}`,
    channel: 'hotline',
    date: iso(now - index * 3_600_000),
    summary: `Call ${index}`,
  })),
};

function mountOnce(index) {
  const session = document.createElement('cx-agent-session');
  session.setAttribute('customer-id', 'CUST-LEAK');
  session.setAttribute('interaction-id', `INT-LEAK-${index % 3}`);
  const panel = document.createElement('cx-customer-360');
  panel.data = customer;
  const countdown = document.createElement('cx-sla-countdown');
  countdown.setAttribute('ticket-id', 'TT-LEAK');
  countdown.targets = [{ id: 'respond', label: 'Respond', startedAt: iso(now - 60_000), duration: 'PT4H' }];
  const prompter = document.createElement('cx-script-prompter');
  prompter.script = script;
  const survey = document.createElement('cx-satisfaction-survey');
  survey.setAttribute('preset', 'csat');
  survey.setAttribute('endpoint', '/nowhere');
  session.append(panel, countdown, prompter, survey);
  return session;
}

/** Mounts, waits for every widget to render, removes; `cycles` times. */
async function cycle(cycles) {
  const stage = document.getElementById('stage');
  for (let index = 0; index < cycles; index++) {
    const session = mountOnce(index);
    stage.append(session);
    await Promise.all([...session.children].map((element) => element.updateComplete));
    session.remove();
  }
  // Let removals settle (microtasks, the next frame).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

window.leak = { cycle, ready: true };
