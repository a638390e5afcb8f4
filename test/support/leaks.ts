/**
 * What a widget leaves running on the page once it is removed. `watchPage()` instruments the page —
 * event listeners, timers, animation frames and idle callbacks, Resize / Intersection / Mutation
 * observers, localStorage / sessionStorage and IndexedDB — from before a widget is mounted until
 * after it is removed; `leftRunning()` then lists what is still attached *outside* the widget (a
 * listener on window, document or another element of the page; an observation of such a node; a
 * timer, interval or frame not yet fired or cleared), each with the stack that started it.
 * What the test harness itself starts (mocha, chai, @open-wc, web-test-runner) is not counted.
 */

/** One thing still attached or running after removal. */
export interface Leak {
  readonly kind: 'listener' | 'timeout' | 'interval' | 'animation-frame' | 'idle-callback' | 'observer';
  /** What it is, e.g. `visibilitychange listener on #document`. */
  readonly what: string;
  /** Where it was started: the first frames of the stack outside the harness. */
  readonly where: string;
}

/** A write to storage during the watch. */
export interface StorageWrite {
  readonly area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  /** The key (Web Storage) or the database name (IndexedDB). */
  readonly key: string;
  readonly where: string;
}

/** A watch of the page, from `watchPage()` until `stop()`. */
export interface PageWatch {
  /** What is still attached outside `widget`, or still pending, now. */
  leftRunning(widget: Element): Leak[];
  /** Every key written (or database opened) since the watch began. */
  readonly storageWrites: readonly StorageWrite[];
  /** Puts the page's own functions back and the storage keys written back to what they were. */
  stop(): void;
}

/** Stack frames of the harness, which the count leaves out. */
const HARNESS =
  /\/node_modules\/(mocha|chai|@open-wc|@web|chai-a11y-axe|axe-core|sinon|fast-check)\/|\/__web-dev-server__|\/__web-test-runner__|\/test\/support\/(?!leaks\.ts)|\/test\/widgets\//;
/** This file's own frames (its wrappers), which say nothing about who started something. */
const SELF = /\/test\/support\/leaks\.ts/;

/** The frames of `stack` that are not this file's; undefined when all the others are the harness'. */
function ownerFrames(stack: string | undefined): string | undefined {
  const frames = (stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /(https?:\/\/|@)/.test(line) && !SELF.test(line));
  if (frames.length === 0 || frames.every((frame) => HARNESS.test(frame))) return undefined;
  return frames
    .filter((frame) => !HARNESS.test(frame))
    .slice(0, 4)
    .map((frame) => frame.replace(/^at /, '').replace(location.origin, ''))
    .join(' ← ');
}

const stackHere = (): string | undefined => new Error('started here').stack;

function describeTarget(target: unknown): string {
  if (target === window) return 'window';
  if (target === document) return '#document';
  if (target instanceof Element) {
    const id = target.id ? `#${target.id}` : '';
    return `<${target.localName}${id}>`;
  }
  if (target instanceof Node) return target.nodeName;
  return Object.prototype.toString.call(target).slice(8, -1);
}

/** Whether `node` is `widget` or inside it (its light DOM, its shadow roots, nested ones). */
function inside(widget: Element, node: Node): boolean {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode)
    if (at === widget) return true;
  return false;
}

/** Whether a listener on `target` outlives a widget: the window, the page, or a node still on it. */
function pageTarget(widget: Element, target: EventTarget): boolean {
  if (target === window || target === document) return true;
  if (target instanceof Node) return target.isConnected && !inside(widget, target);
  return (
    (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList) ||
    (typeof VisualViewport !== 'undefined' && target instanceof VisualViewport) ||
    (typeof BroadcastChannel !== 'undefined' && target instanceof BroadcastChannel)
  );
}

interface ListenerEntry {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  where: string;
}

interface TimerEntry {
  kind: 'timeout' | 'interval' | 'animation-frame' | 'idle-callback';
  delay: number;
  where: string;
  done: boolean;
}

interface ObserverEntry {
  kind: string;
  targets: Set<Node>;
  where: string;
}

type Restore = () => void;

/** Replaces `owner[name]` with `replacement(original)` until the returned function is called. */
function patch<T extends object, K extends keyof T>(
  owner: T,
  name: K,
  replacement: (original: T[K]) => T[K],
): Restore {
  const original = owner[name];
  owner[name] = replacement(original);
  return () => {
    owner[name] = original;
  };
}

