// Writes the replay scenarios in test/fixtures/scenarios/: each a folder of saved pages and a
// scenario.json (DESIGN.md, command 3), plus expected.json with the warnings that must stand at
// the end and those that must not. Run: npx tsx src/dev/make-scenarios.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RoomSpec, type WorkroomSpec, roomPage, workroomPage } from './page-builder';

const DIR = new URL('../../test/fixtures/scenarios/', import.meta.url).pathname;

interface Expected {
  /** Warnings that must stand at the end, by contract. */
  warnings: { contract: string; kind: string; quoteIncludes?: string }[];
  /** Warning kinds that must not stand, by contract. */
  absent: { contract: string; kind: string }[];
  /** Steps whose banner must show (true) or not (false). */
  banners?: boolean[];
}

interface Scenario {
  name: string;
  steps: { url: string; file: string; html: string }[];
  expected: Expected;
}

const FREELANCER = 'Ana Souza';

const bakery: WorkroomSpec = {
  contractId: '40100001',
  title: 'Landing page for a bakery',
  clientName: 'Crumb & Co',
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$900.00',
  startedOn: 'Nov 2, 2026',
  status: 'Active',
  milestones: [
    { title: 'Design mockups', amount: '$300.00', due: 'Nov 10, 2026', status: 'Paid', statusDate: 'Nov 12, 2026' },
    { title: 'Build the landing page', amount: '$600.00', due: 'Nov 30, 2026', status: 'Submitted for review', statusDate: 'Nov 20, 2026' },
  ],
};

const bakeryRoom: RoomSpec = {
  roomId: 'room_ab12cd34ef',
  contractId: '40100001',
  otherParty: 'Jamie Crumb',
  subtitle: 'Crumb & Co · Landing page for a bakery',
  freelancerName: FREELANCER,
  stories: [
    { kind: 'system', id: 'story_b0001', at: 'November 20, 2026 at 9:00 AM', text: `${FREELANCER} submitted work for milestone "Build the landing page"` },
    { kind: 'message', id: 'story_b0002', at: 'November 20, 2026 at 9:01 AM', author: FREELANCER, text: 'Hi Jamie, the landing page is ready for your review.' },
    {
      kind: 'message',
      id: 'story_b0003',
      at: 'November 21, 2026 at 10:12 AM',
      author: 'Jamie Crumb',
      text: 'Looks good overall. Before I approve it, please also add an online ordering page with our full menu.',
    },
    { kind: 'message', id: 'story_b0004', at: 'November 21, 2026 at 10:13 AM', author: 'Jamie Crumb', text: "I won't release the payment until the ordering page is done." },
  ],
};

const dashboard: WorkroomSpec = {
  contractId: '40200002',
  title: 'Inventory web app MVP',
  clientName: 'Stockly Ltd',
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$1,500.00',
  startedOn: 'Oct 12, 2026',
  status: 'Active',
  milestones: [{ title: 'Inventory CRUD and login', amount: '$1,500.00', due: 'Dec 1, 2026', status: 'Active & funded' }],
};
const dashboardRoom: RoomSpec = {
  roomId: 'room_dd0022ee',
  contractId: '40200002',
  otherParty: 'Priya Natarajan',
  subtitle: 'Stockly Ltd · Inventory web app MVP',
  freelancerName: FREELANCER,
  stories: [
    { kind: 'message', id: 'story_d0001', at: 'November 18, 2026 at 3:40 PM', author: 'Priya Natarajan', text: 'Great progress! While you are at it, could you also build an admin dashboard with sales charts?' },
    { kind: 'message', id: 'story_d0002', at: 'November 18, 2026 at 4:05 PM', author: FREELANCER, text: 'Sure, that is extra work — I can propose a milestone for the admin dashboard.' },
  ],
};
const dashboardAfter: WorkroomSpec = {
  ...dashboard,
  milestones: [
    ...dashboard.milestones,
    { title: 'Admin dashboard with sales charts', amount: '$400.00', due: 'Dec 15, 2026', status: 'Active & funded' },
  ],
};

