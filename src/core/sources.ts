// Every page the advice cites, in one table so that the links are checked in one place
// (sources.test.ts). Only Upwork's own pages: the Help Center, the Community's official release
// notes and announcements. Each entry says what the advice takes from it.

export interface Source {
  title: string;
  url: string;
}

export const SOURCES = {
  /** Only funded (deposited) money is protected; release on approval or after 14 days. */
  fixedPriceProtection: {
    title: 'Upwork Help: Fixed-Price Protection',
    url: 'https://support.upwork.com/hc/en-us/articles/211063748-Fixed-Price-Protection',
  },
  /** 14 days to approve or request changes; no action counts as approval; "Request Changes". */
  milestonesFixedPrice: {
    title: 'Upwork Help: Milestones for fixed-price jobs',
    url: 'https://support.upwork.com/hc/en-us/articles/211068218-Milestones-for-fixed-price-jobs',
  },
  /** Freelancers propose milestones or a higher amount; the request does not expire. */
  proposeMilestoneChanges: {
    title: 'Upwork Help: Propose changes to a milestone',
    url: 'https://support.upwork.com/hc/en-us/articles/360023544173-Propose-Changes-to-a-Milestone',
  },
  /** Once the offer is accepted, terms change only if both sides agree. */
  changeTerms: {
    title: 'Upwork Help: Change proposal terms',
    url: 'https://support.upwork.com/hc/en-us/articles/211060388-Change-Proposal-Terms',
  },
  /** How a resubmission after "Request changes" starts a new review: no single article found. */
  requestChangesSearch: {
    title: 'Upwork Help Center search: request changes on a milestone',
    url: 'https://support.upwork.com/hc/en-us/search?query=request+changes+milestone+resubmit',
  },
  /** Disputes on fixed-price contracts; 7 days to accept or dispute an escrow refund request. */
  disputeNonRelease: {
    title: 'Upwork Help: Dispute non-release of a milestone payment',
    url: 'https://support.upwork.com/hc/en-us/articles/211068528-Dispute-non-release-of-a-milestone-payment',
  },
  /** Freelancers file a dispute within 7 days of the contract ending (December 2023). */
  disputeReleaseNote: {
    title: 'Upwork Community release notes: Streamlined dispute experience for fixed-price contracts',
    url: 'https://community.upwork.com/t5/Product-Release-Notes/Streamlined-dispute-experience-for-fixed-price-contracts/ba-p/1478163',
  },
  /** 90 days with money in escrow and no activity: the contract becomes dormant. */
  dormantContracts: {
    title: 'Upwork Help: Contracts gone dormant',
    url: 'https://support.upwork.com/hc/en-us/articles/360000990208-Contracts-Gone-Dormant',
  },
  /** 24 months, weights by earnings, formula not disclosed. */
  jobSuccessScore: {
    title: 'Upwork Help: Job Success Score',
    url: 'https://support.upwork.com/hc/en-us/articles/34958134307475-Job-Success-Score',
  },
  /** Jobs with no earnings or no feedback can start to count months after the last payment. */
  jobSuccessScoreChanges: {
    title: 'Upwork Help: Why did my Job Success Score change?',
    url: 'https://support.upwork.com/hc/en-us/articles/115006097327-Why-Did-My-Job-Success-Score-Change-',
  },
  /** Since November 8, 2020, contracts ended without feedback are left out of the score. */
  noFeedbackContracts: {
    title: 'Upwork Community release notes: No feedback contracts no longer impact Job Success Score',
    url: 'https://community.upwork.com/t5/Product-Release-Notes/No-feedback-contracts-no-longer-impact-Job-Success-Score-JSS/ba-p/824751',
  },
  /** Top Rated: remove one contract from the score, once every 10 jobs, at most every 3 months. */
  topRatedRemoval: {
    title: 'Upwork Community announcement: New perks and requirements for Top Rated',
    url: 'https://community.upwork.com/t5/Announcements/Announcing-New-Perks-and-Requirements-for-our-Top-Rated/m-p/205212',
  },
  /** Hourly: only hours within the weekly limit are billed and protected; only the client raises it. */
  weeklyLimit: {
    title: 'Upwork Help: Contract weekly limit',
    url: 'https://support.upwork.com/hc/en-us/articles/211068258-Contract-Weekly-Limit',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** Hosts the advice may link to: Upwork's own. */
export const UPWORK_SOURCE_HOSTS = ['support.upwork.com', 'community.upwork.com', 'www.upwork.com'] as const;

export function sourcesFor(ids: readonly SourceId[]): Source[] {
  return ids.map((id) => ({ ...SOURCES[id] }));
}
