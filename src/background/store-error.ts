// Storage trouble is shown to the freelancer, never swallowed: every failure of the store reaches
// its callers as a StoreError whose kind says what they can do about it.
import type { StoreTrouble } from '../protocol/views';

export type StoreErrorKind =
  /** The browser's storage quota is full: free space or export and delete old data. */
  | 'quota'
  /** No usable database: Firefox private windows, storage disabled, a closed or blocked database. */
  | 'unavailable'
  /** A stored record or an imported value cannot be read. */
  | 'corrupt'
  /** The caller's input was refused (an import file, an unknown contract): nothing was changed. */
  | 'invalid'
  | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

const MESSAGES: Record<StoreErrorKind, string> = {
  quota: 'The browser has no storage space left for Scope Guard. Export your data, then delete old contracts or free disk space.',
  unavailable:
    'Scope Guard cannot use the browser storage here (a private window, or storage is disabled or blocked). Nothing is being recorded.',
  corrupt: 'Some stored Scope Guard data cannot be read.',
  invalid: 'The request was refused.',
  unknown: 'Scope Guard could not use the browser storage.',
};

/** Names of DOM and Dexie errors, with what they mean for the freelancer. */
function kindOfName(name: string, message: string): StoreErrorKind | null {
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (
    name === 'InvalidStateError' ||
    name === 'MissingAPIError' ||
    name === 'DatabaseClosedError' ||
    name === 'OpenFailedError' ||
    name === 'VersionError' ||
    name === 'SecurityError' ||
    /did not allow mutations/i.test(message)
  ) {
    return 'unavailable';
  }
  if (name === 'DataError' || name === 'DataCloneError' || name === 'SyntaxError') return 'corrupt';
  return null;
}

/**
 * Turns whatever a storage call threw into a StoreError. Dexie wraps the browser's error (an
 * AbortError whose `inner` is the QuotaExceededError, an OpenFailedError around an InvalidStateError),
 * so the chain of `inner` and `cause` is searched for the most telling name.
 */
export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  let kind: StoreErrorKind | null = null;
  let detail = '';
  let current: unknown = error;
  for (let depth = 0; current != null && depth < 8; depth++) {
    const { name, message } = describe(current);
    detail ||= message;
    const found = kindOfName(name, message);
    // The innermost specific kind wins over a generic wrapper ("OpenFailedError" around "QuotaExceededError").
    if (found && (kind === null || kind === 'unavailable')) kind = found;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  const resolved = kind ?? 'unknown';
  const text = `${MESSAGES[resolved]} (${action}${detail ? `: ${detail}` : ''})`;
  return new StoreError(resolved, text, { cause: error });
}

function describe(error: unknown): { name: string; message: string } {
  if (error && typeof error === 'object') {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
  }
  return { name: '', message: String(error) };
}

/** What the popup and the banner say about a storage failure. */
export function troubleOf(error: unknown, action: string): StoreTrouble {
  const storeError = toStoreError(error, action);
  return { kind: troubleKind(storeError.kind), message: storeError.message, at: new Date().toISOString() };
}

export function troubleKind(kind: string): StoreTrouble['kind'] {
  return kind === 'quota' || kind === 'unavailable' || kind === 'corrupt' ? kind : 'unknown';
}
