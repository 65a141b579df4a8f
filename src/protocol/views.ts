// What the background answers: plain, serialisable views built for each surface.
import type { Advice } from '../core/advice';
import type { ContractState, ContractType, ScopeVerdict, Severity, TimelineEvent, Warning } from '../core/types';
import type { MessageType } from './schema';

export interface WarningView extends Warning {
  advice: Advice;
  /** `since` as a date in the UI language, in page views: formatted in the background, whose date
   * format is built once per worker, where a page's would be built on every page load (10–40 ms). */
  sinceText?: string;
}

/** A marker beside one message in a room: what the detector found in it. */
export interface MessageMarker {
  messageId: string;
  signals: ('adds_scope' | 'blocks_approval' | 'offers_payment')[];
  evidence: string[];
}

export interface StoreTrouble {
  kind: 'quota' | 'unavailable' | 'corrupt' | 'unknown';
  message: string;
  at: string;
}

/** What a content script shows on its page. */
export interface PageView {
  contractId: string | null;
  title: string | null;
  warnings: WarningView[];
  markers: MessageMarker[];
  problems: string[];
  trouble: StoreTrouble | null;
}

/** A reading's page view, sent to its tab before the reading is committed (`from`: the reader). */
export interface PagePreview {
  type: 'page.preview';
  from: string;
  view: PageView;
}

export interface ReadingAck {
  contractId: string | null;
  added: number;
  view: PageView;
}

export interface ContractListItem {
  id: string;
  title: string;
  clientName: string | null;
  type: ContractType | null;
  openWarnings: number;
  topSeverity: Severity | null;
  lastSeenAt: string;
  problems: string[];
  /** Client scope requests seen, and how many of them were paid for (milestone or pay followed). */
  scopeRequests: number;
  paidRequests: number;
}

export interface RecentPage {
  url: string;
  kind: string;
  at: string;
  problems: string[];
}

export interface ContractsListView {
  contracts: ContractListItem[];
  recentPages: RecentPage[];
  trouble: StoreTrouble | null;
}

export interface ContractDetailView {
  state: ContractState;
  events: TimelineEvent[];
  warnings: WarningView[];
  verdicts: Record<string, ScopeVerdict>;
  scopeRequests: { messageId: string; at: string; quote: string; paid: boolean }[];
}

export interface StateDump {
  contracts: {
    id: string;
    title: string;
    type: ContractType | null;
    warnings: { kind: string; quote: string | null; since: string; id: string }[];
    events: TimelineEvent[];
    milestones: ContractState['milestones'];
    problems: string[];
  }[];
}

/** A reminder with an alarm set: its alarm name, when it fires (epoch ms) and what it is about. */
export interface ReminderView {
  name: string;
  when: number;
  kind: string;
  contractId: string;
  deadline: string;
}

export interface ResponseMap extends Record<MessageType, unknown> {
  'page.reading': ReadingAck;
  'page.view': PageView;
  'warning.dismiss': { dismissed: true };
  'page.sanitize': { html: string };
  'contracts.list': ContractsListView;
  'contract.detail': ContractDetailView | null;
  'contract.setBaseline': { updated: true };
  'contract.exportTimeline': { filename: string; text: string };
  'data.export': { filename: string; json: string };
  'data.import': { contracts: number; events: number };
  'data.delete': { deleted: true };
  'state.dump': StateDump;
  'reminders.sync': { reminders: ReminderView[] };
}
