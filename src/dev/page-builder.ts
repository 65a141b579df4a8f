// Builds Upwork-like saved pages (workroom overview, message room) from a small description, in the
// shape the fixtures in test/fixtures/upwork document: Nuxt root, top navigation with the
// freelancer's name, air3 classes, data-test attributes, page noise. Used for the replay scenarios,
// the demo and the benchmark's generated rooms. Every text is escaped: it is data.

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MilestoneSpec {
  title: string;
  /** As the page shows it: "$500.00". */
  amount: string;
  /** "Dec 5, 2026" or null. */
  due: string | null;
  /** Status words as Upwork shows them: "Paid", "Active & funded", "Submitted for review"... */
  status: string;
  statusDate?: string;
  description?: string;
}

export interface WorkroomSpec {
  contractId: string;
  title: string;
  clientName: string;
  freelancerName: string;
  type: 'fixed' | 'hourly';
  /** "$2,400.00" for fixed price. */
  budget?: string;
  /** Hourly: "$45.00 /hr" and "20 hrs/week". */
  rate?: string;
  weeklyLimit?: string;
  startedOn: string;
  status: string;
  milestones: MilestoneSpec[];
}

export type StorySpec =
  | { kind: 'system'; id: string; at: string; text: string }
  | { kind: 'message'; id: string; at: string; author: string; text: string; quote?: string; attachment?: string };

export interface RoomSpec {
  roomId: string;
  /** The contract the "View contract" button links to, when the room shows one. */
  contractId?: string;
  otherParty: string;
  subtitle: string;
  freelancerName: string;
  stories: StorySpec[];
}

