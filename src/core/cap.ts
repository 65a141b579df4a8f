// Caps on page text kept by Scope Guard. A client message can be megabytes long (pasted logs, a
// hostile page); what is stored and shown is capped, and the cap is visible in the text itself.

export const MAX_MESSAGE_TEXT = 20_000;
export const MAX_SHORT_TEXT = 1_000;
export const MAX_AGREEMENT_TEXT = 50_000;
/** Most messages and milestones one reading may carry (the protocol's schema enforces them). */
export const MAX_MESSAGES_PER_READING = 500;
export const MAX_MILESTONES_PER_READING = 300;

/** `text` cut to at most `max` characters (never inside a surrogate pair), with a visible note. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)} … [Scope Guard kept the first ${end.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters]`;
}

/** Longest a capped text can be: the cap plus its note. */
export function cappedLength(max: number): number {
  return max + 80;
}
