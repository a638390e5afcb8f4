import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Which arrow keys move through the items. */
export type RovingOrientation = 'horizontal' | 'vertical' | 'both';

/** How keys move in a set of items. */
export interface RovingKeyOptions {
  /** `horizontal`: ←/→ (tabs); `vertical`: ↑/↓ (a tree, a list); `both`: all four (a radio group). */
  readonly orientation: RovingOrientation;
  /** Right-to-left: ← moves forward and → back (↑/↓ are not mirrored). */
  readonly rtl?: boolean;
  /** Past the last item comes the first (APG tabs and radio groups); otherwise keys stop at the ends. */
  readonly wrap?: boolean;
  /** Keys that act on the current item (e.g. Space to check a radio): they return the same index. */
  readonly selectKeys?: readonly string[];
}

/**
 * The index a key moves to from `index` among `count` items, or undefined when the key does not move
 * (the host then lets it through). Home / End go to the ends. Pure: the one rule for every roving set.
 */
export function rovingTarget(
  key: string,
  index: number,
  count: number,
  { orientation, rtl = false, wrap = true, selectKeys = [] }: RovingKeyOptions,
): number | undefined {
  if (count <= 0) return undefined;
  const from = Math.min(Math.max(index, 0), count - 1);
  const forward = rtl ? -1 : 1;
  const horizontal = orientation !== 'vertical';
  const vertical = orientation !== 'horizontal';
  let next: number | undefined;
  if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  else if (horizontal && key === 'ArrowRight') next = from + forward;
  else if (horizontal && key === 'ArrowLeft') next = from - forward;
  else if (vertical && key === 'ArrowDown') next = from + 1;
  else if (vertical && key === 'ArrowUp') next = from - 1;
  else if (selectKeys.includes(key)) next = from;
  if (next === undefined) return undefined;
  return wrap ? (next + count) % count : Math.min(Math.max(next, 0), count - 1);
}

/** Options of a {@link RovingTabindexController}. */
export interface RovingTabindexOptions extends Omit<RovingKeyOptions, 'rtl'> {
  /** The writing direction now (a widget passes its localize controller's `dir()`). */
  readonly direction: () => string;
  /** The items in order, once rendered, to move focus to the one a key chose. */
  readonly items?: () => readonly HTMLElement[];
  /** Called with the index a key chose (select it, or just make it the tab stop). */
  readonly onMove: (index: number, event: KeyboardEvent) => void;
}

/**
 * Arrow-key navigation with a single tab stop (the APG "roving tabindex"): one item has
 * `tabindex="0"`, the others `-1`; arrow keys (mirrored right-to-left), Home and End move, and focus
 * follows once the host has rendered the move. Used by the tab set and the rating scale; a tree or a
 * list uses `orientation: 'vertical'`.
 */
export class RovingTabindexController implements ReactiveController {
  /** Nothing to set up: the controller only answers keys; it is added so it lives as long as the host. */
  hostConnected(): void {
    // no subscriptions
  }

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingTabindexOptions,
  ) {
    host.addController(this);
  }

  /** The tabindex of item `index` when `active` is the current one. */
  tabIndexOf(index: number, active: number): 0 | -1 {
    return index === active ? 0 : -1;
  }

  /**
   * Handles a keydown on the item at `index` among `count`; true when the key moved (its default is
   * then prevented, `onMove` called and focus moved after the next render).
   */
  handleKeydown(event: KeyboardEvent, index: number, count: number): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const next = rovingTarget(event.key, index, count, {
      orientation: this.options.orientation,
      wrap: this.options.wrap,
      selectKeys: this.options.selectKeys,
      rtl: this.options.direction() === 'rtl',
    });
    if (next === undefined) return false;
    event.preventDefault();
    this.options.onMove(next, event);
    if (this.options.items) {
      const items = this.options.items;
      void this.host.updateComplete.then(() => items()[next]?.focus());
    }
    return true;
  }
}