const bugfix: WorkroomSpec = {
  contractId: '40300003',
  title: 'Fix responsive header on WordPress site',
  clientName: 'Green Leaf Yoga',
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$150.00',
  startedOn: 'Nov 15, 2026',
  status: 'Active',
  milestones: [{ title: 'Responsive header fixes', amount: '$150.00', due: 'Nov 28, 2026', status: 'Active & funded' }],
};
const bugfixRoom: RoomSpec = {
  roomId: 'room_bf0033aa',
  contractId: '40300003',
  otherParty: 'Mara Lind',
  subtitle: 'Green Leaf Yoga · Fix responsive header on WordPress site',
  freelancerName: FREELANCER,
  stories: [
    { kind: 'message', id: 'story_f0001', at: 'November 22, 2026 at 8:15 AM', author: 'Mara Lind', text: 'Please fix the header bug we discussed, it still overlaps the logo on mobile.' },
    { kind: 'message', id: 'story_f0002', at: 'November 22, 2026 at 8:16 AM', author: 'Mara Lind', text: 'Also, thanks for the fast delivery so far!' },
    { kind: 'message', id: 'story_f0003', at: 'November 22, 2026 at 9:30 AM', author: FREELANCER, text: 'On it, I will push the fix today.' },
  ],
};

const hourly: WorkroomSpec = {
  contractId: '40400004',
  title: 'Ongoing Shopify support',
  clientName: 'Peak Outdoor',
  freelancerName: FREELANCER,
  type: 'hourly',
  rate: '$45.00 /hr',
  weeklyLimit: '10 hrs/week',
  startedOn: 'Sep 1, 2026',
  status: 'Active',
  milestones: [],
};
const hourlyRoom: RoomSpec = {
  roomId: 'room_aa0044bb',
  contractId: '40400004',
  otherParty: 'Tom Becker',
  subtitle: 'Peak Outdoor · Ongoing Shopify support',
  freelancerName: FREELANCER,
  stories: [
    { kind: 'message', id: 'story_h0001', at: 'November 23, 2026 at 11:00 AM', author: 'Tom Becker', text: 'Could you also add a newsletter signup popup to the store this week?' },
  ],
};

const spanish: WorkroomSpec = {
  contractId: '40500005',
  title: 'Tienda online para cerámica',
  clientName: 'Cerámicas Luna',
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$1,200.00',
  startedOn: 'Oct 20, 2026',
  status: 'Active',
  milestones: [
    { title: 'Catálogo y carrito', amount: '$800.00', due: 'Nov 15, 2026', status: 'Submitted', statusDate: 'Nov 16, 2026' },
    { title: 'Pasarela de pago', amount: '$400.00', due: 'Dec 10, 2026', status: 'Not funded' },
  ],
};
const spanishRoom: RoomSpec = {
  roomId: 'room_es0055cc',
  contractId: '40500005',
  otherParty: 'Lucía Romero',
  subtitle: 'Cerámicas Luna · Tienda online para cerámica',
  freelancerName: FREELANCER,
  stories: [
    {
      kind: 'message',
      id: 'story_e0001',
      at: 'November 17, 2026 at 6:20 PM',
      author: 'Lucía Romero',
      text: 'Hola Ana, ¿podrías agregar también un blog con 5 artículos? No voy a aprobar el hito hasta que el blog esté listo.',
    },
  ],
};

// Agreed scope: the job post names a contact form; the client later asks for it (in scope) and
// for a booking calendar (not in scope).
const studio: WorkroomSpec = {
  contractId: '40600006',
  title: 'Website for a photo studio',
  clientName: 'Lumen Studio',
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$1,000.00',
  startedOn: 'Nov 1, 2026',
  status: 'Active',
  milestones: [{ title: 'Five-page website', amount: '$1,000.00', due: 'Dec 5, 2026', status: 'Active & funded' }],
};

function jobPostPage(spec: WorkroomSpec, description: string): string {
  // The workroom's job-post tab, in the markup the job-post fixture documents.
  return workroomPage(spec).replace(
    /<section class="air3-card" data-test="milestones-section">[\s\S]*?<\/section>/,
    `<section class="air3-card" data-test="job-details"><h2 class="h4">Job details</h2><h3 data-test="job-title">${spec.title}</h3><div data-test="job-description"><p>${description}</p></div></section>`,
  );
}

const studioRoom: RoomSpec = {
  roomId: 'room_ph0066dd',
  contractId: '40600006',
  otherParty: 'Noor Haddad',
  subtitle: 'Lumen Studio · Website for a photo studio',
  freelancerName: FREELANCER,
  stories: [
    { kind: 'message', id: 'story_p0001', at: 'November 19, 2026 at 10:00 AM', author: 'Noor Haddad', text: 'Can you also add the contact form to the about page?' },
    { kind: 'message', id: 'story_p0002', at: 'November 19, 2026 at 10:02 AM', author: 'Noor Haddad', text: 'And please also add an online booking calendar so clients can reserve sessions.' },
  ],
};

