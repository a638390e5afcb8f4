// What leaves the widget when a script is complete: the completion record with every personal value
// masked (`completionRecord`), and the detail of `cx-script-complete`.
import type { CxScriptCompleteDetail } from '../../events/cx-script-complete.js';
import { redactText, type PiiFields } from '../../services/pii/index.js';
import { redactAnswer, redactAnswers, type CompletionRecord } from '../../services/script-engine/index.js';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The completion record with every personal value masked (the defaults and the host's `extra` fields). */
export function redactRecord(record: CompletionRecord, extra: PiiFields): CompletionRecord {
  return {
    ...copy(record),
    answers: redactAnswers(record.answers, extra),
    skipped: record.skipped.map((entry) => ({ stepId: entry.stepId, reason: redactText(entry.reason) })),
    audit: record.audit.map((entry) => ({
      ...copy(entry),
      ...(entry.answer !== undefined ? { answer: redactAnswer(entry.stepId, entry.answer, extra) } : {}),
      ...(entry.skipReason !== undefined ? { skipReason: redactText(entry.skipReason) } : {}),
    })),
  };
}

/** The detail of `cx-script-complete` from a (redacted) record: times as ISO strings, copies only. */
export function completeDetail(record: CompletionRecord): CxScriptCompleteDetail {
  const iso = (ms: number | undefined): string | null =>
    ms === undefined ? null : new Date(ms).toISOString();
  return {
    scriptId: record.scriptId,
    version: record.version,
    interactionId: record.interactionId,
    answers: copy(record.answers),
    path: [...record.path],
    skipped: record.skipped.map((entry) => ({ ...entry })),
    audit: record.audit.map((entry) => ({
      stepId: entry.stepId,
      enteredAt: iso(entry.enteredAt)!,
      leftAt: iso(entry.leftAt),
      ...(entry.answer !== undefined ? { answer: copy(entry.answer) } : {}),
    })),
    ...(record.outcome !== undefined ? { outcome: record.outcome } : {}),
  };
}
