// Pasted code, logs, stack traces, cookie headers and links are no requests, even when they contain
// "add", "also" or "extra" (`add_to_cart=1`, "ERROR Failed to add user", "/add-new-page?also=1").
// They are found in the original text, where case, backticks and line breaks are still there, and
// blanked in the normalised text, so the cues never see them and evidence offsets stay valid.

import type { Normalised } from './normalise';
import type { Span } from './sentences';

// The key of a line of access details ("host: …", "user: …"), at the start of a line.
const ACCESS_KEY = '^[ \\t]*(?:[Hh]ost(?:name)?|[Uu]ser(?:name)?|[Ll]ogin|[Pp]ass(?:word)?|[Pp]ort|[Dd]atabase|DB|SSH|IP)[ \\t]*:';

// Anything that may start a code span; most messages have none and skip the rest.
const HINT = new RegExp(
  `[\`=;{}<>]|:\\/\\/|www\\.|\\d:\\d\\d|[A-Z][a-z]+(?:Error|Exception)|Traceback|File "|\\b(?:ERROR|WARN|INFO|DEBUG|FATAL)\\b|@|^\\s*at |\\b(?:Fatal|Parse) error\\b|${ACCESS_KEY}`,
  'm',
);

const SPANS = new RegExp(
  [
    // Fenced and inline code.
    '```[\\s\\S]*?(?:```|$(?![\\s\\S]))',
    '`[^`\\n]{1,400}`',
    // Links and e-mail addresses.
    '\\b(?:https?:\\/\\/|www\\.)[^\\s<>"\')\\]]+',
    '[\\w.+-]+@[\\w-]+\\.[\\w.-]+',
    // Stack traces and logs, to the end of the line.
    '^[ \\t]*at [^\\n]*\\d+:\\d+\\)?[ \\t]*$',
    'Traceback \\(most recent call last\\)[^\\n]*',
    '\\bFile "[^"\\n]+", line \\d+[^\\n]*',
    '\\b[A-Z][A-Za-z]+(?:Error|Exception)\\b[^\\n]*',
    '\\b\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}[^\\n]*',
    '^[ \\t]*\\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL)\\]?[: ][^\\n]*',
    // PHP errors ("Fatal error: Allowed memory size … on line 88") and access details, a line each.
    '\\b(?:PHP )?(?:Fatal|Parse) error:[^\\n]*',
    `${ACCESS_KEY}[ \\t]*\\S[^\\n]*$`,
    // Headers and cookie or query strings ("a=1; b=2", "x=1&y=2").
    '\\b(?:Set-Cookie|Cookie|Content-Type|Authorization|User-Agent|Accept|Referer|X-[\\w-]+)\\s*:[^\\n]*',
    '\\b[\\w.-]+=[^\\s;&]*(?:[;&][ \\t]*[\\w.-]+=[^\\s;&]*)+',
    // Lines of code: markup, shell prompts, declarations, statements ending in ; { }.
    '^[ \\t]*(?:<\\/?[a-zA-Z][\\w-]*(?:[\\s>\\/][^\\n]*)?|\\$ [^\\n]+|(?:const|let|var|function|def|class|SELECT|INSERT|UPDATE|DELETE FROM)\\b[^\\n]*[=(;{:][^\\n]*)$',
    '^[^\\n]*[=(][^\\n]*[;{}][ \\t]*$',
  ].join('|'),
  'gm',
);

/** The code, logs and links in a message, as [start, end) offsets of the original text. */
export function codeSpans(text: string): Span[] {
  if (!HINT.test(text)) return [];
  const spans: Span[] = [];
  SPANS.lastIndex = 0;
  for (let m = SPANS.exec(text); m !== null; m = SPANS.exec(text)) {
    if (m[0].length === 0) {
      SPANS.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The normalised text with the characters of code spans blanked (line breaks kept); the same object when there are none. */
export function blankCode(norm: Normalised, input: string): Normalised {
  const spans = codeSpans(input);
  if (spans.length === 0) return norm;
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < norm.text.length; i++) {
    const at = norm.origin[i] ?? 0;
    while (k < spans.length && spans[k]!.end <= at) k++;
    const ch = norm.text[i]!;
    out.push(k < spans.length && spans[k]!.start <= at && ch !== '\n' ? ' ' : ch);
  }
  return { text: out.join(''), origin: norm.origin };
}