function shell(title: string, freelancerName: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en" data-n-head-ssr>
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | Upwork</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f9f9f9;color:#001e00}.nav-d-header{background:#fff;border-bottom:1px solid #e4ebe4;padding:12px 24px}.nav-d-main{display:flex;gap:20px;align-items:center}.nav-d-user-info{margin-left:auto}.wm-main,.up-d-room{max-width:980px;margin:24px auto;padding:0 24px}.air3-card{background:#fff;border:1px solid #e4ebe4;border-radius:16px;padding:20px 24px;margin-bottom:16px}.air3-badge{display:inline-block;background:#e4ebe4;border-radius:12px;padding:2px 10px;font-size:13px}.air3-token{display:inline-block;border:1px solid #d5e0d5;border-radius:12px;padding:2px 10px;font-size:13px;margin-right:6px}.milestone-list{list-style:none;padding:0}.milestone-item{border-top:1px solid #e4ebe4;padding:12px 0}.up-d-story-item{padding:8px 0}.user-name{font-weight:600;margin-right:8px}.story-timestamp{color:#5e6d55;font-size:12px}.story-day-header{text-align:center;color:#5e6d55;margin:16px 0}.system-story{color:#5e6d55;font-style:italic}.room-title{margin:0}.air3-btn{border-radius:10px;border:1px solid #14a800;background:#14a800;color:#fff;padding:6px 14px;text-decoration:none}#story-viewport{background:#fff;border:1px solid #e4ebe4;border-radius:16px;padding:12px 20px;max-height:520px;overflow:auto}</style>
</head>
<body class="air3-theme">
<div id="__nuxt"><div id="__layout"><div class="up-layout">
<header class="nav-d-header" role="banner">
  <nav class="nav-d-main" aria-label="Main navigation">
    <a href="/nx/find-work/" class="nav-item" data-qa="nav-find-work">Find work</a>
    <a href="/nx/wm/contracts?status=active" class="nav-item" data-qa="nav-my-jobs">My jobs</a>
    <a href="/ab/messages/" class="nav-item">Messages</a>
    <div class="nav-d-user-info" data-test="nav-user-menu"><span class="nav-user-name" data-test="nav-user-name">${escapeHtml(freelancerName)}</span></div>
  </nav>
</header>
${body}
<footer class="footer-visitor" role="contentinfo"><p>&copy; 2015 - 2026 Upwork&reg; Global Inc.</p></footer>
</div></div></div>
</body>
</html>
`;
}

export function workroomPage(spec: WorkroomSpec): string {
  const terms =
    spec.type === 'fixed'
      ? `<div class="span-4"><div class="text-light-on-muted">Budget</div><div class="h5" data-test="budget-amount">${escapeHtml(spec.budget ?? '')}</div></div>`
      : `<div class="span-4"><div class="text-light-on-muted">Hourly rate</div><div class="h5" data-test="hourly-rate">${escapeHtml(spec.rate ?? '')}</div></div>
      <div class="span-4"><div class="text-light-on-muted">Weekly limit</div><div data-test="weekly-limit">${escapeHtml(spec.weeklyLimit ?? '')}</div></div>`;
  const milestones = spec.milestones
    .map(
      (m, i) => `      <li data-test="milestone-item" class="milestone-item">
        <div class="milestone-index">${i + 1}</div>
        <div class="milestone-body">
          <h3 class="h5" data-test="milestone-title">${escapeHtml(m.title)}</h3>
          ${m.description ? `<p data-test="milestone-description">${escapeHtml(m.description)}</p>` : ''}
          <div class="air3-grid-container"><span data-test="milestone-amount">${escapeHtml(m.amount)}</span>${m.due ? ` <span class="text-light">Due ${escapeHtml(m.due)}</span>` : ''}</div>
          <div data-test="milestone-status"><span class="air3-badge">${escapeHtml(m.status)}</span>${m.statusDate ? ` <span class="text-light">${escapeHtml(m.statusDate)}</span>` : ''}</div>
        </div>
      </li>`,
    )
    .join('\n');
  const milestoneSection =
    spec.type === 'fixed'
      ? `  <section class="air3-card" data-test="milestones-section">
    <h2 class="h4">Milestone timeline</h2>
    <ol class="milestone-list" data-test="milestone-list">
${milestones}
    </ol>
    <button class="air3-btn air3-btn-secondary">Propose new milestone</button>
  </section>`
      : `  <section class="air3-card" data-test="hours-summary"><h2 class="h4">This week</h2><div>0:00 hrs of ${escapeHtml(spec.weeklyLimit ?? '')}</div><div>Since start: 12:30 hrs</div></section>`;
  return shell(
    spec.title,
    spec.freelancerName,
    `<main class="wm-main" id="main">
  <div class="air3-tabs" role="tablist"><button class="air3-tab-btn is-active">Overview</button><button class="air3-tab-btn">Messages</button><button class="air3-tab-btn">Details</button></div>
  <section class="air3-card wm-contract-header" data-test="contract-header">
    <h1 class="h3 mb-0" data-test="contract-title">${escapeHtml(spec.title)}</h1>
    <div class="d-flex"><span class="air3-token" data-test="contract-type">${spec.type === 'fixed' ? 'Fixed price' : 'Hourly'}</span> <span class="air3-badge" data-test="contract-status">${escapeHtml(spec.status)}</span></div>
    <div class="contract-client">with <strong data-test="client-name">${escapeHtml(spec.clientName)}</strong></div>
    <div class="air3-grid-container">
      ${terms}
      <div class="span-4"><div class="text-light-on-muted">Started</div><div data-test="start-date">${escapeHtml(spec.startedOn)}</div></div>
    </div>
  </section>
${milestoneSection}
</main>`,
  );
}

/** "November 20, 2026 at 2:07 PM" -> "Nov 20, 2026" and "2:07 PM". */
function splitStamp(at: string): { day: string; time: string } {
  const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (.+)$/.exec(at);
  if (!match) return { day: at, time: at };
  return { day: `${(match[1] as string).slice(0, 3)} ${match[2]}, ${match[3]}`, time: match[4] as string };
}

export function storyHtml(story: StorySpec, previousAuthor: string | null, previousDay: string | null): string {
  const { day, time } = splitStamp(story.at);
  const header = day !== previousDay ? `<div class="story-day-header"><hr><span class="header-timestamp">${escapeHtml(day)}</span></div>\n` : '';
  if (story.kind === 'system') {
    return `${header}<div class="up-d-story-item" id="${escapeHtml(story.id)}"><div class="up-d-story" data-test="story-container"><span class="story-timestamp" title="${escapeHtml(story.at)}">${escapeHtml(time)}</span><div class="system-story"><p>${escapeHtml(story.text)}</p></div></div></div>`;
  }
  const showHeader = story.author !== previousAuthor || header !== '';
  const paragraphs = story.text
    .split(/\n+/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
  const quote = story.quote ? `<div class="reply-wrapper"><div class="quote-wrap">${escapeHtml(story.quote)}</div></div>` : '';
  const attachment = story.attachment
    ? `<div class="up-d-story-reference"><div class="story-file-preview"><span class="file-name">${escapeHtml(story.attachment)}</span></div></div>`
    : '';
  const stamp = `<span class="story-timestamp" title="${escapeHtml(story.at)}">${escapeHtml(time)}</span>`;
  return `${header}<div class="up-d-story-item" id="${escapeHtml(story.id)}"><div class="up-d-story" data-test="story-container">${
    showHeader ? `<div class="story-message-header" data-test="story-header"><span class="user-name">${escapeHtml(story.author)}</span> ${stamp}</div>` : stamp
  }${quote}<div class="story-message"><div data-test="story-message">${paragraphs}</div><span class="end-of-message"></span></div>${attachment}</div></div>`;
}

export function storiesHtml(stories: StorySpec[]): string {
  let author: string | null = null;
  let day: string | null = null;
  const out: string[] = [];
  for (const story of stories) {
    out.push(storyHtml(story, author, day));
    author = story.kind === 'message' ? story.author : null;
    day = splitStamp(story.at).day;
  }
  return out.join('\n');
}

export function roomPage(spec: RoomSpec): string {
  const view = spec.contractId
    ? `<a href="/nx/wm/workroom/${escapeHtml(spec.contractId)}/overview" data-ev-label="wm_view_contract_action" class="air3-btn air3-btn-secondary">View contract</a>`
    : '';
  return shell(
    'Messages',
    spec.freelancerName,
    `<div class="up-d-room"><div class="up-d-room-header" data-test="room-header"><h2 class="room-title" data-test="room-title">${escapeHtml(spec.otherParty)}</h2><div class="room-subtitle" data-test="room-subtitle">${escapeHtml(spec.subtitle)}</div>
${view}</div>
<div id="story-viewport" class="scroll-wrapper"><div class="story-list">
${storiesHtml(spec.stories)}
</div></div>
<div class="composer"><textarea placeholder="Send a message" data-test="composer-input"></textarea><button class="air3-btn">Send</button></div>
</div>`,
  );
}
