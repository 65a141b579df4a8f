// The wire format of every reply: either a value or a one-line reason. Kept free of browser APIs
// so that the router and its tests run in Node.
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new ProtocolError('No reply from Scope Guard’s background (it may be restarting)');
  }
  const envelope = reply as Envelope<T>;
  if (!envelope.ok) throw new ProtocolError(envelope.error);
  return envelope.value;
}

/** A handler's refusal of a message on trust grounds: logged once per reason, like the router's. */
export class Rejection extends Error {
  override name = 'Rejection';
}
