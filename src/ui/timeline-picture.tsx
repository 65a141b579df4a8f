// A contract's timeline as a picture: milestones along time with their amounts and states, and
// the client's scope requests marked on it, so a glance shows "asked for 3 extras, paid for 1".
import { formatDate, formatMoney } from '../core/format';
import type { MilestoneStatus } from '../core/types';
import type { ContractDetailView } from '../protocol/views';
import { t, uiLocale } from '../platform/i18n';

const STATUS_COLOUR: Record<MilestoneStatus, string> = {
  not_funded: '#8a8a8e',
  funded: '#1f57c3',
  submitted: '#b26a00',
  changes_requested: '#b42318',
  approved: '#13653f',
  paid: '#13653f',
  refunded: '#6b21a8',
  unknown: '#8a8a8e',
};

const WIDTH = 420;
const PAD = 24;

export function TimelinePicture({ view }: { view: ContractDetailView }) {
  const added = new Map<string, string>();
  for (const e of view.events) if (e.kind === 'milestone_added' && e.milestone && !added.has(e.milestone.key)) added.set(e.milestone.key, e.at);
  const milestones = view.state.milestones.map((m) => ({ ...m, at: added.get(m.key) ?? view.state.firstSeenAt }));
  const requests = view.scopeRequests;
  const times = [...milestones.map((m) => Date.parse(m.at)), ...requests.map((r) => Date.parse(r.at))].filter(Number.isFinite);
  const paid = requests.filter((r) => r.paid).length;
  const caption = t('extrasSummary', [String(requests.length), String(paid)]);
  if (times.length === 0) return <p class="empty">{t('timelineEmpty')}</p>;
  const start = Math.min(...times);
  const end = Math.max(...times, start + 86_400_000);
  const x = (iso: string) => PAD + ((Date.parse(iso) - start) / (end - start)) * (WIDTH - 2 * PAD);
  return (
    <figure>
      <svg class="timeline" viewBox={`0 0 ${WIDTH} 120`} role="img" aria-label={`${t('timelineHeading')}: ${caption}`}>
        <title>{caption}</title>
        <line class="axis" x1={PAD} x2={WIDTH - PAD} y1={60} y2={60} stroke-width={1} />
        <text x={PAD} y={112}>{formatDate(new Date(start).toISOString(), uiLocale())}</text>
        <text x={WIDTH - PAD} y={112} text-anchor="end">{formatDate(new Date(end).toISOString(), uiLocale())}</text>
        {milestones.map((m, i) => (
          <g key={m.key} data-milestone={m.key}>
            <circle cx={x(m.at)} cy={60} r={7} fill={STATUS_COLOUR[m.status]}>
              <title>{`${m.title} · ${formatMoney(m.amount, m.currency, uiLocale())} · ${t(`status_${m.status}`)}`}</title>
            </circle>
            <text x={x(m.at)} y={i % 2 ? 86 : 44} text-anchor="middle">
              {formatMoney(m.amount, m.currency, uiLocale())}
            </text>
          </g>
        ))}
        {requests.map((r) => {
          const cx = x(r.at);
          return (
            <g key={r.messageId} data-request={r.paid ? 'paid' : 'unpaid'}>
              <path d={`M${cx} 14 l7 12 h-14 z`} fill={r.paid ? '#13653f' : '#b42318'}>
                <title>{`“${r.quote}” · ${formatDate(r.at, uiLocale())} · ${r.paid ? t('requestPaid') : t('requestUnpaid')}`}</title>
              </path>
              <line x1={cx} x2={cx} y1={26} y2={52} stroke={r.paid ? '#13653f' : '#b42318'} stroke-dasharray="2 2" />
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
