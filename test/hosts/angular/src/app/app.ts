// The cx-desk widgets in an Angular standalone component. CUSTOM_ELEMENTS_SCHEMA lets the template
// use the `cx-` elements: `[prop]` bindings set element properties (arrays and objects as they are),
// and `(cx-…)` bindings listen to the widgets' events, typed through GlobalEventHandlersEventMap.
// The layout is in the global styles.css (a linked file): without component styles Angular injects
// no <style> element, so the app runs under `style-src 'self'` without a nonce.
import { CUSTOM_ELEMENTS_SCHEMA, Component, computed, signal } from '@angular/core';
import type {
  CxCustomerLoadEvent,
  CxErrorEvent,
  CxScriptStepChangeEvent,
  CxSlaStateChangeEvent,
  CxSurveySubmittedEvent,
  SlaTargetInput,
} from 'cx-desk';

const OPENED_AT = new Date(Date.now() - 20 * 60_000).toISOString();

interface LoggedEvent {
  id: number;
  type: string;
  summary: string;
}

@Component({
  selector: 'app-root',
  template: `
    <main class="host">
      <header class="toolbar">
        <h1>cx-desk in Angular</h1>
        <label>
          Customer
          <select #customer id="customer" [value]="customerId()" (change)="customerId.set(customer.value)">
            @for (id of customers; track id) {
              <option [value]="id">{{ id }}</option>
            }
          </select>
        </label>
        <button id="respond" type="button" [disabled]="respondedAt() !== null" (click)="markResponded()">
          Mark responded
        </button>
      </header>

      <cx-agent-session
        agent-id="agent-007"
        [customerId]="customerId()"
        [interactionId]="'INT-NG-' + customerId()"
        api-base=""
        (cx-error)="onError($event)"
      >
        <div class="widgets">
          <cx-customer-360 (cx-customer-load)="onCustomerLoad($event)"></cx-customer-360>
          <cx-sla-countdown
            ticket-id="TT-NG-1"
            [targets]="targets()"
            (cx-sla-state-change)="onSlaStateChange($event)"
          ></cx-sla-countdown>
          <cx-script-prompter
            src="/dist/scripts/greeting-identity.en.json"
            [variables]="scriptVariables"
            (cx-script-step-change)="onScriptStep($event)"
          ></cx-script-prompter>
          <cx-satisfaction-survey
            preset="post-call"
            mode="agent"
            endpoint="/api/survey-responses"
            (cx-survey-submitted)="onSurveySubmitted($event)"
          ></cx-satisfaction-survey>
        </div>
      </cx-agent-session>

      <section aria-labelledby="event-log-title">
        <h2 id="event-log-title">Widget events</h2>
        <ol id="event-log">
          @for (entry of events(); track entry.id) {
            <li [attr.data-type]="entry.type">
              <code>{{ entry.type }}</code> {{ entry.summary }}
            </li>
          }
        </ol>
      </section>
    </main>
  `,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class App {
  protected readonly customers = ['CUST-0001', 'CUST-0002', 'CUST-0003'];
  protected readonly customerId = signal(this.customers[0]);
  protected readonly respondedAt = signal<string | null>(null);
  protected readonly events = signal<LoggedEvent[]>([]);
  protected readonly scriptVariables = { operatorName: 'TeleCare' };
  protected readonly targets = computed<SlaTargetInput[]>(() => [
    { id: 'respond', label: 'Respond', startedAt: OPENED_AT, duration: 'PT1H', metAt: this.respondedAt() },
    { id: 'resolve', label: 'Resolve', startedAt: OPENED_AT, duration: 'PT24H' },
  ]);

  protected markResponded(): void {
    this.respondedAt.set(new Date().toISOString());
  }

  protected onCustomerLoad({ type, detail }: CxCustomerLoadEvent): void {
    this.log(type, detail.customerId);
  }

  protected onSlaStateChange({ type, detail }: CxSlaStateChangeEvent): void {
    this.log(type, `${detail.targetId}: ${detail.from} → ${detail.to}`);
  }

  protected onScriptStep({ type, detail }: CxScriptStepChangeEvent): void {
    this.log(type, `${detail.from ?? 'start'} → ${detail.to}`);
  }

  protected onSurveySubmitted({ type, detail }: CxSurveySubmittedEvent): void {
    this.log(type, `${detail.status} ${detail.responseId}`);
  }

  protected onError({ type, detail }: CxErrorEvent): void {
    this.log(type, `${detail.code}: ${detail.message}`);
  }

  private log(type: string, summary: string): void {
    this.events.update((events) => [{ id: (events[0]?.id ?? 0) + 1, type, summary }, ...events]);
  }
}
