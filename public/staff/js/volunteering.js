/* /staff/volunteering.html — a volunteer's call-outs still waiting for an answer (yes / no, as the e-mailed
 * link would), their certificates of hours (PDF download), and asking for one per signed-off activity or
 * per Buddhist-era year. */
import { api, clearFieldErrors, el, mountShell, requireSignIn, session, showFieldErrors } from './core.js';
import { formatNumber, lang, onLangChange, registerStrings, t } from './i18n.js';
import { badge, fill, formatDate, formatDateTime, say } from './work.js';

registerStrings({
  th: {
    volunteeringTitle: 'ใบรับรองและการเรียกกำลัง',
    callsHeading: 'การเรียกกำลังที่รอคำตอบของท่าน',
    certsHeading: 'ใบรับรองชั่วโมงจิตอาสาของฉัน',
    askHeading: 'ขอใบรับรอง',
    askActivityHeading: 'ต่อกิจกรรมที่ได้รับรองการเข้าร่วมแล้ว',
    askYearHeading: 'ต่อปี',
    yearLabel: 'ปี พ.ศ.',
    askYear: 'ขอใบรับรองประจำปี',
    askActivity: 'ขอใบรับรองกิจกรรม {title}',
    calledAt: 'เรียกเมื่อ {date}',
    myAnswer: 'คำตอบของท่าน: {answer}',
    'answer.pending': 'ยังไม่ได้ตอบ',
    'answer.yes': 'ไป',
    'answer.no': 'ไม่ไป',
    'call.full': 'ได้กำลังครบแล้ว',
    answerYes: 'ไป: {title}',
    answerNo: 'ไม่ไป: {title}',
    answerSaved: 'บันทึกคำตอบแล้ว',
    certActivity: 'กิจกรรม {title} ({date})',
    certYear: 'ประจำปี พ.ศ. {year}',
    certHours: '{hours} ชั่วโมง · {n} กิจกรรม · ออกเมื่อ {date}',
    'cert.valid': 'ใช้ได้',
    'cert.revoked': 'เพิกถอนแล้ว (แก้ไขการเข้าร่วม)',
    downloadPdf: 'ดาวน์โหลด PDF: {title}',
    downloadShort: 'ดาวน์โหลด PDF',
    downloading: 'กำลังดาวน์โหลด…',
    certIssued: 'ออกใบรับรองแล้ว',
    certSame: 'มีใบรับรองนี้อยู่แล้ว',
    yearInvalid: 'ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2569',
    loaded: 'โหลดข้อมูลแล้ว',
  },
  en: {
    volunteeringTitle: 'Certificates and call-outs',
    callsHeading: 'Call-outs waiting for your answer',
    certsHeading: 'My certificates of volunteer hours',
    askHeading: 'Ask for a certificate',
    askActivityHeading: 'For an activity whose attendance was signed off',
    askYearHeading: 'For a year',
    yearLabel: 'Year (Buddhist era)',
    askYear: 'Ask for the yearly certificate',
    askActivity: 'Ask for the certificate of {title}',
    calledAt: 'Called {date}',
    myAnswer: 'Your answer: {answer}',
    'answer.pending': 'not answered yet',
    'answer.yes': 'coming',
    'answer.no': 'not coming',
    'call.full': 'Enough volunteers are coming',
    answerYes: 'Coming: {title}',
    answerNo: 'Not coming: {title}',
    answerSaved: 'Answer saved',
    certActivity: 'Activity {title} ({date})',
    certYear: 'Year {year} (BE)',
    certHours: '{hours} hours · {n} activities · issued {date}',
    'cert.valid': 'Valid',
    'cert.revoked': 'Revoked (attendance corrected)',
    downloadPdf: 'Download the PDF: {title}',
    downloadShort: 'Download PDF',
    downloading: 'Downloading…',
    certIssued: 'Certificate issued',
    certSame: 'You already have this certificate',
    yearInvalid: 'must be a 4-digit Buddhist-era year such as 2569',
    loaded: 'Loaded',
  },
});

let calls = [];
let certs = [];
let attended = [];
const status = () => document.getElementById('page-status');
const askStatus = () => document.getElementById('ask-status');

function certTitle(c) {
  return c.scope === 'year'
    ? t('certYear', { year: c.year })
    : t('certActivity', { title: c.activityTitle || '', date: formatDate(c.activityStartAt) });
}

