// Which Upwork page a URL is, as pure functions (github-url-detection style). The URLs each
// detection must match are written beside it; urls.test.ts also uses every one of them as a
// negative case for every other detection, so the detections never overlap.

type Url = URL | string;

function parse(url: Url): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function upworkPath(url: Url): string | null {
  const u = parse(url);
  if (!u || !/(^|\.)upwork\.com$/.test(u.hostname)) return null;
  return u.pathname.replace(/\/+$/, '') || '/';
}

const WORKROOM = /^\/nx\/wm\/workroom\/(\d+)(?:\/(.*))?$/;
const AGREEMENT_TABS = /^(proposal|job-post|details|offer|terms|contract-terms)(\/|$)/;

function workroomTab(url: Url): string | null {
  const m = WORKROOM.exec(upworkPath(url) ?? '');
  if (!m) return null;
  return m[2] ?? '';
}

/** A workroom tab that shows the contract itself: overview (or no tab), timesheet, earnings... */
export const isWorkroom = (url: Url): boolean => {
  const tab = workroomTab(url);
  return tab !== null && tab !== 'messages' && !tab.startsWith('messages/') && !AGREEMENT_TABS.test(tab);
};
export const isWorkroom_ = [
  'https://www.upwork.com/nx/wm/workroom/38123456/overview',
  'https://www.upwork.com/nx/wm/workroom/38123456',
  'https://www.upwork.com/nx/wm/workroom/38123456/',
  'https://www.upwork.com/nx/wm/workroom/38123456/timesheet',
  'https://www.upwork.com/nx/wm/workroom/38123456/overview?tab=milestones',
];

/** The workroom's Messages tab: a message room inside the contract. */
export const isWorkroomMessages = (url: Url): boolean => {
  const tab = workroomTab(url);
  return tab === 'messages' || (tab?.startsWith('messages/') ?? false);
};
export const isWorkroomMessages_ = [
  'https://www.upwork.com/nx/wm/workroom/38123456/messages',
  'https://www.upwork.com/nx/wm/workroom/38123456/messages/',
];

/** The workroom tabs that show what was agreed: the job post, the proposal, the offer terms. */
export const isWorkroomAgreement = (url: Url): boolean => {
  const tab = workroomTab(url);
  return tab !== null && AGREEMENT_TABS.test(tab);
};
export const isWorkroomAgreement_ = [
  'https://www.upwork.com/nx/wm/workroom/38123456/proposal',
  'https://www.upwork.com/nx/wm/workroom/38123456/job-post/details',
  'https://www.upwork.com/nx/wm/workroom/38123456/job-post',
  'https://www.upwork.com/nx/wm/workroom/38123456/details',
  'https://www.upwork.com/nx/wm/workroom/38123456/offer',
];

/** The older contract page, which may redirect to the workroom. Read like a workroom. */
export const isLegacyContract = (url: Url): boolean =>
  /^\/ab\/f\/contracts\/\d+$/.test(upworkPath(url) ?? '');
export const isLegacyContract_ = [
  'https://www.upwork.com/ab/f/contracts/37000002',
  'https://www.upwork.com/ab/f/contracts/37000002/',
];

/** One contract under the contracts list. Read like a workroom. */
export const isContractPage = (url: Url): boolean =>
  /^\/nx\/wm\/contracts\/\d+$/.test(upworkPath(url) ?? '');
export const isContractPage_ = ['https://www.upwork.com/nx/wm/contracts/38400004'];

/** The list of the freelancer's contracts. */
export const isContractsList = (url: Url): boolean => upworkPath(url) === '/nx/wm/contracts';
export const isContractsList_ = [
  'https://www.upwork.com/nx/wm/contracts?status=active',
  'https://www.upwork.com/nx/wm/contracts?status=closed',
  'https://www.upwork.com/nx/wm/contracts',
];

/** One message room. Room ids seen are `room_<hex>`, and since 2026 also a bare UUID
 * (`/ab/messages/rooms/<8-4-4-4-12 hex>`). Any letters and digits are accepted after `room_`, so
 * that an id format change does not silently turn rooms into unknown pages. */
