// One contract, assessed: the warnings that stand, each with its advice, the verdict behind every
// client message (for the markers in the room), and the scope requests paid and unpaid. Pure.
import { type Advice, adviceFor } from './advice';
import { deriveWarnings, type ScopeRequest } from './rules';
import { detectScope } from './scope';
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

export function assessContract(
  state: ContractState,
  events: TimelineEvent[],
  options: { dismissals: Dismissal[]; now: string; settings: Pick<Settings, 'sensitivity' | 'readyMessageLang'>; freelancerName?: string },
): Assessment {
  const { warnings, verdicts, scopeRequests } = deriveWarnings(state, events, {
    detect: (text, context) => detectScope(text, context, { sensitivity: options.settings.sensitivity }),
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
