// Every page the advice cites, in one table so that the links are checked in one place
// (sources.test.ts). Only Upwork's own pages: the Help Center, the Community's official release
// notes and announcements. Each entry says what the advice takes from it; README-advice.md records,
// statement by statement, what was checked, where, and what could not be confirmed.

export interface Source {
  title: string;
  url: string;
}

export const SOURCES = {
  /** Only deposited money is protected ("promised but not deposited" cannot be collected); release on approval or after 14 days. */
  fixedPriceProtection: {
    title: 'Upwork Help: Fixed-Price Protection',
    url: 'https://support.upwork.com/hc/en-us/articles/211063748-Fixed-Price-Protection',
  },
  /** 14 days to approve or request changes, then automatic release; only one milestone funded at a time. */
  milestonesFixedPrice: {
    title: 'Upwork Help: Milestones for fixed-price jobs',
    url: 'https://support.upwork.com/hc/en-us/articles/211068218-Milestones-for-fixed-price-jobs',
  },
  /** One milestone funded at a time; the next is funded after the current one is released. */
  addEditMilestones: {
    title: 'Upwork Help: Adding and editing milestones for fixed-price contracts',
    url: 'https://support.upwork.com/hc/en-us/articles/360000990268-Adding-and-editing-milestones-for-fixed-price-contracts',
  },
  /**
   * Freelancers propose new milestones, or ask to increase an active milestone's amount (the
   * increase is deposited once the client approves); the request does not expire.
   */
  proposeMilestoneChanges: {
    title: 'Upwork Help: Propose changes to a milestone',
    url: 'https://support.upwork.com/hc/en-us/articles/360023544173-Propose-Changes-to-a-Milestone',
  },
  /** Once the offer is accepted, terms change only if both sides agree. */
  changeTerms: {
    title: 'Upwork Help: Change proposal terms',
    url: 'https://support.upwork.com/hc/en-us/articles/211060388-Change-Proposal-Terms',
  },
  /** "Request changes" closes the review until the work is resubmitted; then the 14 days start over. */
  reviewMilestone: {
    title: 'Upwork Help: Review a milestone submission (for clients)',
    url: 'https://support.upwork.com/hc/en-us/articles/360000980507',
  },
  /** Disputes on fixed-price contracts; 7 calendar days to dispute an ended contract's refund request. */
  disputeNonRelease: {
    title: "Upwork Help: How to file a dispute when your client doesn't pay a milestone",
    url: 'https://support.upwork.com/hc/en-us/articles/211068528-Dispute-non-release-of-a-milestone-payment',
  },
  /** Freelancers file a dispute within 7 days of the contract ending (December 2023). */
  disputeReleaseNote: {
    title: 'Upwork Community release notes: Streamlined dispute experience for fixed-price contracts',
    url: 'https://community.upwork.com/t5/Product-Release-Notes/Streamlined-dispute-experience-for-fixed-price-contracts/ba-p/1478163',
  },
  /**
   * Dormant: funds still held and 90 days after the last milestone's due date; notices on days 76
   * and 83, dormant on day 90; adding or changing a milestone keeps the contract open.
   */
  dormantContracts: {
    title: 'Upwork Help: Contracts gone dormant',
    url: 'https://support.upwork.com/hc/en-us/articles/360000990208-Contracts-Gone-Dormant',
  },
  /** Jobs of the last 24 months; scores update daily; the exact formula is not disclosed. */
  jobSuccessScore: {
    title: 'Upwork Help: Job Success Score',
    url: 'https://support.upwork.com/hc/en-us/articles/34958134307475-Job-Success-Score',
  },
  /** Contracts with no payment and no feedback do not affect the score (current FAQ). */
  jobSuccessScoreFactors: {
    title: 'Upwork Help: What factors affect my Job Success Score?',
    url: 'https://support.upwork.com/hc/en-us/articles/38439816969875-What-factors-affect-my-Job-Success-Score',
  },
  /** Older article: jobs with no earnings or no feedback can start to count months after the last payment. */
  jobSuccessScoreChanges: {
    title: 'Upwork Help: Why did my Job Success Score change?',
    url: 'https://support.upwork.com/hc/en-us/articles/115006097327-Why-Did-My-Job-Success-Score-Change-',
  },
  /** Since November 8, 2020, contracts ended without feedback are left out of the score. */
  noFeedbackContracts: {
    title: 'Upwork Community release notes: No feedback contracts no longer impact Job Success Score',
    url: 'https://community.upwork.com/t5/Product-Release-Notes/No-feedback-contracts-no-longer-impact-Job-Success-Score-JSS/ba-p/824751',
  },
  /** Bonus and miscellaneous payments are not covered by Payment Protection and cannot be disputed. */
  bonusPayments: {
    title: 'Upwork Help: Bonus and miscellaneous payments',
    url: 'https://support.upwork.com/hc/en-us/articles/41471537743251-Bonus-and-miscellaneous-payments',
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
