/* /staff/reports.html — an agency officer's projects and their progress reports: returned with the
 * reviewer's comment, overdue, due soon, later, and submitted (with whether they were late). */
import { api, el, mountShell, requireSignIn } from './core.js';
import { lang, onLangChange, registerStrings, t } from './i18n.js';
import { badge, daysFromNow, dueText, fill, formatDateTime, item, say } from './work.js';

registerStrings({
  th: {
    reportsTitle: 'รายงานความก้าวหน้า',
    returnedHeading: 'ส่งคืนให้แก้ไข',
    overdueHeading: 'เกินกำหนดส่ง',
    soonHeading: 'ใกล้ครบกำหนด (ภายใน 14 วัน)',
    laterHeading: 'งวดถัดไป',
    doneHeading: 'ส่งแล้ว',
    periodOf: 'งวด {period}',
    submittedOn: 'ส่งเมื่อ {date}',
    commentIs: 'ความเห็นผู้ตรวจ: {comment}',
  },
  en: {
    reportsTitle: 'Progress reports',
    returnedHeading: 'Returned for changes',
    overdueHeading: 'Overdue',
    soonHeading: 'Due soon (within 14 days)',
    laterHeading: 'Later periods',
    doneHeading: 'Submitted',
    periodOf: 'Period {period}',
    submittedOn: 'Submitted {date}',
    commentIs: "Reviewer's comment: {comment}",
  },
});

const SOON_DAYS = 14;
let reports = [];

function projectName(p) {
  if (!p) return '';
  const name = lang() === 'en' && p.nameEn ? p.nameEn : p.name;
  return `${p.code} ${name}`;
}

function reportItem(r) {
  const open = r.state === 'pending' || r.state === 'returned';
  const badges = el('p', {}, badge(t(`report.${r.state}`), r.state === 'returned' ? 'urgency-urgent' : ''), ' ');
  if (!open && r.state !== 'waived') badges.append(badge(r.late ? t('late') : t('onTime'), r.late ? 'urgency-emergency' : ''));
  const due = el('p', { class: open && new Date(r.dueAt).getTime() < Date.now() ? 'overdue' : 'meta', text: dueText(r.dueAt, open) });
  return item(
    `/staff/report.html?id=${encodeURIComponent(r.documentId)}`,
    `${projectName(r.project)} — ${t('periodOf', { period: r.periodLabel })}`,
    badges,
    due,
    r.submittedAt && !open ? el('p', { class: 'meta', text: t('submittedOn', { date: formatDateTime(r.submittedAt) }) }) : null,
    r.state === 'returned' && r.reviewerComment ? el('p', { text: t('commentIs', { comment: r.reviewerComment }) }) : null,
  );
}

function render() {
  const groups = { returned: [], overdue: [], soon: [], later: [], done: [] };
  for (const r of reports) {
    if (r.state === 'returned') groups.returned.push(r);
    else if (r.state === 'pending') {
      const d = daysFromNow(r.dueAt);
      groups[new Date(r.dueAt).getTime() < Date.now() ? 'overdue' : d <= SOON_DAYS ? 'soon' : 'later'].push(r);
    } else groups.done.push(r);
  }
  groups.done.sort((a, b) => new Date(b.submittedAt || b.dueAt) - new Date(a.submittedAt || a.dueAt));
  for (const [name, list] of Object.entries(groups)) fill(document.getElementById(`list-${name}`), list.map(reportItem));
}

async function load() {
  const status = document.getElementById('list-status');
  const query = new URLSearchParams({
    'populate[project][fields][0]': 'code',
    'populate[project][fields][1]': 'name',
    'populate[project][fields][2]': 'nameEn',
    'sort[0]': 'dueAt:asc',
    'pagination[pageSize]': '100',
  });
  const res = await api(`/api/progress-reports?${query}`);
  if (!res.ok) return say(status, res.error.message);
  reports = res.data || [];
  say(status, '');
  render();
}

await requireSignIn({ roles: ['agency-officer'] });
mountShell({ page: '/staff/reports.html' });
onLangChange(render);
load();
