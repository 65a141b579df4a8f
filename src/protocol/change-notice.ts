// The change notice: the background writes it to storage.local whenever stored state changes (a
// reading added events, a dismissal, an import), and every content script and open popup reacts
// to it. It names the page script that caused it, so that the tab whose reading it was, already
// answered with its new view, does not ask for the same view again.
import * as v from 'valibot';

export const CHANGE_KEY = 'sg.changed';

/** One content script's random id, sent with its readings and echoed in the notices they cause. */
export const readerIdSchema = v.pipe(v.string(), v.regex(/^[0-9A-Za-z-]{1,64}$/));

export const changeNoticeSchema = v.object({
  at: v.number(),
  /** The reader whose reading caused the change; null for changes from elsewhere (popup, options). */
  from: v.nullable(readerIdSchema),
});

export type ChangeNotice = v.InferOutput<typeof changeNoticeSchema>;

export function changeNotice(from: string | null, at = Date.now()): ChangeNotice {
  return { at, from };
}

/** The notice in a storage change; anything else (an older version's bare timestamp) is a change from elsewhere. */
export function parseChangeNotice(value: unknown): ChangeNotice {
  const parsed = v.safeParse(changeNoticeSchema, value);
  return parsed.success ? parsed.output : { at: typeof value === 'number' ? value : 0, from: null };
}

/** Whether the reader `readerId` should refresh its view for this notice: not for its own readings. */
export function isOwnChange(notice: ChangeNotice, readerId: string): boolean {
  return notice.from !== null && notice.from === readerId;
}
