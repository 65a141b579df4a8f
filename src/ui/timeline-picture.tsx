// A contract's timeline as a picture: milestones along time (at their due dates) with their amounts
// and states, and the client's scope requests marked above them, so a glance shows "asked for 3
// extras, paid for 1". Colours come from theme.css classes, so the picture follows dark mode.
import { formatDate, formatMoney } from '../core/format';
import type { MilestoneStatus } from '../core/types';
import type { ContractDetailView } from '../protocol/views';
import { t, tCount, uiLocale } from '../platform/i18n';

const WIDTH = 432;
const HEIGHT = 178;
const PAD = 30;
const AXIS_Y = 88;
const DAY = 86_400_000;

/** Status -> the colour class of its dot; states that mean the same to the freelancer share one. */
const STATUS_CLASS: Record<MilestoneStatus, string> = {
  not_funded: 'st-idle',
  funded: 'st-funded',
  submitted: 'st-review',
  changes_requested: 'st-changes',
  approved: 'st-paid',
  paid: 'st-paid',
  refunded: 'st-refunded',
  unknown: 'st-idle',
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function TimelinePicture({ view }: { view: ContractDetailView }) {
  const added = new Map<string, string>();
  for (const e of view.events) if (e.kind === 'milestone_added' && e.milestone && !added.has(e.milestone.key)) added.set(e.milestone.key, e.at);
  const dayTime = (d: string) => Date.parse(`${d}T12:00:00`);
  const milestones = view.state.milestones.map((m) => ({
    ...m,
    time: m.dueOn ? dayTime(m.dueOn) : Date.parse(added.get(m.key) ?? view.state.firstSeenAt),
  }));
  const requests = view.scopeRequests.map((r) => ({ ...r, time: Date.parse(r.at) }));
  const paid = requests.filter((r) => r.paid).length;
  const caption = tCount('extrasSummary', requests.length, String(paid));
  const started = view.state.contract?.startedOn ? dayTime(view.state.contract.startedOn) : Number.NaN;
  const times = [started, ...milestones.map((m) => m.time), ...requests.map((r) => r.time)].filter(Number.isFinite);
  if (milestones.length === 0 && requests.length === 0) return <p class="empty">{t('timelineEmpty')}</p>;
  const start = Math.min(...times);
  const end = Math.max(...times, start + DAY);
  const x = (time: number) => PAD + ((time - start) / (end - start)) * (WIDTH - 2 * PAD);
  const now = Date.now();
  const locale = uiLocale();
  const legend = [...new Set(milestones.map((m) => m.status))];
  return (
    <figure class="timeline-figure">
      <svg class="timeline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t('timelineHeading')}: ${caption}`}>
        <line class="axis" x1={PAD - 8} x2={WIDTH - PAD + 8} y1={AXIS_Y} y2={AXIS_Y} />
        {now > start && now < end && (
          <g class="today">
            <line x1={x(now)} x2={x(now)} y1={AXIS_Y - 30} y2={AXIS_Y + 8} />
            <text x={x(now)} y={AXIS_Y + 20} text-anchor="middle">{t('timelineToday')}</text>
          </g>
        )}
        <text class="date" x={PAD - 8} y={HEIGHT - 6}>{formatDate(new Date(start).toISOString(), locale)}</text>
        <text class="date" x={WIDTH - PAD + 8} y={HEIGHT - 6} text-anchor="end">{formatDate(new Date(end).toISOString(), locale)}</text>
        {requests.map((r) => {
          const cx = x(r.time);
          const state = r.paid ? 'paid' : 'unpaid';
          return (
            <g key={r.messageId} class={`request ${state}`} data-request={state}>
              <title>{`“${shorten(r.quote, 200)}” · ${formatDate(r.at, locale)} · ${r.paid ? t('requestPaid') : t('requestUnpaid')}`}</title>
              <line x1={cx} x2={cx} y1={38} y2={AXIS_Y - 8} />
              <path d={`M${cx} 22 l8 14 h-16 z`} />
              <text x={cx} y={16} text-anchor="middle">{r.paid ? t('timelineExtraPaid') : t('timelineExtraUnpaid')}</text>
            </g>
          );
        })}
        {milestones.map((m, i) => {
          const cx = x(m.time);
          const below = AXIS_Y + (i % 2 ? 44 : 30);
          const anchor = cx < PAD + 40 ? 'start' : cx > WIDTH - PAD - 40 ? 'end' : 'middle';
          const lx = anchor === 'start' ? cx - 8 : anchor === 'end' ? cx + 8 : cx;
          return (
            <g key={m.key} data-milestone={m.key} class={`milestone ${STATUS_CLASS[m.status]}`}>
              <title>{`${m.title} · ${formatMoney(m.amount, m.currency, locale)} · ${t(`status_${m.status}`)}${m.dueOn ? ` · ${formatDate(m.dueOn, locale)}` : ''}`}</title>
              <circle cx={cx} cy={AXIS_Y} r={8} />
              <text class="amount" x={lx} y={below} text-anchor={anchor}>
                {formatMoney(m.amount, m.currency, locale)}
              </text>
              <text class="label" x={lx} y={below + 12} text-anchor={anchor}>
                {shorten(m.title, 24)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <strong data-testid="extras-summary">{caption}</strong>
        <ul class="legend">
          {legend.map((status) => (
            <li key={status}>
              <span class={`dot ${STATUS_CLASS[status]}`} aria-hidden="true" /> {t(`status_${status}`)}
            </li>
          ))}
          {requests.length > 0 && (
            <li>
              <span class="tri" aria-hidden="true" /> {t('timelineLegendRequest')}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
