/* The follow-up of a finding on /staff/finding.html: the agency's commitment (every change a new version,
 * pending until the inspector accepts it) and its requests to move the due date, each list with its form
 * (POST /api/inspection-findings/:id/commitment and /extension). The API checks the input; its 400s and
 * 409s are shown under the field they name. */
import { api, clearFieldErrors, el, showFieldErrors } from './core.js';
import { lang, registerStrings, t } from './i18n.js';
import { badge, formatDate, formatDateTime, say } from './work.js';

registerStrings({
  th: {
    commitmentsHeading: 'คำมั่นแก้ไขของหน่วยงาน',
    commitmentVersion: 'ฉบับที่ {n}',
    commitmentOwner: 'ผู้รับผิดชอบ: {owner}',
    commitmentBy: 'แล้วเสร็จภายใน {date}',
    proposedOn: 'เสนอเมื่อ {date}',
    decidedOn: 'พิจารณาเมื่อ {date}',
    decisionNote: 'ความเห็นผู้ตรวจราชการ: {note}',
    'commitment.pending': 'รอผู้ตรวจราชการพิจารณา',
    'commitment.accepted': 'ผู้ตรวจราชการรับแล้ว',
    'commitment.rejected': 'ไม่รับ',
    'commitment.superseded': 'มีฉบับใหม่แทนแล้ว',
    commitmentFormHeading: 'เสนอคำมั่นแก้ไข',
    commitmentFormHint: 'การแก้ไขคำมั่นจะเป็นฉบับใหม่ และต้องรอผู้ตรวจราชการรับอีกครั้ง',
    actionLabel: 'สิ่งที่จะดำเนินการ',
    ownerLabel: 'ผู้รับผิดชอบ',
    commitDueLabel: 'แล้วเสร็จภายในวันที่',
    sendCommitment: 'เสนอคำมั่น',
    commitmentOk: 'ส่งคำมั่นแล้ว รอผู้ตรวจราชการพิจารณา',
    extensionsHeading: 'คำขอขยายเวลา',
    extensionTo: 'ขอขยายถึง {date}',
    extensionFrom: 'กำหนดเดิม {date}',
    'extension.pending': 'รอผู้ตรวจราชการพิจารณา',
    'extension.approved': 'อนุมัติแล้ว',
    'extension.refused': 'ไม่อนุมัติ',
    extensionFormHeading: 'ขอขยายกำหนดเวลา',
    extensionWaiting: 'มีคำขอขยายเวลารอพิจารณาอยู่ ขอใหม่ได้เมื่อผู้ตรวจราชการพิจารณาแล้ว',
    requestedDueLabel: 'ขอขยายถึงวันที่',
    reasonLabel: 'เหตุผล',
    sendExtension: 'ส่งคำขอขยายเวลา',
    extensionOk: 'ส่งคำขอขยายเวลาแล้ว รอผู้ตรวจราชการพิจารณา',
    'err.action': 'กรุณาระบุสิ่งที่จะดำเนินการ (ไม่เกิน 5,000 ตัวอักษร)',
    'err.owner': 'กรุณาระบุผู้รับผิดชอบ (ไม่เกิน 200 ตัวอักษร)',
    'err.dueDate': 'กรุณาระบุวันที่แล้วเสร็จ',
    'err.requestedDueAt': 'กรุณาระบุวันที่ขอขยาย ซึ่งต้องหลังกำหนดปัจจุบัน',
    'err.reason': 'กรุณาระบุเหตุผล (ไม่เกิน 5,000 ตัวอักษร)',
  },
  en: {
    commitmentsHeading: "The agency's commitment",
    commitmentVersion: 'Version {n}',
    commitmentOwner: 'Owner: {owner}',
    commitmentBy: 'Done by {date}',
    proposedOn: 'Proposed {date}',
    decidedOn: 'Decided {date}',
    decisionNote: "Inspector's comment: {note}",
    'commitment.pending': 'Waiting for the inspector',
    'commitment.accepted': 'Accepted by the inspector',
    'commitment.rejected': 'Rejected',
    'commitment.superseded': 'Replaced by a newer version',
    commitmentFormHeading: 'Propose a commitment',
    commitmentFormHint: 'A change is a new version, which the inspector accepts again',
    actionLabel: 'What will be done',
    ownerLabel: 'Owner',
    commitDueLabel: 'Done by',
    sendCommitment: 'Propose the commitment',
    commitmentOk: 'The commitment has been sent to the inspector',
    extensionsHeading: 'Extension requests',
    extensionTo: 'Asked until {date}',
    extensionFrom: 'Was due {date}',
    'extension.pending': 'Waiting for the inspector',
    'extension.approved': 'Approved',
    'extension.refused': 'Refused',
    extensionFormHeading: 'Ask for more time',
    extensionWaiting: 'A request is waiting for the inspector; another may be made once it is decided',
    requestedDueLabel: 'New due date',
    reasonLabel: 'Reason',
    sendExtension: 'Send the request',
    extensionOk: 'The extension request has been sent to the inspector',
  },
});

