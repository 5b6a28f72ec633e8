/* /staff/finding.html?id=<documentId> — one inspection finding of the officer's agency: what was found,
 * the recommendation, the due date and state, the reviewer's comment when it was re-opened, the
 * commitment and extension requests (finding-followup.js), and the answer with the evidence of the fix
 * that closure needs (POST /api/inspection-findings/:id/respond, multipart: `response` and `attachments`). */
import { api, clearFieldErrors, el, mountShell, requireSignIn, showFieldErrors } from './core.js';
import { onLangChange, registerStrings, t } from './i18n.js';
import { badge, dueText, formatDateTime, pageId, say } from './work.js';
import { mountFollowUp } from './finding-followup.js';

registerStrings({
  th: {
    findingTitle: 'ข้อตรวจพบ',
    backToFindings: 'กลับไปยังรายการข้อตรวจพบ',
    inspectionLabel: 'การตรวจราชการ',
    findingLabel: 'สิ่งที่ตรวจพบ',
    recommendationLabel: 'ข้อเสนอแนะ',
    severityLabel: 'ความรุนแรง',
    dueLabel: 'กำหนดตอบ',
    stateLabel: 'สถานะ',
    answerLabel: 'คำตอบที่ส่งแล้ว',
    answeredOn: 'ตอบเมื่อ',
    reviewLabel: 'ความเห็นผู้ตรวจราชการ',
    responseLabel: 'คำตอบของหน่วยงาน',
    attachLabel: 'ไฟล์แนบ (PDF รูปภาพ เอกสาร)',
    sendResponse: 'ส่งคำตอบ',
    sending: 'กำลังส่ง…',
    required: 'กรุณากรอกช่องนี้',
    checkFields: 'กรุณาแก้ไขช่องที่ระบุ',
    respondedOk: 'ส่งคำตอบแล้ว',
    closureHeading: 'ผลการแก้ไขและหลักฐาน',
    closureHint: 'ข้อตรวจพบจะปิดได้เมื่อผู้ตรวจราชการรับคำมั่นแล้ว และหน่วยงานส่งผลการแก้ไขพร้อมไฟล์หลักฐาน',
    evidenceLabel: 'ไฟล์หลักฐานที่ส่งแล้ว',
  },
  en: {
    findingTitle: 'Inspection finding',
    backToFindings: 'Back to the findings',
    inspectionLabel: 'Inspection',
    findingLabel: 'Finding',
    recommendationLabel: 'Recommendation',
    severityLabel: 'Severity',
    dueLabel: 'Answer by',
    stateLabel: 'State',
    answerLabel: 'Answer sent',
    answeredOn: 'Answered',
    reviewLabel: "Inspector's comment",
    responseLabel: "The agency's answer",
    attachLabel: 'Attachments (PDF, images, documents)',
    sendResponse: 'Send the answer',
    sending: 'Sending…',
    required: 'Please fill in this field',
    checkFields: 'Please correct the fields marked',
    respondedOk: 'The answer has been sent',
    closureHeading: 'The fix and its evidence',
    closureHint: 'A finding closes once the inspector has accepted the commitment and the agency has sent the fix with evidence files',
    evidenceLabel: 'Evidence files sent',
  },
});

const OWED = ['open', 'reopened'];
const id = pageId();
const form = document.getElementById('finding-form');
const formError = document.getElementById('form-error');
let finding = null;

const fact = (term, value) => (value ? [el('dt', { text: term }), el('dd', {}, value)] : []);

function render() {
  if (!finding) return;
  const owed = OWED.includes(finding.state);
  document.getElementById('finding-heading').textContent = finding.title;
  document.getElementById('finding-facts').replaceChildren(
    ...fact(t('inspectionLabel'), finding.inspection ? `${finding.inspection.code} ${finding.inspection.title || ''}`.trim() : ''),
    ...fact(t('findingLabel'), finding.finding),
    ...fact(t('recommendationLabel'), finding.recommendation),
    ...fact(t('severityLabel'), t(`severity.${finding.severity}`)),
    ...fact(t('dueLabel'), dueText(finding.dueAt, owed)),
    ...fact(t('stateLabel'), badge(t(`finding.${finding.state}`), owed ? 'urgency-urgent' : '')),
    ...fact(t('reviewLabel'), finding.reviewComment),
    ...fact(t('answerLabel'), finding.agencyResponse),
    ...fact(t('answeredOn'), finding.respondedAt ? formatDateTime(finding.respondedAt) : ''),
    ...fact(t('evidenceLabel'), (finding.responseAttachments || []).map((f) => f.name).join(', ')),
  );
  renderFollowUp();
}

async function submit(event) {
  event.preventDefault();
  clearFieldErrors(form);
  say(formError, '');
  const response = form.response.value.trim();
  if (!response) {
    showFieldErrors(form, { fields: { response: t('required') } });
    say(formError, t('checkFields'));
    return;
  }
  const body = new FormData();
  body.append('response', response);
  for (const f of form.attachments.files) body.append('attachments', f, f.name);
  const button = document.getElementById('finding-submit');
  button.disabled = true;
  button.textContent = t('sending');
  const res = await api(`/api/inspection-findings/${encodeURIComponent(id)}/respond`, { method: 'POST', form: body });
  button.disabled = false;
  button.textContent = t('sendResponse');
  if (!res.ok) {
    showFieldErrors(form, res.error);
    say(formError, res.error.message);
    return;
  }
  form.reset();
  await load();
  say(document.getElementById('finding-done'), t('respondedOk'));
}

const isOfficer = () => signedIn.role.type === 'agency-officer';

async function load() {
  const status = document.getElementById('finding-status');
  const query = new URLSearchParams({
    'populate[inspection][fields][0]': 'code',
    'populate[inspection][fields][1]': 'title',
    'populate[commitments]': 'true',
    'populate[extensionRequests]': 'true',
    'populate[responseAttachments][fields][0]': 'name',
  });
  const res = await api(`/api/inspection-findings/${encodeURIComponent(id)}?${query}`);
  if (!res.ok) return say(status, res.error.message);
  finding = res.data;
  say(status, '');
  form.hidden = !OWED.includes(finding.state) || !isOfficer();
  render();
}

// inspectors (the escalation e-mails reach them too) read the finding; agency officers answer it
const signedIn = await requireSignIn({ roles: ['agency-officer', 'inspector'] });
mountShell({ page: '/staff/findings.html' });
const renderFollowUp = mountFollowUp({ id, finding: () => finding, reload: load, mayAct: isOfficer });
onLangChange(render);
form.addEventListener('submit', submit);
load();
