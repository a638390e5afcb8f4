import { createContext } from '@lit/context';
import type { Clock } from '../services/clock.js';
import type { Transport } from '../services/transport.js';

/** Services a session shares with every widget inside it. A host may replace any of them. */
export interface AgentSessionServices {
  /** HTTP client bound to the session's `api-base`. */
  transport: Transport;
  /** The page's shared ticker. */
  clock: Clock;
}

/** The current interaction, as provided by `cx-agent-session`. */
export interface AgentSession {
  readonly customerId: string | undefined;
  readonly interactionId: string | undefined;
  readonly agentId: string | undefined;
  /** Base URL of the host's API (TM Forum paths are appended). */
  readonly apiBase: string;
  /** BCP 47 language of the session, e.g. `zh-CN`. */
  readonly locale: string;
  readonly services: AgentSessionServices;
}

// A string key (not a Symbol) so two copies of the same cx-desk version on one page interoperate.
/** Context key for the `AgentSession`; consume it with `@consume({ context: agentSessionContext, subscribe: true })`. */
export const agentSessionContext = createContext<AgentSession | undefined>('cx-desk/agent-session@1');