const ROOM_PATH = /^\/ab\/messages\/rooms\/(room_[0-9a-z_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
export const isMessageRoom = (url: Url): boolean => ROOM_PATH.test(upworkPath(url) ?? '');
export const isMessageRoom_ = [
  'https://www.upwork.com/ab/messages/rooms/room_8f3a2c1d9e7b4a6f0c5d2e1f3a4b5c6d',
  'https://www.upwork.com/ab/messages/rooms/room_8f3a2c1d9e7b4a6f0c5d2e1f3a4b5c6d?pageTitle=Acme%20Corp&companyReference=1234567890&sidebar=true',
  'https://www.upwork.com/ab/messages/rooms/room_0a1b2c/',
  'https://www.upwork.com/ab/messages/rooms/room_xyz',
  'https://www.upwork.com/ab/messages/rooms/3f6c1e2a-9b4d-4c7e-8a21-5d0f9e6b7c34',
  'https://www.upwork.com/ab/messages/rooms/3F6C1E2A-9B4D-4C7E-8A21-5D0F9E6B7C34?sidebar=true',
];

/** The inbox: `/ab/messages` redirects to a room; `/ab/messages/rooms` shows the room list and,
 * often, one room selected in it without the room's id in the URL. */
export const isInbox = (url: Url): boolean => {
  const path = upworkPath(url);
  return path === '/ab/messages' || path === '/ab/messages/rooms';
};
export const isInbox_ = [
  'https://www.upwork.com/ab/messages/',
  'https://www.upwork.com/ab/messages',
  'https://www.upwork.com/ab/messages/rooms',
  'https://www.upwork.com/ab/messages/rooms/?sidebar=true',
];

/** Pages that are none of the above, for the negative tests. */
export const isOther_ = [
  'https://www.upwork.com/',
  'https://www.upwork.com/nx/find-work/best-matches',
  'https://www.upwork.com/nx/wm/workroom/',
  'https://www.upwork.com/nx/wm/workroom/abc/overview',
  'https://www.upwork.com/ab/messages/rooms/room_',
  'https://www.upwork.com/ab/messages/rooms/3f6c1e2a-9b4d-4c7e-8a21',
  'https://www.upwork.com/ab/f/contracts/',
  'https://www.upwork.com/nx/wm/contracts/abc',
  'https://example.com/nx/wm/workroom/38123456/overview',
  'https://www.upwork.com.evil.example/nx/wm/workroom/38123456/overview',
  'not a url',
];

/** The contract id (digits) a URL names, or null. */
export function getContractId(url: Url): string | null {
  const path = upworkPath(url) ?? '';
  return (
    WORKROOM.exec(path)?.[1] ??
    /^\/ab\/f\/contracts\/(\d+)$/.exec(path)?.[1] ??
    /^\/nx\/wm\/contracts\/(\d+)$/.exec(path)?.[1] ??
    null
  );
}

/** The room id a URL names (`room_…` with its prefix, or the UUID as written), or null. */
export function getRoomId(url: Url): string | null {
  return ROOM_PATH.exec(upworkPath(url) ?? '')?.[1] ?? null;
}

/** The workroom tab ("overview" when none is given), or null off the workroom. */
export function getWorkroomTab(url: Url): string | null {
  const tab = workroomTab(url);
  if (tab === null) return null;
  return tab === '' ? 'overview' : tab;
}

/** The contract id inside a link's href (`/workroom/<digits>`, `/contracts/<digits>`), or null. */
export function contractIdFromHref(href: string | null | undefined): string | null {
  return /\/(?:workroom|contracts)\/(\d+)(?:[/?#]|$)/.exec(href ?? '')?.[1] ?? null;
}

export type Route =
  | { page: 'workroom'; contractId: string; tab: string }
  | { page: 'workroom-messages'; contractId: string; tab: 'messages' }
  | { page: 'workroom-agreement'; contractId: string; tab: string }
  | { page: 'room'; roomId: string }
  | { page: 'inbox' }
  | { page: 'contracts' }
  | { page: 'unknown' };

/** Every detection at once: which reader a URL needs. */
export function route(url: Url): Route {
  const contractId = getContractId(url);
  if (isWorkroomMessages(url) && contractId) return { page: 'workroom-messages', contractId, tab: 'messages' };
  if (isWorkroomAgreement(url) && contractId) return { page: 'workroom-agreement', contractId, tab: getWorkroomTab(url) ?? '' };
  if (isWorkroom(url) && contractId) return { page: 'workroom', contractId, tab: getWorkroomTab(url) ?? 'overview' };
  if (isLegacyContract(url) && contractId) return { page: 'workroom', contractId, tab: 'contract' };
  if (isContractPage(url) && contractId) return { page: 'workroom', contractId, tab: 'contract' };
  const roomId = getRoomId(url);
  if (roomId) return { page: 'room', roomId };
  if (isInbox(url)) return { page: 'inbox' };
  if (isContractsList(url)) return { page: 'contracts' };
  return { page: 'unknown' };
}
