import { describe, expect, it } from 'vitest';
import { StoreError, toStoreError } from './store-error';

function domError(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('toStoreError', () => {
  it('names a full quota, also when Dexie wraps it in an AbortError', () => {
    expect(toStoreError(domError('QuotaExceededError'), 'saving').kind).toBe('quota');
    const wrapped = Object.assign(domError('AbortError', 'Transaction aborted'), { inner: domError('QuotaExceededError', 'full') });
    const error = toStoreError(wrapped, 'saving a page reading');
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/no storage space left.*saving a page reading/);
    expect(error.cause).toBe(wrapped);
  });

  it('names Firefox private mode and closed databases as unavailable', () => {
    const privateMode = domError('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.');
    expect(toStoreError(Object.assign(domError('OpenFailedError'), { inner: privateMode }), 'opening').kind).toBe('unavailable');
    expect(toStoreError(domError('DatabaseClosedError'), 'x').kind).toBe('unavailable');
    expect(toStoreError(domError('MissingAPIError'), 'x').kind).toBe('unavailable');
  });

  it('names unreadable data as corrupt, and anything else as unknown', () => {
    expect(toStoreError(domError('DataError'), 'x').kind).toBe('corrupt');
    expect(toStoreError(domError('DataCloneError'), 'x').kind).toBe('corrupt');
    expect(toStoreError('weird', 'x').kind).toBe('unknown');
    expect(toStoreError(undefined, 'x').kind).toBe('unknown');
  });

  it('keeps a StoreError as it is', () => {
    const original = new StoreError('invalid', 'refused');
    expect(toStoreError(original, 'x')).toBe(original);
  });
});
