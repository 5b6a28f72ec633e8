/* MIND Desk staff app, field team: labels, deadlines and the live countdown shared by the list
 * (complaints.js) and the complaint page (complaint.js). */
import { formatDateTime, formatDuration, lang, registerStrings, t } from './i18n.js';
import { el } from './core.js';

export const FIELD_ROLES = ['response-team-member'];
export const OPEN_STATES = ['received', 'triaged', 'assigned', 'in_progress'];

registerStrings({
  th: {
    st_received: 'รับเรื่องแล้ว',
    st_triaged: 'คัดกรองแล้ว',
    st_assigned: 'มอบหมายทีมแล้ว',
    st_in_progress: 'กำลังดำเนินการ',
    st_resolved: 'แก้ไขแล้ว',
    st_closed: 'ปิดเรื่อง',
    st_rejected: 'ไม่รับเรื่อง',
    st_duplicate: 'เรื่องซ้ำ',
    urg_normal: 'ปกติ',
    urg_urgent: 'ด่วน',
    urg_emergency: 'ด่วนมาก',
    urgencyLabel: 'ความเร่งด่วน',
    statusLabel: 'สถานะ',
    ackDue: 'กำหนดรับเรื่อง',
    resolveDue: 'กำหนดแก้ไขแล้วเสร็จ',
    leftUntil: 'เหลือ {d} ({what})',
    overdueBy: 'เกินกำหนด {d} ({what})',
    noDeadline: 'ไม่มีกำหนด',
    waitingVisits: 'รอส่ง {n} รายการ',
  },
  en: {
    st_received: 'Received',
    st_triaged: 'Triaged',
    st_assigned: 'Assigned',
    st_in_progress: 'In progress',
    st_resolved: 'Resolved',
    st_closed: 'Closed',
    st_rejected: 'Rejected',
    st_duplicate: 'Duplicate',
    urg_normal: 'Normal',
    urg_urgent: 'Urgent',
    urg_emergency: 'Emergency',
    urgencyLabel: 'Urgency',
    statusLabel: 'Status',
    ackDue: 'Acknowledge by',
    resolveDue: 'Resolve by',
    leftUntil: '{d} left ({what})',
    overdueBy: '{d} overdue ({what})',
    noDeadline: 'No deadline',
    waitingVisits: '{n} waiting to be sent',
  },
});

/** The deadline that matters now: acknowledging while not acknowledged (if earlier), else resolving. */
export function nextDeadline(c) {
  const ack = !c.acknowledgedAt && c.acknowledgeDueAt ? { at: c.acknowledgeDueAt, what: 'ackDue' } : null;
  const res = c.resolveDueAt ? { at: c.resolveDueAt, what: 'resolveDue' } : null;
  if (ack && (!res || new Date(ack.at) < new Date(res.at))) return ack;
  return res;
}

export function deadlineTime(c) {
  const d = nextDeadline(c);
  return d ? new Date(d.at).getTime() : Number.POSITIVE_INFINITY;
}

/** '3 วัน 2 ชม.' left or overdue, as text, for the complaint's next deadline. */
export function countdownText(c, now = Date.now()) {
  const d = nextDeadline(c);
  if (!d) return { text: t('noDeadline'), overdue: false };
  const ms = new Date(d.at).getTime() - now;
  const what = t(d.what);
  return ms >= 0 ? { text: t('leftUntil', { d: formatDuration(ms), what }), overdue: false } : { text: t('overdueBy', { d: formatDuration(ms), what }), overdue: true };
}

/** A <span> showing the countdown, updated by tickCountdowns(). */
export function countdown(c) {
  const span = el('span', { class: 'due', 'data-countdown': JSON.stringify({ acknowledgedAt: c.acknowledgedAt || null, acknowledgeDueAt: c.acknowledgeDueAt || null, resolveDueAt: c.resolveDueAt || null }) });
  paint(span);
  return span;
}

function paint(span) {
  const c = JSON.parse(span.getAttribute('data-countdown'));
  const { text, overdue } = countdownText(c);
  span.textContent = text;
  span.classList.toggle('overdue', overdue);
  const d = nextDeadline(c);
  span.title = d ? formatDateTime(d.at) : '';
}

/** Every countdown on the page, every 30 seconds. */
export function tickCountdowns() {
  window.setInterval(() => {
    for (const span of document.querySelectorAll('[data-countdown]')) paint(span);
  }, 30 * 1000);
}

export const statusText = (s) => t(`st_${s}`);

export function urgencyBadge(u) {
  return el('span', { class: `badge urgency-${u}`, text: t(`urg_${u}`) });
}

/** A relation's name in the current language. */
export function nameOf(rel) {
  if (!rel) return '';
  return (lang() === 'en' ? rel.nameEn || rel.nameTh : rel.nameTh || rel.nameEn) || rel.name || '';
}
