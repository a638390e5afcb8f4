// The API bench/customer-360/customer-360-page.js puts on `window.bench`, for the harness's type checks.

export interface RenderResult {
  /** Setting `data` → the first frame showing the header (and the first history articles). */
  ms: number;
  /** Setting `data` → the widget's updateComplete. */
  updateMs: number;
  /** History articles in the DOM. */
  rows: number;
  /** Nodes under the widget, through shadow roots. */
  nodes: number;
}

export interface ScrollResult {
  maxRows: number;
  frames: number[];
  scrollTop: number;
  lastPosinset: number;
}

export interface SwitchResult {
  ms: number;
  maxPending: number;
  pendingRequests: number;
  shown: string | undefined;
  rows: number;
  nodes: number;
}

declare global {
  interface Window {
    bench: {
      loadBig(): Promise<{ interactions: number; total: number }>;
      renderPushed(options: { tab: string }): Promise<RenderResult>;
      renderPlain(): Promise<Omit<RenderResult, 'updateMs'>>;
      scrollHistory(options: { steps: number; stepPx: number }): Promise<ScrollResult>;
      mountPulled(): Promise<boolean>;
      switchCustomers(options: { ids: string[]; gapMs: number }): Promise<SwitchResult>;
      clear(): boolean;
    };
  }
}
