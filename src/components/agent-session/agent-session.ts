import { CxAgentSession } from './agent-session.component.js';

export * from './agent-session.component.js';

CxAgentSession.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-agent-session': CxAgentSession;
  }
}