const room = (id: string) => `https://www.upwork.com/ab/messages/rooms/${id}?sidebar=true`;
const overview = (id: string) => `https://www.upwork.com/nx/wm/workroom/${id}/overview`;

const SCENARIOS: Scenario[] = [
  {
    name: 'approval-held-for-extra-work',
    steps: [
      { url: overview(bakery.contractId), file: 'workroom.html', html: workroomPage(bakery) },
      { url: room(bakeryRoom.roomId), file: 'room.html', html: roomPage(bakeryRoom) },
    ],
    expected: {
      warnings: [
        { contract: '40100001', kind: 'approval_blocked', quoteIncludes: 'ordering page' },
        { contract: '40100001', kind: 'unpaid_scope', quoteIncludes: 'ordering page' },
        { contract: '40100001', kind: 'review_deadline' },
      ],
      absent: [],
      banners: [true, true],
    },
  },
  {
    name: 'extra-feature-then-milestone',
    steps: [
      { url: overview(dashboard.contractId), file: 'workroom-before.html', html: workroomPage(dashboard) },
      { url: `https://www.upwork.com/nx/wm/workroom/${dashboard.contractId}/messages`, file: 'messages.html', html: roomPage(dashboardRoom) },
      { url: overview(dashboard.contractId), file: 'workroom-after.html', html: workroomPage(dashboardAfter) },
    ],
    expected: { warnings: [], absent: [{ contract: '40200002', kind: 'unpaid_scope' }], banners: [false, true, false] },
  },
  {
    name: 'bug-fix-only',
    steps: [
      { url: overview(bugfix.contractId), file: 'workroom.html', html: workroomPage(bugfix) },
      { url: room(bugfixRoom.roomId), file: 'room.html', html: roomPage(bugfixRoom) },
    ],
    expected: {
      warnings: [],
      absent: [
        { contract: '40300003', kind: 'unpaid_scope' },
        { contract: '40300003', kind: 'approval_blocked' },
      ],
      banners: [false, false],
    },
  },
  {
    name: 'hourly-contract',
    steps: [
      { url: overview(hourly.contractId), file: 'workroom.html', html: workroomPage(hourly) },
      { url: room(hourlyRoom.roomId), file: 'room.html', html: roomPage(hourlyRoom) },
    ],
    expected: { warnings: [], absent: [{ contract: '40400004', kind: 'unpaid_scope' }] },
  },
  {
    name: 'request-in-spanish',
    steps: [
      { url: overview(spanish.contractId), file: 'workroom.html', html: workroomPage(spanish) },
      { url: room(spanishRoom.roomId), file: 'room.html', html: roomPage(spanishRoom) },
    ],
    expected: {
      warnings: [
        { contract: '40500005', kind: 'unpaid_scope', quoteIncludes: 'blog' },
        { contract: '40500005', kind: 'approval_blocked' },
      ],
      absent: [],
      banners: [true, true],
    },
  },
  {
    name: 'agreed-scope-from-job-post',
    steps: [
      { url: overview(studio.contractId), file: 'workroom.html', html: workroomPage(studio) },
      {
        url: `https://www.upwork.com/nx/wm/workroom/${studio.contractId}/job-post/details`,
        file: 'job-post.html',
        html: jobPostPage(
          studio,
          'We need a five-page website for our photo studio: home, portfolio gallery, pricing, about us with a contact form, and a blog. Mobile friendly, built on WordPress.',
        ),
      },
      { url: room(studioRoom.roomId), file: 'room.html', html: roomPage(studioRoom) },
    ],
    expected: {
      warnings: [{ contract: '40600006', kind: 'unpaid_scope', quoteIncludes: 'booking calendar' }],
      absent: [],
    },
  },
];

for (const scenario of SCENARIOS) {
  const dir = join(DIR, scenario.name);
  mkdirSync(dir, { recursive: true });
  for (const step of scenario.steps) writeFileSync(join(dir, step.file), step.html);
  writeFileSync(join(dir, 'scenario.json'), `${JSON.stringify({ steps: scenario.steps.map((s) => ({ url: s.url, html: s.file })) }, null, 2)}\n`);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(scenario.expected, null, 2)}\n`);
}
process.stderr.write(`Wrote ${SCENARIOS.length} scenarios to ${DIR}\n`);
