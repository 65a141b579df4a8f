// Plain data shared by every part of Scope Guard. The shapes of PageReading, Contract, Milestone and
// Message are a public interface (the `parse` command prints them; see DESIGN.md): extend them only
// by adding optional fields.

export type PageKind = 'workroom' | 'room' | 'contracts' | 'unknown';

export const MILESTONE_STATUSES = [
  'not_funded',
  'funded',
  'submitted',
  'changes_requested',
  'approved',
  'paid',
  'refunded',
  'unknown',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type ContractType = 'fixed' | 'hourly';
export type Sender = 'client' | 'freelancer' | 'system';

export interface Contract {
  /** Digits of `/nx/wm/workroom/<digits>/`. */
  id: string;
  title: string;
  clientName: string | null;
  type: ContractType;
  /** Total fixed price as a number (1250 for "$1,250.00"); null where the page shows none (hourly). */
  budget: number | null;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** YYYY-MM-DD or null. */
  startedOn: string | null;
  /** Status as the page words it ("Active", "Ended"...), null when not shown. */
  status: string | null;
  /** Hourly contracts: rate per hour. */
  hourlyRate?: number | null;
  /** Hourly contracts: weekly limit in hours. */
  weeklyLimit?: number | null;
  /** The agreed description (job post / offer terms) when the page shows it. */
  description?: string | null;
}

export interface Milestone {
  title: string;
  amount: number | null;
  currency: string;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  status: MilestoneStatus;
  /** The status as the page words it ("Active & funded"). */
  statusText?: string;
  /** A date shown beside the status ("Submitted Nov 20, 2026"), YYYY-MM-DD. */
  statusOn?: string | null;
  description?: string | null;
}

export interface Message {
  /** Stable id: the story id from the page (the story element’s id), or a hash of author, time and text. */
  id: string;
  sender: Sender;
  /** The name the page shows as the story's author; null for Upwork's own (system) stories that name no person. */
  author: string | null;
  /** ISO 8601. */
  sentAt: string;
  text: string;
  /** Where sentAt came from: the timestamp's full title, the day header only, or nothing on the page. */
  timeSource?: 'title' | 'day' | 'none';
  attachments?: string[];
}

/** One row of the contracts list page. */
export interface ContractSummary {
  id: string;
  title: string;
  clientName: string | null;
  status: string | null;
}

export interface PageReading {
  kind: PageKind;
  contractId: string | null;
  roomId: string | null;
  contract: Contract | null;
  milestones: Milestone[];
  messages: Message[];
  /** What the reader looked for and did not find; empty when the page was fully understood. */
  problems: string[];
  /** Contracts list page only. */
  contracts?: ContractSummary[];
  /** The workroom tab or page variant read ("overview", "messages", "proposal"...). */
  tab?: string | null;
  /** The logged-in freelancer's name, when the top navigation shows it. */
  freelancerName?: string | null;
  /** The agreed scope text (job post, proposal, offer terms) when this page shows it. */
  agreement?: Agreement | null;
}

export interface Agreement {
  /** Where it was read: "job_post", "proposal", "offer", "manual". */
  source: 'job_post' | 'proposal' | 'offer' | 'manual';
  title: string | null;
  text: string;
}

// ---- Scope detector ----

export interface ScopeSignals {
  adds_scope: boolean;
  offers_payment: boolean;
  blocks_approval: boolean;
}

export interface ScopeVerdict extends ScopeSignals {
  /** 0..1: how sure the detector is of the verdict as a whole. */
  confidence: number;
  /** The words that decided it, quoted from the message (and, with context, from the agreement). */
  evidence: string[];
  /** Evidence per signal, for the UI. */
  evidenceBySignal: { adds_scope: string[]; offers_payment: string[]; blocks_approval: string[] };
  /** Detected language code ("en", "es", "pt", "fr", "de", "ru", "uk", "hi", "nl", "it", "pl"), or "und". */
  lang: string;
}

// ---- Timeline ----

export type TimelineEventKind =
  | 'contract_seen'
  | 'terms_changed'
  | 'milestone_added'
  | 'milestone_amount_changed'
  | 'milestone_status_changed'
  | 'milestone_description_changed'
  | 'milestone_removed'
  | 'agreement_seen'
  | 'message';

/** Where an event's time came from: shown on the page, or when Scope Guard first observed it. */
export type TimeSource = 'page' | 'observed';

export interface MilestoneSnapshot {
  /** Identity of a milestone across readings: its normalised title (plus "#n" for repeats). */
  key: string;
  title: string;
  amount: number | null;
  currency: string;
  dueOn: string | null;
  status: MilestoneStatus;
  description?: string | null;
}

export interface TimelineEvent {
  /** Deterministic from the fact it records, so recording the same fact twice is a no-op. */
  id: string;
  contractId: string;
  kind: TimelineEventKind;
  /** ISO 8601: when it happened (page time) or was first observed. */
  at: string;
  atSource: TimeSource;
  /** ISO 8601: when Scope Guard first recorded it. */
  observedAt: string;
  /** The page the fact was read from. */
  url?: string;
  /** milestone_*: the milestone after the change (before it, for milestone_removed). */
  milestone?: MilestoneSnapshot;
  /** terms_changed / milestone_*_changed: which field and its values. */
  field?: 'title' | 'description' | 'budget' | 'type' | 'amount' | 'status' | 'milestone_description';
  before?: string | number | null;
  after?: string | number | null;
  /** message: the message itself. */
  message?: Message;
  /** agreement_seen: the agreement read. */
  agreement?: Agreement;
}

/** What the store knows of one contract now: the latest terms, milestones and baseline. */
export interface ContractState {
  /** Contract id (digits), or a room id (`room_…`) for a room not yet tied to a contract. */
  id: string;
  contract: Contract | null;
  milestones: MilestoneSnapshot[];
  roomIds: string[];
  /** The first agreement seen, kept as the baseline; later ones become terms_changed events. */
  baseline: (Agreement & { seenAt: string; url: string | null }) | null;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Problems of the latest reading of this contract's pages (empty when understood). */
  lastProblems: string[];
}

// ---- Warnings ----

export type WarningKind =
  | 'unpaid_scope'
  | 'approval_blocked'
  | 'review_deadline'
  | 'terms_changed'
  | 'hourly_over_limit';

export type Severity = 'high' | 'medium' | 'info';

export interface Warning {
  /** Stable: kind + the event that raised it, so a dismissal sticks and a new request is new. */
  id: string;
  contractId: string;
  kind: WarningKind;
  severity: Severity;
  /** ISO 8601: since when it stands (the client's message time, the submission date...). */
  since: string;
  /** The client's own words that raised it, or null. */
  quote: string | null;
  /** The message that raised it, when one did. */
  messageId?: string;
  /** Extra facts for the UI (deadline date, changed field...). */
  detail?: Record<string, string | number | null>;
  /** What would resolve it, in plain words. */
  resolvesWhen: string;
}

export interface Dismissal {
  warningId: string;
  contractId: string;
  reason: string;
  at: string;
}