/** Starts watching the page. Call `stop()` when done (also when the test fails). */
export function watchPage(): PageWatch {
  const restores: Restore[] = [];
  const listeners: ListenerEntry[] = [];
  const timers = new Map<unknown, TimerEntry>();
  const observers = new Map<object, ObserverEntry>();
  const storageWrites: StorageWrite[] = [];
  const storageBefore = new Map<string, string | null>();

  // Event listeners ----------------------------------------------------------------------------
  const proto = EventTarget.prototype;
  const originalAdd = proto.addEventListener;
  const originalRemove = proto.removeEventListener;
  const captureOf = (options: boolean | EventListenerOptions | undefined): boolean =>
    typeof options === 'boolean' ? options : options?.capture === true;
  const forget = (target: EventTarget, type: string, listener: unknown, capture: boolean): void => {
    const index = listeners.findIndex(
      (entry) =>
        entry.target === target &&
        entry.type === type &&
        entry.listener === listener &&
        entry.capture === capture,
    );
    if (index >= 0) listeners.splice(index, 1);
  };
  restores.push(
    patch(
      proto,
      'addEventListener',
      (add) =>
        function (this: EventTarget, type, listener, options) {
          add.call(this, type, listener, options);
          const where = listener ? ownerFrames(stackHere()) : undefined;
          if (!listener || where === undefined) return;
          const capture = captureOf(options);
          if (
            listeners.some(
              (e) => e.target === this && e.type === type && e.listener === listener && e.capture === capture,
            )
          )
            return; // a duplicate registration is a no-op
          listeners.push({ target: this, type, listener, capture, where });
          const drop = () => forget(this, type, listener, capture);
          if (typeof options === 'object' && options.once)
            originalAdd.call(this, type, drop, { capture, once: true });
          if (typeof options === 'object' && options.signal)
            originalAdd.call(options.signal, 'abort', drop, { once: true });
        },
    ),
    patch(
      proto,
      'removeEventListener',
      (remove) =>
        function (this: EventTarget, type, listener, options) {
          remove.call(this, type, listener, options);
          forget(this, type, listener, captureOf(options));
        },
    ),
  );
  void originalRemove;

  // Timers, frames, idle callbacks ----------------------------------------------------------------
  const track = (kind: TimerEntry['kind'], delay: number): { entry?: TimerEntry } => {
    const where = ownerFrames(stackHere());
    if (where === undefined) return {};
    return { entry: { kind, delay, where, done: false } };
  };
  const scheduler = <A extends unknown[]>(
    kind: TimerEntry['kind'],
    schedule: (callback: (...args: A) => void, ...rest: unknown[]) => unknown,
    repeats: boolean,
  ) =>
    function (callback: unknown, ...rest: unknown[]): unknown {
      const { entry } = track(kind, typeof rest[0] === 'number' ? rest[0] : 0);
      if (!entry || typeof callback !== 'function') return schedule.call(window, callback as never, ...rest);
      const wrapped = function (this: unknown, ...args: A) {
        if (!repeats) entry.done = true;
        return (callback as (...inner: A) => unknown).apply(this, args);
      };
      const handle = schedule.call(window, wrapped, ...rest);
      timers.set(`${kind}:${String(handle)}`, entry);
      return handle;
    };
  const canceller = (kinds: Array<TimerEntry['kind']>, cancel: (handle: never) => void) =>
    function (handle: unknown): void {
      cancel.call(window, handle as never);
      for (const kind of kinds) {
        const entry = timers.get(`${kind}:${String(handle)}`);
        if (entry) entry.done = true;
      }
    };
  const w = window as unknown as Record<string, unknown>;
  const patchWindow = (name: string, make: (original: never) => unknown): void => {
    if (typeof w[name] !== 'function') return;
    restores.push(patch(w, name, (original) => make(original as never)));
  };
  patchWindow('setTimeout', (original) => scheduler('timeout', original, false));
  patchWindow('setInterval', (original) => scheduler('interval', original, true));
  patchWindow('requestAnimationFrame', (original) => scheduler('animation-frame', original, false));
  patchWindow('requestIdleCallback', (original) => scheduler('idle-callback', original, false));
  // Browsers share one id space for timeouts and intervals: either clear function clears either.
  patchWindow('clearTimeout', (original) => canceller(['timeout', 'interval'], original));
  patchWindow('clearInterval', (original) => canceller(['timeout', 'interval'], original));
  patchWindow('cancelAnimationFrame', (original) => canceller(['animation-frame'], original));
  patchWindow('cancelIdleCallback', (original) => canceller(['idle-callback'], original));

  // Observers ---------------------------------------------------------------------------------
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
    const type = (window as unknown as Record<string, { prototype: Record<string, unknown> } | undefined>)[
      name
    ];
    if (!type) continue;
    const observerProto = type.prototype as Record<string, (...args: unknown[]) => unknown>;
    restores.push(
      patch(
        observerProto,
        'observe',
        (observe) =>
          function (this: object, target: unknown, ...rest: unknown[]) {
            const result = observe.call(this, target, ...rest);
            const where = ownerFrames(stackHere());
            if (where !== undefined && target instanceof Node) {
              const entry = observers.get(this) ?? { kind: name, targets: new Set<Node>(), where };
              entry.targets.add(target);
              observers.set(this, entry);
            }
            return result;
          },
      ),
      patch(
        observerProto,
        'disconnect',
        (disconnect) =>
          function (this: object) {
            observers.delete(this);
            return disconnect.call(this);
          },
      ),
    );
    if (typeof observerProto['unobserve'] === 'function')
      restores.push(
        patch(
          observerProto,
          'unobserve',
          (unobserve) =>
            function (this: object, target: unknown) {
              if (target instanceof Node) observers.get(this)?.targets.delete(target);
              return unobserve.call(this, target);
            },
        ),
      );
  }

  // Storage -----------------------------------------------------------------------------------
  const areaOf = (storage: Storage): 'localStorage' | 'sessionStorage' =>
    storage === window.sessionStorage ? 'sessionStorage' : 'localStorage';
  const remember = (storage: Storage, key: string, where: string): void => {
    const area = areaOf(storage);
    const id = `${area}\u0000${key}`;
    if (!storageBefore.has(id)) storageBefore.set(id, storage.getItem(key));
    storageWrites.push({ area, key, where });
  };
  restores.push(
    patch(
      Storage.prototype,
      'setItem',
      (setItem) =>
        function (this: Storage, key: string, value: string) {
          remember(this, String(key), ownerFrames(stackHere()) ?? '(harness)');
          return setItem.call(this, key, value);
        },
    ),
    patch(
      Storage.prototype,
      'removeItem',
      (removeItem) =>
        function (this: Storage, key: string) {
          remember(this, String(key), ownerFrames(stackHere()) ?? '(harness)');
          return removeItem.call(this, key);
        },
    ),
  );
  if (typeof IDBFactory !== 'undefined')
    restores.push(
      patch(
        IDBFactory.prototype,
        'open',
        (open) =>
          function (this: IDBFactory, name: string, version?: number) {
            const where = ownerFrames(stackHere());
            if (where !== undefined) storageWrites.push({ area: 'indexedDB', key: String(name), where });
            return version === undefined ? open.call(this, name) : open.call(this, name, version);
          },
      ),
    );

  return {
    storageWrites,
    leftRunning(widget) {
      const leaks: Leak[] = [];
      for (const entry of listeners)
        if (pageTarget(widget, entry.target))
          leaks.push({
            kind: 'listener',
            what: `${entry.type}${entry.capture ? ' (capture)' : ''} listener on ${describeTarget(entry.target)}`,
            where: entry.where,
          });
      for (const entry of timers.values())
        if (!entry.done)
          leaks.push({
            kind: entry.kind,
            what:
              entry.kind === 'timeout' || entry.kind === 'interval'
                ? `${entry.kind} of ${entry.delay} ms`
                : `${entry.kind} not yet run`,
            where: entry.where,
          });
      for (const entry of observers.values()) {
        const outside = [...entry.targets].filter((target) => target.isConnected && !inside(widget, target));
        if (outside.length > 0)
          leaks.push({
            kind: 'observer',
            what: `${entry.kind} still observing ${outside.map(describeTarget).join(', ')}`,
            where: entry.where,
          });
      }
      return leaks;
    },
    stop() {
      for (const restore of restores.reverse()) restore();
      restores.length = 0;
      for (const [id, value] of storageBefore) {
        const [area, key] = id.split('\u0000') as ['localStorage' | 'sessionStorage', string];
        const storage = window[area];
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      }
      storageBefore.clear();
    },
  };
}

/** Lets a removed widget finish what it does on removal: two frames and a short wait. */
export async function afterRemoval(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
}