function callItem(c) {
  const answer = (value) =>
    el('button', {
      type: 'button',
      class: value === 'yes' ? 'primary' : '',
      'aria-pressed': c.answer === value ? 'true' : 'false',
      'aria-label': t(value === 'yes' ? 'answerYes' : 'answerNo', { title: c.title }),
      text: t(`answer.${value}`),
      onclick: () => sendAnswer(c, value),
    });
  return el(
    'li',
    { class: 'item' },
    el('h3', { text: c.title }),
    c.message ? el('p', { text: c.message }) : null,
    el('p', { class: 'meta', text: [c.place, c.province, t('calledAt', { date: formatDateTime(c.calledAt) })].filter(Boolean).join(' · ') }),
    el('p', {}, t('myAnswer', { answer: t(`answer.${c.answer}`) }), c.state === 'full' ? ' ' : '', c.state === 'full' ? badge(t('call.full')) : ''),
    el('div', { class: 'actions' }, answer('yes'), answer('no')),
  );
}

function certItem(c) {
  return el(
    'li',
    { class: 'item' },
    el('h3', { text: certTitle(c) }),
    el('p', {}, badge(t(`cert.${c.state}`), c.state === 'valid' ? '' : 'urgency-urgent')),
    el('p', { class: 'meta', text: t('certHours', { hours: formatNumber(Number(c.hours)), n: c.activities, date: formatDate(c.issuedAt) }) }),
    el('p', { class: 'meta', text: c.code }),
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', text: t('downloadShort'), 'aria-label': t('downloadPdf', { title: certTitle(c) }), onclick: () => download(c) })),
  );
}

function attendedItem(p) {
  const title = p.activity ? p.activity.title : '';
  return el(
    'li',
    { class: 'item' },
    el('p', { text: `${title} · ${formatDate(p.activity && p.activity.startAt)} · ${formatNumber(Number(p.hours))} ${lang() === 'en' ? 'h' : 'ชม.'}` }),
    el('button', { type: 'button', text: t('askActivity', { title }), onclick: () => ask({ activity: p.activity.documentId }) }),
  );
}

function render() {
  fill(document.getElementById('list-calls'), calls.map(callItem));
  fill(document.getElementById('list-certs'), certs.map(certItem));
  fill(document.getElementById('list-attended'), attended.map(attendedItem));
}

async function sendAnswer(call, answer) {
  const res = await api(`/api/volunteer-rosters/${encodeURIComponent(call.documentId)}/my-answer`, { method: 'POST', body: { answer } });
  if (!res.ok) return say(status(), res.error.message);
  Object.assign(call, { answer: res.data.answer, state: res.data.state });
  render();
  say(status(), t('answerSaved'));
}

/** The PDF needs the session's token, so it is fetched and handed to the browser as a file. */
async function download(c) {
  say(status(), t('downloading'));
  const s = session();
  let res;
  try {
    res = await fetch(`/api/volunteer-certificates/${encodeURIComponent(c.documentId)}/pdf`, {
      headers: { Authorization: `Bearer ${s && s.jwt}` },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return say(status(), t('errOffline'));
  }
  if (!res.ok) return say(status(), res.status === 404 ? t('errNotFound') : t('errServer'));
  const url = URL.createObjectURL(await res.blob());
  const a = el('a', { href: url, download: `volunteer-certificate-${c.code}.pdf`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  say(status(), '');
}

async function ask(body) {
  const form = document.getElementById('year-form');
  clearFieldErrors(form);
  const res = await api('/api/volunteer-certificates', { method: 'POST', body });
  if (!res.ok) {
    if (!showFieldErrors(form, res.error)) say(askStatus(), res.error.message);
    else say(askStatus(), '');
    return;
  }
  say(askStatus(), res.status === 201 ? t('certIssued') : t('certSame'));
  await loadCerts();
  render();
}

function askYear(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const raw = form.year.value.trim();
  if (!/^25\d\d$/.test(raw)) {
    return showFieldErrors(form, { fields: { year: t('yearInvalid') } });
  }
  return ask({ year: Number(raw) });
}

async function loadCerts() {
  const res = await api('/api/volunteer-certificates?sort[0]=issuedAt:desc&pagination[pageSize]=100');
  if (res.ok) certs = res.data || [];
  return res;
}

async function load() {
  const [callsRes, certsRes, attendedRes] = await Promise.all([
    api('/api/volunteer-rosters/mine'),
    loadCerts(),
    api('/api/participations?state=attended&sort[0]=signedUpAt:desc&pagination[pageSize]=100'),
  ]);
  const failed = [callsRes, certsRes, attendedRes].find((r) => !r.ok);
  if (callsRes.ok) calls = callsRes.data || [];
  if (attendedRes.ok) attended = (attendedRes.data || []).filter((p) => p.state === 'attended' && p.activity);
  render();
  say(status(), failed ? failed.error.message : t('loaded'));
}

await requireSignIn({ roles: ['volunteer'] });
mountShell({ page: '/staff/volunteering.html' });
onLangChange(render);
document.getElementById('year-form').addEventListener('submit', askYear);
document.getElementById('year').placeholder = String(new Date().getFullYear() + 543);
load();
