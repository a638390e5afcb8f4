// The cx-desk widgets in a React 19 app, through the typed wrappers of `cx-desk/react` (generated
// with @lit/react). Every prop is set as a *property* of the element, so arrays and objects go in as
// they are, and each `onCx…` prop is a listener of the `cx-…` event, typed with the event's class.
// (React 19 also handles the bare tags: `<cx-sla-countdown targets={…} oncx-sla-warning={…}>`;
// the wrappers add the types and camelCase event props.)
import { useMemo, useState } from 'react';
import type { SlaTargetInput } from 'cx-desk';
import { AgentSession, Customer360, SatisfactionSurvey, ScriptPrompter, SlaCountdown } from 'cx-desk/react';

const CUSTOMERS = ['CUST-0001', 'CUST-0002', 'CUST-0003'];
const OPENED_AT = new Date(Date.now() - 20 * 60_000).toISOString();
const SCRIPT_VARIABLES = { operatorName: 'TeleCare' };

interface LoggedEvent {
  id: number;
  type: string;
  summary: string;
}

export function App() {
  const [customerId, setCustomerId] = useState(CUSTOMERS[0]);
  const [respondedAt, setRespondedAt] = useState<string | null>(null);
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const targets = useMemo<SlaTargetInput[]>(
    () => [
      { id: 'respond', label: 'Respond', startedAt: OPENED_AT, duration: 'PT1H', metAt: respondedAt },
      { id: 'resolve', label: 'Resolve', startedAt: OPENED_AT, duration: 'PT24H' },
    ],
    [respondedAt],
  );
  const log = (type: string, summary: string) =>
    setEvents((previous) => [{ id: (previous[0]?.id ?? 0) + 1, type, summary }, ...previous]);

  return (
    <main className="host">
      <header className="toolbar">
        <h1>cx-desk in React 19</h1>
        <label>
          Customer{' '}
          <select id="customer" value={customerId} onChange={(event) => setCustomerId(event.target.value)}>
            {CUSTOMERS.map((id) => (
              <option key={id}>{id}</option>
            ))}
          </select>
        </label>
        <button
          id="respond"
          type="button"
          disabled={respondedAt !== null}
          onClick={() => setRespondedAt(new Date().toISOString())}
        >
          Mark responded
        </button>
      </header>

      <AgentSession
        agentId="agent-007"
        customerId={customerId}
        interactionId={`INT-REACT-${customerId}`}
        apiBase=""
        onCxError={({ type, detail }) => log(type, `${detail.code}: ${detail.message}`)}
      >
        <div className="widgets">
          <Customer360 onCxCustomerLoad={({ type, detail }) => log(type, detail.customerId)} />
          <SlaCountdown
            ticketId="TT-REACT-1"
            targets={targets}
            onCxSlaStateChange={({ type, detail }) =>
              log(type, `${detail.targetId}: ${detail.from} → ${detail.to}`)
            }
          />
          <ScriptPrompter
            src="/dist/scripts/greeting-identity.en.json"
            variables={SCRIPT_VARIABLES}
            onCxScriptStepChange={({ type, detail }) => log(type, `${detail.from ?? 'start'} → ${detail.to}`)}
          />
          <SatisfactionSurvey
            preset="post-call"
            mode="agent"
            endpoint="/api/survey-responses"
            onCxSurveySubmitted={({ type, detail }) => log(type, `${detail.status} ${detail.responseId}`)}
          />
        </div>
      </AgentSession>

      <section aria-labelledby="event-log-title">
        <h2 id="event-log-title">Widget events</h2>
        <ol id="event-log">
          {events.map((entry) => (
            <li key={entry.id} data-type={entry.type}>
              <code>{entry.type}</code> {entry.summary}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
