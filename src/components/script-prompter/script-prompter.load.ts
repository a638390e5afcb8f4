import { initialState } from '@lit/task';
import { MAX_SCRIPT_SIZE } from '../../services/script-engine/index.js';
import { TransportError, type Transport } from '../../services/transport.js';
import type { ScriptLoadFailure } from '../../translations/script-prompter.js';

/** Upper bound of a fetched script's body, in characters (the engine's limit plus headroom). */
const MAX_FETCHED_SIZE = MAX_SCRIPT_SIZE * 2;

/** A script fetched from `src`: its parsed JSON, or its length when it is too large to validate. */
export type LoadedScript = { readonly script: unknown } | { readonly tooLarge: number };

/** Why the script at `src` could not be loaded: shown with a retry and reported as `load-failed`. */
export class ScriptLoadError extends Error {
  constructor(
    readonly reason: ScriptLoadFailure,
    /** The HTTP status for `http`, else empty. */
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fetches and parses the script at `src` (relative to the transport's base). Rejects with a
 * `ScriptLoadError`; a load aborted through `signal` (a newer `src`, a script set, the element
 * leaving the page) ends in `initialState`, never in an error.
 */
export async function loadScript(
  src: string,
  transport: Transport,
  signal: AbortSignal,
): Promise<LoadedScript | typeof initialState> {
  let text: string;
  try {
    const response = await transport.get<string>(src, { responseType: 'text', signal, retries: 1 });
    text = typeof response.data === 'string' ? response.data : '';
  } catch (error) {
    if (signal.aborted) return initialState;
    const failure = error instanceof TransportError ? error : undefined;
    const detail =
      failure?.status !== undefined ? `HTTP ${failure.status}` : (failure?.code ?? String(error));
    const reason: ScriptLoadFailure =
      failure?.status !== undefined
        ? 'http'
        : failure?.code === 'timeout' || failure?.code === 'network'
          ? failure.code
          : 'other';
    const status = failure?.status === undefined ? '' : String(failure.status);
    throw new ScriptLoadError(reason, status, `the script at ${src} could not be loaded: ${detail}`);
  }
  if (signal.aborted) return initialState;
  if (text.length > MAX_FETCHED_SIZE) return { tooLarge: text.length };
  try {
    return { script: JSON.parse(text) as unknown };
  } catch {
    throw new ScriptLoadError('not-json', '', `the script at ${src} is not valid JSON`);
  }
}
