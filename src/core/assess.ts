// One contract, assessed: the warnings that stand, each with its advice, the verdict behind every
// client message (for the markers in the room), and the scope requests paid and unpaid. Pure.
import { type Advice, adviceFor } from './advice';
import { deriveWarnings, type ScopeRequest } from './rules';
import { detectScope, type ScopeContext } from './scope';
import type { Settings } from './settings';
import type { ContractState, Dismissal, ScopeVerdict, TimelineEvent, Warning } from './types';

export interface AssessedWarning extends Warning {
  advice: Advice;
}

export interface Marker {
  messageId: string;
  signals: ('adds_scope' | 'blocks_approval' | 'offers_payment')[];
  evidence: string[];
}

export interface Assessment {
  warnings: AssessedWarning[];
  verdicts: Map<string, ScopeVerdict>;
  scopeRequests: ScopeRequest[];
  markers: Marker[];
}

// Every reading of a room re-assesses its contract over all its messages; the detector's verdict on
// a message depends only on its text, the agreed scope, the language hint and the sensitivity, so it
// is remembered (a bounded memo of a pure function: the same answers, a room's batches no longer
// re-detect every earlier message).
const MEMO_SCOPES = 64;
const MEMO_TEXTS = 20_000;
const memo = new Map<string, Map<string, ScopeVerdict>>();

function detectMemo(text: string, context: ScopeContext | undefined, sensitivity: Settings['sensitivity']): ScopeVerdict {
  const scopeKey = `${sensitivity}\u0000${context?.lang ?? ''}\u0000${context?.agreedScope ?? ''}`;
  let verdicts = memo.get(scopeKey);
  if (!verdicts) {
    if (memo.size >= MEMO_SCOPES) memo.delete(memo.keys().next().value as string);
    verdicts = new Map();
    memo.set(scopeKey, verdicts);
  }
  let verdict = verdicts.get(text);
  if (!verdict) {
    verdict = detectScope(text, context, { sensitivity });
    if (verdicts.size >= MEMO_TEXTS) verdicts.delete(verdicts.keys().next().value as string);
    verdicts.set(text, verdict);
  }
  return verdict;
}

export function assessContract(
  state: ContractState,
  events: TimelineEvent[],
  options: { dismissals: Dismissal[]; now: string; settings: Pick<Settings, 'sensitivity' | 'readyMessageLang'>; freelancerName?: string },
): Assessment {
  const { warnings, verdicts, scopeRequests } = deriveWarnings(state, events, {
    detect: (text, context) => detectMemo(text, context, options.settings.sensitivity),
    now: options.now,
    dismissals: options.dismissals,
    sensitivity: options.settings.sensitivity,
  });
  const clientLang = options.settings.readyMessageLang === 'auto' ? undefined : options.settings.readyMessageLang;
  const assessed = warnings.map((warning) => ({
    ...warning,
    advice: adviceFor(warning, state, {
      ...(clientLang && { clientLang }),
      ...(options.freelancerName && { freelancerName: options.freelancerName }),
    }),
  }));
  const markers: Marker[] = [];
  for (const [messageId, verdict] of verdicts) {
    const signals = (['adds_scope', 'blocks_approval'] as const).filter((s) => verdict[s]);
    if (signals.length === 0) continue;
    markers.push({
      messageId,
      signals: verdict.offers_payment ? [...signals, 'offers_payment'] : [...signals],
      evidence: [...verdict.evidenceBySignal.blocks_approval, ...verdict.evidenceBySignal.adds_scope].slice(0, 3),
    });
  }
  return { warnings: assessed, verdicts, scopeRequests, markers };
}
