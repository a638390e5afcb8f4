/** Shortest and longest response id the reference backend accepts. */
export const RESPONSE_ID_LENGTH = { min: 8, max: 128 } as const;

/** A new client-generated response id (a random UUID, 36 characters). */
export function createResponseId(): string {
  const crypto = globalThis.crypto;
  // randomUUID exists only in secure contexts; a CRM served over plain http still needs ids.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether `value` is usable as a response id (a string of 8 to 128 characters). */
export function isValidResponseId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= RESPONSE_ID_LENGTH.min &&
    value.length <= RESPONSE_ID_LENGTH.max
  );
}
