import { CxEvent } from './cx-event.js';

/** The session's identifiers after a change. */
export interface CxAgentSessionChangeDetail {
  customerId: string | undefined;
  interactionId: string | undefined;
  agentId: string | undefined;
  /** Names of the fields that changed. */
  changed: Array<'customerId' | 'interactionId' | 'agentId' | 'apiBase' | 'locale'>;
}

/** Fired by `cx-agent-session` after its customer, interaction, agent, API base or locale changed. */
export class CxAgentSessionChangeEvent extends CxEvent<CxAgentSessionChangeDetail> {
  static readonly eventName = 'cx-agent-session-change';
  constructor(detail: CxAgentSessionChangeDetail) {
    super(CxAgentSessionChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-agent-session-change': CxAgentSessionChangeEvent;
  }
}