const STATE_CLASS = { pending: 'urgency-urgent', rejected: 'urgency-emergency', refused: 'urgency-emergency' };

/** Under each field the API named (a 409 names one in `details.field`); in Thai, this page's own words for it. */
function showApiErrors(form, error) {
  const fields = { ...(error.fields || {}) };
  if (error.field && !fields[error.field]) fields[error.field] = error.message;
  const worded = Object.fromEntries(
    Object.entries(fields).map(([name, message]) => {
      const own = t(`err.${name}`);
      return [name, lang() === 'th' && own !== `err.${name}` ? own : `${name} ${message}`.trim()];
    }),
  );
  return showFieldErrors(form, { fields: worded });
}

function commitmentItem(c) {
  return el(
    'li',
    { class: 'item' },
    el('h3', {}, `${t('commitmentVersion', { n: c.version })} `, badge(t(`commitment.${c.state}`), STATE_CLASS[c.state] || '')),
    el('p', { class: 'note', text: c.action }),
    el('p', { text: t('commitmentOwner', { owner: c.owner }) }),
    el('p', { text: t('commitmentBy', { date: formatDate(`${c.dueDate}T12:00:00+07:00`) }) }),
    c.proposedAt ? el('p', { class: 'meta', text: t('proposedOn', { date: formatDateTime(c.proposedAt) }) }) : null,
    c.decidedAt ? el('p', { class: 'meta', text: t('decidedOn', { date: formatDateTime(c.decidedAt) }) }) : null,
    c.decisionComment ? el('p', { text: t('decisionNote', { note: c.decisionComment }) }) : null,
  );
}

function extensionItem(e) {
  return el(
    'li',
    { class: 'item' },
    el('h3', {}, `${t('extensionTo', { date: formatDate(e.requestedDueAt) })} `, badge(t(`extension.${e.state}`), STATE_CLASS[e.state] || '')),
    el('p', { class: 'note', text: e.reason }),
    e.previousDueAt ? el('p', { class: 'meta', text: t('extensionFrom', { date: formatDate(e.previousDueAt) }) }) : null,
    e.decidedAt ? el('p', { class: 'meta', text: t('decidedOn', { date: formatDateTime(e.decidedAt) }) }) : null,
    e.decisionComment ? el('p', { text: t('decisionNote', { note: e.decisionComment }) }) : null,
  );
}

/** Newest first; nothing listed: 'none'. */
function fillHistory(list, items) {
  list.replaceChildren(...(items.length ? items : [el('li', { class: 'meta', text: t('none') })]));
}

/**
 * Wires the two forms: `finding()` is the finding as last loaded, `reload()` loads it again after a
 * send (the routes answer without the follow-up lists), `mayAct()` says whether this officer may send.
 */
export function mountFollowUp({ id, finding, reload, mayAct }) {
  const commitmentForm = document.getElementById('commitment-form');
  const extensionForm = document.getElementById('extension-form');
  const done = document.getElementById('followup-done');

  function render() {
    const f = finding();
    if (!f) return;
    const commitments = [...(f.commitments || [])].sort((a, b) => b.version - a.version);
    const extensions = [...(f.extensionRequests || [])].reverse();
    fillHistory(document.getElementById('list-commitments'), commitments.map(commitmentItem));
    fillHistory(document.getElementById('list-extensions'), extensions.map(extensionItem));
    const active = mayAct() && f.state !== 'accepted';
    const waiting = extensions.some((e) => e.state === 'pending');
    commitmentForm.hidden = !active;
    extensionForm.hidden = !active || waiting;
    document.getElementById('extension-waiting').hidden = !active || !waiting;
  }

  async function send(form, path, body, button, label, ok) {
    clearFieldErrors(form);
    say(done, '');
    const formError = form.querySelector('.err-box');
    say(formError, '');
    button.disabled = true;
    button.textContent = t('sending');
    const res = await api(`/api/inspection-findings/${encodeURIComponent(id)}/${path}`, { method: 'POST', body });
    button.disabled = false;
    button.textContent = t(label);
    if (!res.ok) {
      const named = showApiErrors(form, res.error);
      say(formError, named ? t('checkFields') : res.error.message);
      return;
    }
    form.reset();
    await reload();
    say(done, t(ok));
  }

  const value = (form, name) => form.elements[name].value.trim() || undefined;

  commitmentForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { action: value(commitmentForm, 'action'), owner: value(commitmentForm, 'owner'), dueDate: value(commitmentForm, 'dueDate') };
    send(commitmentForm, 'commitment', body, document.getElementById('commitment-submit'), 'sendCommitment', 'commitmentOk');
  });
  extensionForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = value(extensionForm, 'requestedDueAt');
    // the end of the chosen day in Bangkok, where the due dates are counted
    const body = { requestedDueAt: day ? `${day}T23:59:00+07:00` : undefined, reason: value(extensionForm, 'reason') };
    send(extensionForm, 'extension', body, document.getElementById('extension-submit'), 'sendExtension', 'extensionOk');
  });
  return render;
}
