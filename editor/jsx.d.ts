import type {
  CxAgentSession,
  CxAgentSessionChangeEvent,
  CxErrorEvent,
  CxCustomer360,
  CxCustomerLoadEvent,
  CxCustomerLoadErrorEvent,
  CxCustomerPiiRevealEvent,
  CxCustomerActionEvent,
  CxCustomerOfferDecisionEvent,
  CxInteractionFeed,
  CxInteractionFeedNearEndEvent,
  CxMaskedValue,
  CxMaskedValueToggleEvent,
  CxRatingScale,
  Event,
  CxSatisfactionSurvey,
  CxSurveySubmitEvent,
  CxSurveySubmittedEvent,
  CxSurveyErrorEvent,
  CxScriptPrompter,
  CxScriptStepChangeEvent,
  CxScriptActionEvent,
  CxScriptCompleteEvent,
  CxScriptPhraseWarningEvent,
  CxSlaCountdown,
  CxSlaWarningEvent,
  CxSlaBreachEvent,
  CxSlaStateChangeEvent,
  CxTabSet,
  CxTabSetSelectEvent,
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
  /** Server's current time (ISO 8601 with an offset); corrects the agent's clock for every timer on the
page. A value the clock refuses (not ISO 8601, more than a day off) leaves it as it was. */
  "server-time"?: CxAgentSession["serverTime"];
  /** Adds headers (e.g. Authorization) to every request the widgets make. */
  authHeaders?: CxAgentSession["authHeaders"];
  /** Replaces any of the shared services (e.g. a host's own transport). */
  services?: CxAgentSession["services"];
  /** The session as currently provided to the widgets inside. */
  value?: CxAgentSession["value"];
  /** After the customer, interaction, agent, API base or locale changed. */
  "oncx-agent-session-change"?: (e: CxAgentSessionChangeEvent) => void;
  /** A property has a value it cannot use (the wrong type, or a `server-time` the shared clock refuses: not ISO 8601, or more than a day off); the value is ignored (the clock keeps its time) and reported once. */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxCustomer360Props = {
  /** The customer to load (pulled); default: the agent session's customer. */
  "customer-id"?: CxCustomer360["customerId"];
  /** Base URL of the TM Forum APIs (`/tmf-api/…` is appended); default: the agent session's transport. */
  "api-base"?: CxCustomer360["apiBase"];
  /** TM Forum API version to call, `v4` (default) or `v5`; both shapes are read either way. */
  "tmf-version"?: CxCustomer360["tmfVersion"];
  /** Keys the remembered tab; default: the agent session's agent. */
  "agent-id"?: CxCustomer360["agentId"];
  /** `tabs`, `disclosures`, or `auto` (default: disclosures below 520 px wide). */
  layout?: CxCustomer360["layout"];
  /** IANA time zone for dates; default: the agent's. */
  "time-zone"?: CxCustomer360["timeZone"];
  /** The customer's name as the page already knows it (its customer record, the call's IVR): shown in
the header while the profile loads, and if it cannot be loaded. */
  "customer-name"?: CxCustomer360["customerName"];
  /** A Customer360 pushed by the host (property only); read leniently: bad fields are marked, never thrown. */
  data?: CxCustomer360["data"];
  /** A host's own data source (property only), used instead of the TM Forum one. */
  dataSource?: CxCustomer360["dataSource"];
  /** Overrides of the alert thresholds (property only), e.g. `{ portOutScore: 0.5 }`. */
  alertRules?: CxCustomer360["alertRules"];
  /** More personal fields (property only), `view-model path → kind` (`phone`, `idNumber`, `email`,
`account`, `address`), added to the documented default set `DEFAULT_PII_FIELDS`, e.g.
`{ 'tickets[].extensions.x-callback': 'phone', 'offers[].description': 'address' }`. A personal
field is shown masked until an audited reveal; personal `extensions` fields are listed on their
card. Every other text is searched for phone numbers, ID numbers, e-mail and account numbers.
An unusable value is reported with `cx-error`; its usable entries still apply. */
  piiFields?: CxCustomer360["piiFields"];
  /** The customer shown (sections not loaded yet are empty). */
  value?: CxCustomer360["value"];
  /** How many requests of the pulled data are in flight (0 when pushed). */
  pendingRequests?: CxCustomer360["pendingRequests"];
  /** Sections finished loading (pulled, when no request is left) or were set (pushed). */
  "oncx-customer-load"?: (e: CxCustomerLoadEvent) => void;
  /** A section failed to load (address, status, attempts in the detail; `retryInMs` when it is tried again on its own); it shows plain words and a Retry button, the rest keeps working. */
  "oncx-customer-load-error"?: (e: CxCustomerLoadErrorEvent) => void;
  /** The agent asked to see a masked value (its kind, where, its masked form); cancelable (`preventDefault()` denies). */
  "oncx-customer-pii-reveal"?: (e: CxCustomerPiiRevealEvent) => void;
  /** The agent chose call, SMS, e-mail or new ticket; the host carries it out (full values from `detail.rawPayload()`). */
  "oncx-customer-action"?: (e: CxCustomerActionEvent) => void;
  /** The agent recorded an offer as accepted or rejected (with a reason). */
  "oncx-customer-offer-decision"?: (e: CxCustomerOfferDecisionEvent) => void;
  /** A field of the data is invalid (`invalid-data`, shown marked, the rest renders), a section could not be loaded (`load-failed`), or a property / attribute is unusable (`invalid-property`, naming it and what it accepts; the default is used). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxInteractionFeedProps = {
  /** The accessible name of the feed, e.g. "Interaction history". */
  label?: CxInteractionFeed["label"];
  /** What the items are a list of, e.g. a customer and a filter: another value starts a new feed
(scrolled to the top, a new virtualizer); the same value with more items is the next page. */
  "list-key"?: CxInteractionFeed["listKey"];
  /** True while the host is loading more (the feed is `aria-busy`). */
  busy?: CxInteractionFeed["busy"];
  /** The interactions loaded so far and how many there are in all (property only). */
  history?: CxInteractionFeed["history"];
  /** Renders the inside of each article (property only); default: its date and summary. */
  renderItem?: CxInteractionFeed["renderItem"];
  /** The agent came within ten articles of the end of what is loaded, and there is more (`total` is more, or not known): load the next page and set `history` again with it added. */
  "oncx-interaction-feed-near-end"?: (e: CxInteractionFeedNearEndEvent) => void;
  /** A property has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxMaskedValueProps = {
  /** The kind of value, which decides how it is masked: `phone`, `idNumber`, `email`, `account` or `address`. */
  kind?: CxMaskedValue["kind"];
  /** What the value is called, e.g. "Mobile"; default: the name of its kind. */
  label?: CxMaskedValue["label"];
  /** `inline` (default): a "Show" button named by the label; `full`: "Show Mobile"; `none`: no button. */
  button?: CxMaskedValue["button"];
  /** Shows the value in full. */
  revealed?: CxMaskedValue["revealed"];
  /** Says that a reveal was refused (until the value is revealed or this is cleared). */
  denied?: CxMaskedValue["denied"];
  /** Where the value is in the data of the widget that shows it, passed back in the event. */
  path?: CxMaskedValue["path"];
  /** CSS part names of the button in the widget that holds the value, e.g. `pii-toggle`. */
  "toggle-part"?: CxMaskedValue["togglePart"];
  /** The value itself (property only: it never becomes an attribute, so it is never in the page's markup). */
  raw?: CxMaskedValue["raw"];
  /** A masked form given with the data (property only); default: the value masked by its kind. */
  masked?: CxMaskedValue["masked"];
  /** The words of the widget that holds the value (property only); default: the element's own. */
  words?: CxMaskedValue["words"];
  /** The agent pressed Show or Hide (kind, masked form, label and path in the detail, never the value); cancelable: `preventDefault()` leaves the value as it is, for a host that decides (it then sets `revealed` or `denied`). */
  "oncx-masked-value-toggle"?: (e: CxMaskedValueToggleEvent) => void;
  /** A property or attribute has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used). Its children: `span.pii-value` (the value; `data-field` names its kind), `button.pii-toggle` (with the part names of `toggle-part`) and `span.denied` (the refusal). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxRatingScaleProps = {
  /** How the options are drawn: `stars`, `faces`, `numbers` (default) or `words`. */
  display?: CxRatingScale["display"];
  /** The chosen option's value; the attribute is the value a form reset goes back to. */
  value?: CxRatingScale["value"];
  /** Name of the form field whose value is the chosen option's value. */
  name?: CxRatingScale["name"];
  /** Words under the first option (e.g. "Very dissatisfied"), also added to its name. */
  "min-label"?: CxRatingScale["minLabel"];
  /** Words under the last option (e.g. "Very satisfied"), also added to its name. */
  "max-label"?: CxRatingScale["maxLabel"];
  /** An option must be chosen for the form to be valid. */
  required?: CxRatingScale["required"];
  /** Disables choosing (the options stay visible). */
  disabled?: CxRatingScale["disabled"];
  /** The options in order (property only; default: 1 to 5). */
  options?: CxRatingScale["options"];
  /** The form this element belongs to. */
  form?: CxRatingScale["form"];
  /** Its validity (a required answer missing, a value out of range…). */
  validity?: CxRatingScale["validity"];
  /** The message of the first problem, in the user's language. */
  validationMessage?: CxRatingScale["validationMessage"];
  /** Whether it takes part in form validation. */
  willValidate?: CxRatingScale["willValidate"];
  /** The type of form control, for FormData consumers: the element's tag. */
  type?: CxRatingScale["type"];
  /** The user chose an option. */
  oninput?: (e: CustomEvent<Event>) => void;
  /** The user chose an option (also when choosing the one already chosen). */
  onchange?: (e: CustomEvent<Event>) => void;
  /** A property got a value it does not take (named in `path`; the default is used instead). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxSatisfactionSurveyProps = {
  /** A built-in survey: `csat`, `nps`, `ces`, `fcr`, `post-call` or `tcsi`, in the nearest `lang`. */
  preset?: CxSatisfactionSurvey["preset"];
  /** `customer` (the customer answers) or `agent` (an agent reads the questions and records the answers). */
  mode?: CxSatisfactionSurvey["mode"];
  /** Interaction the response belongs to; keys the autosaved draft (default: from `cx-agent-session`). */
  "interaction-id"?: CxSatisfactionSurvey["interactionId"];
  /** Customer who answers (default: from `cx-agent-session`). */
  "customer-id"?: CxSatisfactionSurvey["customerId"];
  /** Agent recording or inviting the response (default: from `cx-agent-session`). */
  "agent-id"?: CxSatisfactionSurvey["agentId"];
  /** URL the responses are POSTed to, resolved against the session's API base. */
  endpoint?: CxSatisfactionSurvey["endpoint"];
  /** Name of the form field whose value is the answers as JSON. */
  name?: CxSatisfactionSurvey["name"];
  /** Disables every answer and the buttons. */
  disabled?: CxSatisfactionSurvey["disabled"];
  /** Hides the built-in submit button (when a host form or script submits). */
  "hide-submit"?: CxSatisfactionSurvey["hideSubmit"];
  /** The survey definition (property only); validated, wins over `preset`. */
  survey?: CxSatisfactionSurvey["survey"];
  /** A survey outbox to use instead of the page's shared one for `endpoint` (property only; the host starts it). */
  outbox?: CxSatisfactionSurvey["outbox"];
  /** The answers by question id (a copy); setting it replaces them. */
  answers?: CxSatisfactionSurvey["answers"];
  /** The form value: the visible answers as JSON. */
  value?: CxSatisfactionSurvey["value"];
  /** The validated survey being shown, or undefined (empty or invalid). */
  definitionShown?: CxSatisfactionSurvey["definitionShown"];
  /** Progress of the last response: `idle`, `saving` (at a first submit, while the outbox's code is
still being fetched), `sending` (handed to the outbox, which stores it before it POSTs), `sent`,
`queued-offline`, `retrying`, `failed` (this device could not store it; the answers stay),
`declined`. */
  status?: CxSatisfactionSurvey["status"];
  /** Id of the last submitted response. */
  responseId?: CxSatisfactionSurvey["responseId"];
  /** The form this element belongs to. */
  form?: CxSatisfactionSurvey["form"];
  /** Its validity (a required answer missing, a value out of range…). */
  validity?: CxSatisfactionSurvey["validity"];
  /** The message of the first problem, in the user's language. */
  validationMessage?: CxSatisfactionSurvey["validationMessage"];
  /** Whether it takes part in form validation. */
  willValidate?: CxSatisfactionSurvey["willValidate"];
  /** The type of form control, for FormData consumers: the element's tag. */
  type?: CxSatisfactionSurvey["type"];
  /** An answer changed (also each keystroke in a comment). */
  oninput?: (e: CustomEvent<Event>) => void;
  /** An answer was committed (a rating chosen, a box ticked, a comment left). */
  onchange?: (e: CustomEvent<Event>) => void;
  /** Before a response is saved and sent; cancelable (the host then sends it itself). */
  "oncx-survey-submit"?: (e: CxSurveySubmitEvent) => void;
  /** The response is safe: `queued` once stored on this device but not yet acknowledged, `sent` when the server acknowledged it. */
  "oncx-survey-submitted"?: (e: CxSurveySubmittedEvent) => void;
  /** A delivery attempt failed; the response stays in the outbox and is retried (`willRetry`). */
  "oncx-survey-error"?: (e: CxSurveyErrorEvent) => void;
  /** The survey definition, preset or mode is invalid, or a property got a value it does not take (named in `path`; the default is used instead). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxScriptPrompterProps = {
  /** URL of a script JSON, fetched with the session's transport (relative to its `api-base`) or fetch. */
  src?: CxScriptPrompter["src"];
  /** Interaction whose progress is kept (and resumed after a reload or transfer); default: the session's. */
  "interaction-id"?: CxScriptPrompter["interactionId"];
  /** Extra `{ phrase, suggestion }` pairs (JSON in the attribute), added to the defaults of the script's language. */
  "prohibited-phrases"?: CxScriptPrompter["prohibitedPhrases"];
  /** The agent's reply being typed in the host's chat box; prohibited phrases in it are coached. */
  draft?: CxScriptPrompter["draft"];
  /** The script to run, as an object (property only); takes precedence over `src`. */
  script?: CxScriptPrompter["script"];
  /** Host values for `{{vars.*}}` placeholders and conditions (property only). */
  variables?: CxScriptPrompter["variables"];
  /** Customer data for `{{customer.*}}` (property only); default: the customer context of `cx-customer-360`. */
  customer?: CxScriptPrompter["customer"];
  /** Agent data for `{{agent.*}}`, e.g. `{ name }` (property only); `id` defaults to the session's agent. */
  agent?: CxScriptPrompter["agent"];
  /** More personal fields of the script's data, `path → kind` (`phone`, `idNumber`, `email`, `account`,
`address`), e.g. `{ 'answers.callback-number': 'phone' }` (property only). Added to the defaults
(`SCRIPT_PII_FIELDS`: `customer.msisdn`, `customer.idNumber`, `customer.email`, `customer.address`…).
Personal values are masked until the agent reveals them (`cx-customer-pii-reveal`, cancelable). */
  piiFields?: CxScriptPrompter["piiFields"];
  /** The id of the current step (undefined when no script runs). */
  currentStepId?: CxScriptPrompter["currentStepId"];
  /** What is wrong with the script (empty when it is valid or not loaded). */
  scriptIssues?: CxScriptPrompter["scriptIssues"];
  /** The completion record once the script is complete; personal values in it are masked. */
  completionRecord?: CxScriptPrompter["completionRecord"];
  /** The script started, resumed or moved to another step (next, back, skip). */
  "oncx-script-step-change"?: (e: CxScriptStepChangeEvent) => void;
  /** The agent ran an action step; the host performs it with the full values of `detail.rawParams()` (`params` are masked, for logs) and may call `completeAction(result)`. */
  "oncx-script-action"?: (e: CxScriptActionEvent) => void;
  /** The script finished with every required step and gate done; carries the audit record. */
  "oncx-script-complete"?: (e: CxScriptCompleteEvent) => void;
  /** The draft reply contains a prohibited phrase (once per new finding). */
  "oncx-script-phrase-warning"?: (e: CxScriptPhraseWarningEvent) => void;
  /** The agent asked to see a masked personal value the script filled in; cancelable (`preventDefault()` denies). */
  "oncx-customer-pii-reveal"?: (e: CxCustomerPiiRevealEvent) => void;
  /** The script is invalid (code `invalid-data`), could not be loaded (`load-failed`), or a property is unusable (`invalid-property`). */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxSlaCountdownProps = {
  /** The host could not load the ticket or its SLA: shows "SLA unavailable" (never "no targets") and
fires no milestones until it is cleared. Wins over `targets` and `ticket`. */
  unavailable?: CxSlaCountdown["unavailable"];
  /** Keys the exact-once memory of warnings and breaches; default: the ticket's `id`. */
  "ticket-id"?: CxSlaCountdown["ticketId"];
  /** Default calendar of every target: a registered name (`cn`, `24x7`), a `BusinessCalendar` or a definition; an unknown one falls back to `24x7`. */
  calendar?: CxSlaCountdown["calendar"];
  /** Warning thresholds: percentages of the target used and/or ISO durations left, e.g. `75%,90%` or `50%,PT15M`. */
  "warn-at"?: CxSlaCountdown["warnAt"];
  /** The server's current time (ISO 8601 with an offset); corrects the clock of every timer on the
page. A value the clock refuses (not ISO 8601, more than a day off) leaves it as it was. */
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
  /** A TMF621 trouble ticket; mapped to a resolution target when `targets` is not set (property only).
A value that is not a ticket (a string, a list, a TMF error body) shows "SLA unavailable". */
  ticket?: CxSlaCountdown["ticket"];
  /** The clock to use (default: the page's shared clock); for tests and hosts with their own ticker. */
  clock?: CxSlaCountdown["clock"];
  /** A target crossed a warning threshold (once per target and threshold, across reloads). */
  "oncx-sla-warning"?: (e: CxSlaWarningEvent) => void;
  /** A target's deadline passed (once per target, across reloads; on wake when the tab slept). */
  "oncx-sla-breach"?: (e: CxSlaBreachEvent) => void;
  /** A target changed state (active, warning, paused, breached, met, cancelled). */
  "oncx-sla-state-change"?: (e: CxSlaStateChangeEvent) => void;
  /** A target or setting is invalid (the other targets keep working; a setting falls back to its default, reported once per value), `server-time` was refused (the page's clock is left as it was), `ticket` is not a ticket, or a calendar lacks holiday data for a year it spans (severity warning). Personal data in messages is masked. */
  "oncx-error"?: (e: CxErrorEvent) => void;
};

export type CxTabSetProps = {
  /** The value of the selected tab; default (and when no tab has it): the first tab. */
  selected?: CxTabSet["selected"];

  /** The agent selected another tab (click, arrow keys, Home or End); `detail.value` is its value. `selected` has changed already. */
  "oncx-tab-set-select"?: (e: CxTabSetSelectEvent) => void;
  /** A property or attribute has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used). */
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
   * - **cx-error** - A property has a value it cannot use (the wrong type, or a `server-time` the shared clock refuses: not ISO 8601, or more than a day off); the value is ignored (the clock keeps its time) and reported once.
   *
   * ### **Slots:**
   *  - _default_ - The widgets (and any host markup) of this interaction.
   */
  "cx-agent-session": Partial<CxAgentSessionProps & BaseProps & BaseEvents>;

  /**
   * The subscriber at a glance: identity (masked until revealed), tier, lifecycle, tenure, status,
   * alert badges that say why, and tabs for plan, usage, bills, open tickets with their SLA, interaction
   * history, satisfaction and next best offers. Data is pushed (`data`) or pulled from the TM Forum APIs.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-customer-load** - Sections finished loading (pulled, when no request is left) or were set (pushed).
   * - **cx-customer-load-error** - A section failed to load (address, status, attempts in the detail; `retryInMs` when it is tried again on its own); it shows plain words and a Retry button, the rest keeps working.
   * - **cx-customer-pii-reveal** - The agent asked to see a masked value (its kind, where, its masked form); cancelable (`preventDefault()` denies).
   * - **cx-customer-action** - The agent chose call, SMS, e-mail or new ticket; the host carries it out (full values from `detail.rawPayload()`).
   * - **cx-customer-offer-decision** - The agent recorded an offer as accepted or rejected (with a reason).
   * - **cx-error** - A field of the data is invalid (`invalid-data`, shown marked, the rest renders), a section could not be loaded (`load-failed`), or a property / attribute is unusable (`invalid-property`, naming it and what it accepts; the default is used).
   *
   * ### **Methods:**
   *  - **whenLoaded(): _Promise<void>_** - Resolves when no request of the pulled data is in flight and the widget has rendered.
   * - **retry(section: _CustomerSection_): _void_** - Loads a failed (or stale) section again; pulled data only.
   *
   * ### **Slots:**
   *  - _default_ - Companion widgets (script prompter, survey) that consume the customer through `customerContext`.
   *
   * ### **CSS Properties:**
   *  - **--cx-customer-360-accent-color** - Accent of the selected tab and the meters. _(default: undefined)_
   * - **--cx-customer-360-feed-height** - Height of the interaction history (default 420px; 320px in narrow layouts). _(default: undefined)_
   * - **--cx-customer-360-meter-track-color** - Background of the usage meters. _(default: undefined)_
   * - **--cx-customer-360-invalid-color** - Colour of the marks on invalid fields. _(default: undefined)_
   * - **--cx-customer-360-state-loading-color** - Icon and edge of a loading section (default: the info colour). _(default: undefined)_
   * - **--cx-customer-360-state-slow-color** - …of a section still loading after 2 s (default: the warning colour). _(default: undefined)_
   * - **--cx-customer-360-state-retrying-color** - …of a failed section being tried again (default: between warning and danger). _(default: undefined)_
   * - **--cx-customer-360-state-stale-color** - …of saved data that could not be updated (default: between info and danger). _(default: undefined)_
   * - **--cx-customer-360-state-error-color** - …of a failed section (default: the danger colour). _(default: undefined)_
   * - **--cx-customer-360-state-empty-color** - …of an empty section (default: the muted text colour). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole panel.
   * - **header** - Identity, facts, alerts and actions.
   * - **name** - The customer's name.
   * - **facts** - The list of identity facts.
   * - **tier** - The tier badge.
   * - **alerts** - The list of alert badges.
   * - **alert** - One alert badge (also `alert-critical`, `alert-warning`, `alert-info`).
   * - **actions** - The action buttons.
   * - **tabs** - The tab list (a `<cx-tab-set>`).
   * - **tab** - One tab (also `tab-selected`).
   * - **panel** - A tab panel or disclosure body.
   * - **skeleton** - A section's loading state (also still loading) with its placeholder.
   * - **error** - A section's failure (also while it is tried again) with its Retry button.
   * - **stale** - The note above saved data that is still being updated or could not be.
   * - **empty** - A section's empty state.
   * - **state-icon** - The icon of a section's state.
   * - **error-detail** - The "Technical details" disclosure of a failure (address, status, attempts).
   * - **meter** - A usage meter.
   * - **feed** - The interaction history feed (a `<cx-interaction-feed>`).
   * - **interaction** - One interaction article.
   * - **offer** - One offer.
   * - **invalid** - The mark on an invalid field.
   */
  "cx-customer-360": Partial<CxCustomer360Props & BaseProps & BaseEvents>;

  /**
   * A customer's interaction history as an APG feed: one focusable article per contact,
   * virtualized (only what is on screen is in the DOM, for histories of tens of thousands), with the
   * feed keys (Page Down / Page Up, Home / End, Ctrl+Home / Ctrl+End) and focus kept inside when the
   * virtualizer recycles the focused article. The feed and its articles are the element's own children
   * (light DOM, as in `<lit-virtualizer>`), so the widget holding it styles them and names their parts.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-interaction-feed-near-end** - The agent came within ten articles of the end of what is loaded, and there is more (`total` is more, or not known): load the next page and set `history` again with it added.
   * - **cx-error** - A property has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used).
   *
   * ### **Methods:**
   *  - **focusArticle(index: _number_): _Promise<void>_** - Focuses the article at `index` (counted from 0), scrolling the feed to render it first.
   *
   * ### **CSS Properties:**
   *  - **--cx-interaction-feed-height** - Height of the feed (default 420px). Its children: `div.feed` (`role="feed"`, `part="feed"`, the scroller) holding `article.interaction` (`part="interaction"`, with `data-index`, `aria-posinset`, `aria-setsize` and `aria-labelledby`). _(default: undefined)_
   */
  "cx-interaction-feed": Partial<CxInteractionFeedProps & BaseProps & BaseEvents>;

  /**
   * One personal value (phone number, ID number, e-mail, account, address) shown masked, with
   * the button that reveals it: the one place that knows how a masked value looks, reads and asks to be
   * shown. Its parts are its own children (light DOM), so the widget holding it styles them and names
   * their CSS parts; a widget that audits reveals answers its event and sets `revealed` or `denied`.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-masked-value-toggle** - The agent pressed Show or Hide (kind, masked form, label and path in the detail, never the value); cancelable: `preventDefault()` leaves the value as it is, for a host that decides (it then sets `revealed` or `denied`).
   * - **cx-error** - A property or attribute has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used). Its children: `span.pii-value` (the value; `data-field` names its kind), `button.pii-toggle` (with the part names of `toggle-part`) and `span.denied` (the refusal).
   */
  "cx-masked-value": Partial<CxMaskedValueProps & BaseProps & BaseEvents>;

  /**
   * A rating scale — stars, faces, numbers or words — as a WAI-ARIA radio group and a form
   * control: one Tab stop, arrow keys move and choose (mirrored right-to-left, wrapping), Home and End
   * jump, Space chooses.
   *
   * The element is the radio group (`role="radiogroup"` unless the page gives another role): name it
   * with `aria-label` or `aria-labelledby`. Stars and faces are named in the nearest `lang` ("3 of 5
   * stars", "Satisfied"), with the end labels added to the first and last option. Its `value` is the
   * chosen option's value; in a `<form>` it submits that value under `name`, `required` makes an
   * unchosen scale invalid, and a reset goes back to the `value` attribute. A property of the wrong kind
   * never throws: it is reported with `cx-error` and the default is used.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - The user chose an option.
   * - **change** - The user chose an option (also when choosing the one already chosen).
   * - **cx-error** - A property got a value it does not take (named in `path`; the default is used instead).
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Focuses the chosen option, else the first (the group's one Tab stop); nothing while disabled.
   * - **checkValidity(): _boolean_** - Whether the value is valid (fires `invalid` when not).
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the problem.
   *
   * ### **CSS Properties:**
   *  - **--cx-rating-scale-accent-color** - The chosen option. _(default: undefined)_
   * - **--cx-rating-scale-star-color** - Stars. _(default: undefined)_
   * - **--cx-rating-scale-option-size** - Size of one option (min 24 px target). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **options** - The row of options.
   * - **option** - One option (also `option-checked`).
   * - **ends** - The end labels under the options.
   */
  "cx-rating-scale": Partial<CxRatingScaleProps & BaseProps & BaseEvents>;

  /**
   * A satisfaction survey (CSAT, NPS, CES, first-contact resolution, reasons, comments) for
   * customers or read aloud by an agent; a form control whose submitted responses are never lost.
   *
   * Every state it shows says so in words and in its own token colour (text and bar, light and dark),
   * on the element with `data-state`: `idle` "Not submitted yet" (text-muted) · `saving` (info mixed
   * with text-muted) · `sending` (info) · `sent` (success) · `queued-offline` "Saved offline" (warning)
   * · `retrying` (warning mixed with danger) · `failed` (danger) · `declined` (text) · `load-failed`
   * and `invalid`, the definition's error states (danger mixed with text, and with text-muted), whose
   * technical details (paths, the browser's error) sit in a disclosure and in `cx-error`.
   *
   * A property of the wrong kind (a number as an id, an object as `mode`, a `javascript:` endpoint…)
   * never throws: it is reported with `cx-error` (`path` names the property; a fixed set lists its
   * values) and its default is used until a valid value comes.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - An answer changed (also each keystroke in a comment).
   * - **change** - An answer was committed (a rating chosen, a box ticked, a comment left).
   * - **cx-survey-submit** - Before a response is saved and sent; cancelable (the host then sends it itself).
   * - **cx-survey-submitted** - The response is safe: `queued` once stored on this device but not yet acknowledged, `sent` when the server acknowledged it.
   * - **cx-survey-error** - A delivery attempt failed; the response stays in the outbox and is retried (`willRetry`).
   * - **cx-error** - The survey definition, preset or mode is invalid, or a property got a value it does not take (named in `path`; the default is used instead).
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the problems.
   * - **submit(): _Promise<string | undefined>_** - Submits the answers: validates, fires `cx-survey-submit`, stores the response in the outbox, then
   * sends it. Resolves with the response id once stored, or undefined when blocked or cancelled.
   * - **decline(): _Promise<string | undefined>_** - Agent mode: records that the customer declined the survey (stored and sent like an answer).
   * - **reset(): _void_** - Clears every answer, the draft and the status (also what a host form's reset does).
   *
   *
   * - **checkValidity(): _boolean_** - Whether the value is valid (fires `invalid` when not).
   *
   * ### **CSS Properties:**
   *  - **--cx-satisfaction-survey-accent-color** - Selected ratings and the submit button. _(default: undefined)_
   * - **--cx-satisfaction-survey-star-color** - Filled stars. _(default: undefined)_
   * - **--cx-satisfaction-survey-gap** - Space between questions. _(default: undefined)_
   * - **--cx-satisfaction-survey-option-size** - Size of one rating option (min 24 px target). _(default: undefined)_
   * - **--cx-satisfaction-survey-read-aloud-background** - Background of the agent's read-aloud text. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form** - The survey form.
   * - **title** - The survey title.
   * - **question** - One question (also `question-{type}`).
   * - **legend** - A question's text.
   * - **read-aloud** - Words the agent reads (agent mode).
   * - **scale** - A rating, NPS, CES, yes-no or single-choice radio group (a `cx-rating-scale`).
   * - **option** - One option of a radio group (also `option-checked`).
   * - **choices** - The boxes of a multi-choice question.
   * - **text** - A comment field.
   * - **error** - An answer's error, or the list of definition problems.
   * - **actions** - The submit and decline buttons.
   * - **submit** - The submit button.
   * - **decline** - The "customer declined" button.
   * - **status** - The delivery status line (a polite live region; `data-state` names the state).
   */
  "cx-satisfaction-survey": Partial<CxSatisfactionSurveyProps & BaseProps & BaseEvents>;

  /**
   * Guided call / chat script: the current step with customer data filled in, typed inputs,
   * branching, compliance steps and gates that block finishing, actions handed to the host, phrase
   * coaching for the agent's reply, an audit trail, and progress kept per interaction across reloads.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-script-step-change** - The script started, resumed or moved to another step (next, back, skip).
   * - **cx-script-action** - The agent ran an action step; the host performs it with the full values of `detail.rawParams()` (`params` are masked, for logs) and may call `completeAction(result)`.
   * - **cx-script-complete** - The script finished with every required step and gate done; carries the audit record.
   * - **cx-script-phrase-warning** - The draft reply contains a prohibited phrase (once per new finding).
   * - **cx-customer-pii-reveal** - The agent asked to see a masked personal value the script filled in; cancelable (`preventDefault()` denies).
   * - **cx-error** - The script is invalid (code `invalid-data`), could not be loaded (`load-failed`), or a property is unusable (`invalid-property`).
   *
   * ### **Methods:**
   *  - **next(): _boolean_** - Goes on to the next step (or finishes at an end); returns whether it moved.
   * - **back(): _boolean_** - Goes back one step (later answers are kept until changed); returns whether it moved.
   * - **skip(reason: _string_): _boolean_** - Skips the current step with a reason, where the script allows it; returns whether it moved.
   * - **answer(value: _unknown_): _boolean_** - Records an answer for the current question or confirmation; returns whether it was accepted.
   * - **completeAction(result): _boolean_** - Marks the current action step done with the host's result (e.g. a ticket id); returns whether it was recorded.
   * - **finish(): _boolean_** - Finishes at an end step, firing `cx-script-complete`; returns false with the blockers shown when it cannot.
   * - **restart(): _void_** - Starts the script again from its first step, forgetting the stored progress of this interaction.
   *
   * ### **CSS Properties:**
   *  - **--cx-script-prompter-accent-color** - Accent of the current step and progress bar. _(default: undefined)_
   * - **--cx-script-prompter-verbatim-color** - Colour marking a text to read word for word. _(default: undefined)_
   * - **--cx-script-prompter-placeholder-color** - Colour of a missing-value chip. _(default: undefined)_
   * - **--cx-script-prompter-mark-color** - Background of a prohibited phrase in the draft. _(default: undefined)_
   * - **--cx-script-prompter-path-width** - Width of the path column on wide layouts (default 224px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole widget.
   * - **header** - Script title and progress.
   * - **progress** - The progress bar.
   * - **step** - The current step.
   * - **step-heading** - The current step's heading (receives focus on a step change).
   * - **step-text** - The text to say or ask.
   * - **badge** - A badge (verbatim, required).
   * - **placeholder** - A missing value in a text.
   * - **input** - An answer input.
   * - **problem** - A validation or blocking message.
   * - **upcoming** - What comes next.
   * - **controls** - Back, skip, next and finish buttons.
   * - **button** - Any button.
   * - **action** - The action button of an action step.
   * - **gate** - The status of a gate.
   * - **blockers** - What still blocks finishing.
   * - **path** - The path so far.
   * - **coach** - Phrase coaching for the draft reply.
   * - **mark** - A prohibited phrase in the draft.
   * - **issues** - The list of what is wrong with an invalid script.
   * - **shortcuts** - The keyboard shortcuts help.
   * - **complete** - The summary once the script is complete.
   * - **pii** - A personal value the script filled in (masked until revealed).
   * - **pii-toggle** - The button that shows or hides a personal value.
   */
  "cx-script-prompter": Partial<CxScriptPrompterProps & BaseProps & BaseEvents>;

  /**
   * Time left (or overdue) on each SLA target of a ticket, in business time with working-day
   * calendars, pauses and warning thresholds; most imminent first.
   *
   * Every state reads without colour (a word in `full`, an icon with the word as its tooltip and in
   * the timer's name in `compact`) and has its own colour, light and dark: on track, at risk, paused,
   * breached, met, cancelled, and unavailable (the ticket could not be loaded).
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-sla-warning** - A target crossed a warning threshold (once per target and threshold, across reloads).
   * - **cx-sla-breach** - A target's deadline passed (once per target, across reloads; on wake when the tab slept).
   * - **cx-sla-state-change** - A target changed state (active, warning, paused, breached, met, cancelled).
   * - **cx-error** - A target or setting is invalid (the other targets keep working; a setting falls back to its default, reported once per value), `server-time` was refused (the page's clock is left as it was), `ticket` is not a ticket, or a calendar lacks holiday data for a year it spans (severity warning). Personal data in messages is masked.
   *
   * ### **CSS Properties:**
   *  - **--cx-sla-countdown-ok-color** - On track: state colour, and the time and bar before any threshold. _(default: undefined)_
   * - **--cx-sla-countdown-warning-color** - At risk: state colour, and the time and bar after the first threshold. _(default: undefined)_
   * - **--cx-sla-countdown-critical-color** - At risk after the second threshold. _(default: undefined)_
   * - **--cx-sla-countdown-breach-color** - Breached: state colour, and the time and bar once overdue. _(default: undefined)_
   * - **--cx-sla-countdown-paused-color** - Paused (the time and bar keep their band). _(default: undefined)_
   * - **--cx-sla-countdown-met-color** - Met. _(default: undefined)_
   * - **--cx-sla-countdown-muted-color** - Cancelled, and the time of met and cancelled targets. _(default: undefined)_
   * - **--cx-sla-countdown-unavailable-color** - Unavailable, and targets that cannot be shown. _(default: undefined)_
   * - **--cx-sla-countdown-track-color** - Background of the progress bar. _(default: undefined)_
   * - **--cx-sla-countdown-compact-width** - Minimum width of the compact variant (default 12ch), so a column of countdowns lines up. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **list** - The list of targets.
   * - **target** - One target (also `target-{state}`: active, warning, paused, breached, met, cancelled, invalid, unavailable).
   * - **label** - A target's label and kind.
   * - **remaining** - The remaining or overdue time.
   * - **bar** - The progress bar.
   * - **due** - The deadline line.
   * - **badge** - The state badge (icon and word).
   * - **icon** - The state icon.
   * - **error** - An inline error.
   * - **controls** - The seconds and wall-clock switches.
   */
  "cx-sla-countdown": Partial<CxSlaCountdownProps & BaseProps & BaseEvents>;

  /**
   * The tab list of a WAI-ARIA tab set: one tab stop (the selected tab), ← / → between the tabs
   * (mirrored right to left, wrapping), Home / End, and selection following focus. Its tabs are its
   * children, so they stay in the tree of the widget that holds them (with their panels, which they name
   * with `aria-controls`); the element makes each `role="tab"` with `aria-selected` and the roving
   * `tabindex`, and says which one the agent selected. The widget shows that tab's panel.
   * ---
   *
   *
   * ### **Events:**
   *  - **cx-tab-set-select** - The agent selected another tab (click, arrow keys, Home or End); `detail.value` is its value. `selected` has changed already.
   * - **cx-error** - A property or attribute has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used).
   *
   * ### **Methods:**
   *  - **tabs(): _HTMLElement[]_** - The tabs, in order: the element children.
   *
   * ### **Slots:**
   *  - _default_ - The tabs: focusable elements (buttons), each with a `value` (or an id) and `aria-controls` naming its panel.
   */
  "cx-tab-set": Partial<CxTabSetProps & BaseProps & BaseEvents>;
};
