// The change notice: the background writes it to storage.local whenever stored state changes (a
// reading added events, a dismissal, an import), and every content script and open popup reacts
// to it. It names the page script that caused it, so that the tab whose reading it was, already
// answered with its new view, does not ask for the same view again.
// No schema library here: this module runs in the content script of every Upwork page, whose
// size is budgeted; the two checks below are all it needs.

export const CHANGE_KEY = 'sg.changed';

/** One content script's random id, sent with its readings and echoed in the notices they cause. */
export const READER_ID = /^[0-9A-Za-z-]{1,64}$/;

export interface ChangeNotice {
  at: number;
  /** The reader whose reading caused the change; null for changes from elsewhere (popup, options). */
  from: string | null;
}

export function changeNotice(from: string | null, at = Date.now()): ChangeNotice {
  return { at, from };
}

/** The notice in a storage change; anything else (an older version's bare timestamp) is a change from elsewhere. */
export function parseChangeNotice(value: unknown): ChangeNotice {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { at, from } = value as { at?: unknown; from?: unknown };
    if (typeof at === 'number' && (from === null || (typeof from === 'string' && READER_ID.test(from)))) return { at, from };
  }
  return { at: typeof value === 'number' ? value : 0, from: null };
}

/** Whether the reader `readerId` should refresh its view for this notice: not for its own readings. */
export function isOwnChange(notice: ChangeNotice, readerId: string): boolean {
  return notice.from !== null && notice.from === readerId;
}
