/* /staff/findings.html — the inspection findings of the officer's agencies: those to answer first
 * (by due date), then those answered, with their state. */
import { api, el, mountShell, requireSignIn } from './core.js';
import { onLangChange, registerStrings, t } from './i18n.js';
import { badge, dueText, fill, item, say } from './work.js';

registerStrings({
  th: {
    findingsTitle: 'ข้อตรวจพบของหน่วยงาน',
    toAnswerHeading: 'รอหน่วยงานตอบ',
    answeredHeading: 'ตอบแล้ว',
    inspectionOf: 'การตรวจราชการ {code}',
    severityIs: 'ความรุนแรง: {severity}',
  },
  en: {
    findingsTitle: "My agency's inspection findings",
    toAnswerHeading: 'To answer',
    answeredHeading: 'Answered',
    inspectionOf: 'Inspection {code}',
    severityIs: 'Severity: {severity}',
  },
});

const OWED = ['open', 'reopened'];
let findings = [];

function findingItem(f) {
  const owed = OWED.includes(f.state);
  return item(
    `/staff/finding.html?id=${encodeURIComponent(f.documentId)}`,
    f.title,
    el('p', {}, badge(t(`finding.${f.state}`), owed ? 'urgency-urgent' : ''), ' ', badge(t('severityIs', { severity: t(`severity.${f.severity}`) }))),
    f.inspection ? el('p', { class: 'meta', text: t('inspectionOf', { code: f.inspection.code }) }) : null,
    el('p', { class: owed && new Date(f.dueAt).getTime() < Date.now() ? 'overdue' : 'meta', text: dueText(f.dueAt, owed) }),
  );
}

function render() {
  fill(document.getElementById('list-answer'), findings.filter((f) => OWED.includes(f.state)).map(findingItem));
  fill(document.getElementById('list-answered'), findings.filter((f) => !OWED.includes(f.state)).map(findingItem));
}

async function load() {
  const status = document.getElementById('list-status');
  const query = new URLSearchParams({
    'populate[inspection][fields][0]': 'code',
    'sort[0]': 'dueAt:asc',
    'pagination[pageSize]': '100',
  });
  const res = await api(`/api/inspection-findings?${query}`);
  if (!res.ok) return say(status, res.error.message);
  findings = res.data || [];
  say(status, '');
  render();
}

await requireSignIn({ roles: ['agency-officer'] });
mountShell({ page: '/staff/findings.html' });
onLangChange(render);
load();
