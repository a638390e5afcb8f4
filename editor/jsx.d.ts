import type {
  CxAgentSession,
  CxAgentSessionChangeEvent,
  CxErrorEvent,
  CxSlaCountdown,
  CxSlaWarningEvent,
  CxSlaBreachEvent,
  CxSlaStateChangeEvent,
} from "../dist/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type CxAgentSessionProps = {
  /** Customer being served; widgets inside load this customer. */
  "customer-id"?: CxAgentSession["customerId"];
  /** Current interaction (call, chat); keys progress that must survive a reload. */
  "interaction-id"?: CxAgentSession["interactionId"];
  /** Agent handling the interaction; keys per-agent preferences. */
  "agent-id"?: CxAgentSession["agentId"];
  /** Base URL of the host's API; TM Forum paths (`/tmf-api/…`) are appended to it. */
  "api-base"?: CxAgentSession["apiBase"];
  /** Server's current time (ISO 8601); corrects the agent's clock for every timer on the page. */
  "server-time"?: CxAgentSession["serverTime"];
  /** Adds headers (e.g. Authorization) to every request the widgets make. */
  authHeaders?: CxAgentSession["authHeaders"];
  /** Replaces any of the shared services (e.g. a host's own transport). */
  services?: CxAgentSession["services"];
  /** The session as currently provided to the widgets inside. */
  value?: CxAgentSession["value"];
  /** After the customer, interaction, agent, API base or locale changed. */
  "oncx-agent-session-change"?: (e: CxAgentSessionChangeEvent) => void;
  /** When `server-time` cannot be parsed. */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxSlaCountdownProps = {
  /** Keys the exact-once memory of warnings and breaches; default: the ticket's `id`. */
  "ticket-id"?: CxSlaCountdown["ticketId"];
  /** Default calendar of every target: a registered name (`cn`, `24x7`), a `BusinessCalendar` or a definition. */
  calendar?: CxSlaCountdown["calendar"];
  /** Warning thresholds: percentages of the target used and/or ISO durations left, e.g. `75%,90%` or `50%,PT15M`. */
  "warn-at"?: CxSlaCountdown["warnAt"];
  /** The server's current time (ISO 8601); corrects the agent's clock for every timer on the page. */
  "server-time"?: CxSlaCountdown["serverTime"];
  /** `seconds` or `minutes` (updates once a minute); default: seconds in `full`, minutes in `compact`. */
  precision?: CxSlaCountdown["precision"];
  /** `full` (default: every target with its bar) or `compact` (the most imminent target on one line,
for a table cell). No initial value on purpose: reflecting a default to the host attribute costs
every one of thousands of queue cells an attribute write at mount. */
  variant?: CxSlaCountdown["variant"];
  /** IANA time zone for showing deadlines; default: the agent's. */
  "time-zone"?: CxSlaCountdown["timeZone"];
  /** Also show wall-clock time to each deadline (the agent can toggle it in `full`). */
  "show-wall-clock"?: CxSlaCountdown["showWallClock"];
  /** The targets of the ticket (property only). Invalid ones show an inline error; the others keep working. */
  targets?: CxSlaCountdown["targets"];
  /** A TMF621 trouble ticket; mapped to a resolution target when `targets` is not set (property only). */
  ticket?: CxSlaCountdown["ticket"];
  /** The clock to use (default: the page's shared clock); for tests and hosts with their own ticker. */
  clock?: CxSlaCountdown["clock"];
  /** A target crossed a warning threshold (once per target and threshold, across reloads). */
  "oncx-sla-warning"?: (e: CxSlaWarningEvent) => void;
  /** A target's deadline passed (once per target, across reloads; on wake when the tab slept). */
  "oncx-sla-breach"?: (e: CxSlaBreachEvent) => void;
  /** A target changed state (active, warning, paused, breached, met, cancelled). */
  "oncx-sla-state-change"?: (e: CxSlaStateChangeEvent) => void;
  /** A target or setting is invalid (the other targets keep working), or a calendar lacks holiday data for a year it spans (severity warning). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CustomElements = {
  /**
   * Invisible shell around an interaction's widgets: provides the customer, interaction,
   * agent, locale and shared services to every cx-desk widget inside it.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-agent-session-change** - After the customer, interaction, agent, API base or locale changed.
   * - **cx-error** - When `server-time` cannot be parsed.
   *
   * ### **Slots:**
   *  - _default_ - The widgets (and any host markup) of this interaction.
   */
  "cx-agent-session": Partial<CxAgentSessionProps & BaseProps & BaseEvents>;

  /**
   * Time left (or overdue) on each SLA target of a ticket, in business time with working-day
   * calendars, pauses and warning thresholds; most imminent first.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-sla-warning** - A target crossed a warning threshold (once per target and threshold, across reloads).
   * - **cx-sla-breach** - A target's deadline passed (once per target, across reloads; on wake when the tab slept).
   * - **cx-sla-state-change** - A target changed state (active, warning, paused, breached, met, cancelled).
   * - **cx-error** - A target or setting is invalid (the other targets keep working), or a calendar lacks holiday data for a year it spans (severity warning).
   *
   * ### **CSS Properties:**
   *  - **--cx-sla-countdown-ok-color** - Bar and text colour while on track. _(default: undefined)_
   * - **--cx-sla-countdown-warning-color** - Colour after the first threshold. _(default: undefined)_
   * - **--cx-sla-countdown-critical-color** - Colour after the second threshold. _(default: undefined)_
   * - **--cx-sla-countdown-breach-color** - Colour once overdue. _(default: undefined)_
   * - **--cx-sla-countdown-muted-color** - Colour of met and cancelled targets. _(default: undefined)_
   * - **--cx-sla-countdown-track-color** - Background of the progress bar. _(default: undefined)_
   * - **--cx-sla-countdown-compact-width** - Minimum width of the compact variant (default 12ch), so a column of countdowns lines up. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **list** - The list of targets.
   * - **target** - One target (also `target-{state}`).
   * - **label** - A target's label and kind.
   * - **remaining** - The remaining or overdue time.
   * - **bar** - The progress bar.
   * - **due** - The deadline line.
   * - **badge** - The state badge.
   * - **error** - An inline error.
   * - **controls** - The seconds and wall-clock switches.
   */
  "cx-sla-countdown": Partial<CxSlaCountdownProps & BaseProps & BaseEvents>;
};
