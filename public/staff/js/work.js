/* MIND Desk staff app: what the agency officers' and volunteers' pages share (their texts, state
 * labels, a list item, a status line). Plain ES module; builds the DOM with core.js's el(), never innerHTML. */
import { el } from './core.js';
import { formatDate, formatDateTime, registerStrings, t } from './i18n.js';

registerStrings({
  th: {
    loading: 'กำลังโหลด…',
    none: 'ไม่มีรายการ',
    back: 'กลับ',
    due: 'ครบกำหนด {date}',
    overdueBy: 'เกินกำหนด {n} วัน',
    dueIn: 'อีก {n} วัน',
    dueToday: 'ครบกำหนดวันนี้',
    overdueToday: 'เกินกำหนดแล้ววันนี้',
    late: 'ส่งช้า',
    onTime: 'ส่งตรงเวลา',
    'report.pending': 'รอส่ง',
    'report.submitted': 'ส่งแล้ว',
    'report.accepted': 'ผ่านการตรวจ',
    'report.returned': 'ส่งคืนแก้ไข',
    'report.waived': 'ยกเว้น',
    'finding.open': 'รอตอบ',
    'finding.responded': 'ตอบแล้ว',
    'finding.accepted': 'ยอมรับคำตอบแล้ว',
    'finding.reopened': 'ให้ตอบใหม่',
    'severity.low': 'ต่ำ',
    'severity.medium': 'ปานกลาง',
    'severity.high': 'สูง',
    'severity.critical': 'วิกฤต',
    'participation.registered': 'ลงทะเบียนแล้ว',
    'participation.waitlisted': 'อยู่ในรายชื่อสำรอง',
    'participation.cancelled': 'ยกเลิกแล้ว',
    'participation.attended': 'เข้าร่วมแล้ว',
    'participation.no_show': 'ไม่ได้มาร่วม',
    'activity.open': 'เปิดรับสมัคร',
    'activity.completed': 'จบแล้ว',
    'activity.cancelled': 'ยกเลิกกิจกรรม',
  },
  en: {
    loading: 'Loading…',
    none: 'Nothing here',
    back: 'Back',
    due: 'Due {date}',
    overdueBy: '{n} days overdue',
    dueIn: 'in {n} days',
    dueToday: 'due today',
    overdueToday: 'overdue since earlier today',
    late: 'Late',
    onTime: 'On time',
    'report.pending': 'To submit',
    'report.submitted': 'Submitted',
    'report.accepted': 'Accepted',
    'report.returned': 'Returned for changes',
    'report.waived': 'Waived',
    'finding.open': 'To answer',
    'finding.responded': 'Answered',
    'finding.accepted': 'Answer accepted',
    'finding.reopened': 'To answer again',
    'severity.low': 'Low',
    'severity.medium': 'Medium',
    'severity.high': 'High',
    'severity.critical': 'Critical',
    'participation.registered': 'Registered',
    'participation.waitlisted': 'On the waitlist',
    'participation.cancelled': 'Cancelled',
    'participation.attended': 'Attended',
    'participation.no_show': 'Did not come',
    'activity.open': 'Open',
    'activity.completed': 'Completed',
    'activity.cancelled': 'Cancelled',
  },
});

const DAY = 86400000;
/** Asia/Bangkok is UTC+7 all year (no daylight saving). */
const BANGKOK_OFFSET = 7 * 3600000;
const bangkokDay = (ms) => Math.floor((ms + BANGKOK_OFFSET) / DAY);

/** Calendar days (in Bangkok, as the reminders count them) from today to `when`'s day; negative: past. */
export function daysFromNow(when) {
  return bangkokDay(new Date(when).getTime()) - bangkokDay(Date.now());
}

/** "Due <date> · N days overdue" / "· in N days" / "· due today" / "· overdue since today". */
export function dueText(dueAt, open) {
  const parts = [t('due', { date: formatDateTime(dueAt) })];
  if (open) {
    const d = daysFromNow(dueAt);
    const past = new Date(dueAt).getTime() < Date.now();
    if (d < 0) parts.push(t('overdueBy', { n: -d }));
    else if (d === 0) parts.push(past ? t('overdueToday') : t('dueToday'));
    else parts.push(t('dueIn', { n: d }));
  }
  return parts.join(' · ');
}

export const badge = (text, cls = '') => el('span', { class: `badge ${cls}`.trim(), text });

/** A list item linking to a page: title (a link), then lines of text or nodes. */
export function item(href, title, ...lines) {
  return el('li', { class: 'item' }, el('h3', {}, el('a', { href, text: title })), ...lines.filter(Boolean).map((l) => (l instanceof Node ? l : el('p', { text: l }))));
}

/** Fills a list (or says there is nothing). */
export function fill(list, items) {
  list.replaceChildren(...(items.length ? items : [el('li', { class: 'meta', text: t('none') })]));
}

/** The `id` of this page's address (`?id=<documentId>`), or ''. */
export function pageId() {
  return new URLSearchParams(window.location.search).get('id') || '';
}

/** Writes a message into a status line (role=status/alert set in the HTML). */
export function say(node, text) {
  node.textContent = text || '';
}

export { formatDate, formatDateTime };
