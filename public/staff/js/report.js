/* /staff/report.html?id=<documentId> — one progress report: its project, period and due date, the
 * reviewer's comment when it was returned, and the form that submits it (POST
 * /api/progress-reports/:id/submit after uploading the attachments to /api/upload). The form checks
 * what the API checks (src/api/progress-report/validation.ts) and shows the API's field errors. */
import { api, clearFieldErrors, el, mountShell, requireSignIn, showFieldErrors } from './core.js';
import { lang, onLangChange, registerStrings, t } from './i18n.js';
import { badge, dueText, formatDateTime, pageId, say } from './work.js';

registerStrings({
  th: {
    reportTitle: 'รายงานความก้าวหน้า',
    backToReports: 'กลับไปยังรายการรายงาน',
    projectLabel: 'โครงการ',
    periodLabel: 'งวด',
    dueLabel: 'กำหนดส่ง',
    stateLabel: 'สถานะ',
    submittedLabel: 'ส่งเมื่อ',
    reviewerComment: 'ความเห็นผู้ตรวจ',
    progressLabel: 'ความก้าวหน้า (ร้อยละ 0–100)',
    narrativeLabel: 'ผลการดำเนินงาน',
    budgetLabel: 'งบประมาณที่ใช้ไป (บาท)',
    obstaclesLabel: 'ปัญหาอุปสรรค',
    kpiLegend: 'ผลตามตัวชี้วัด (KPI)',
    kpiAdd: 'เพิ่มตัวชี้วัด',
    kpiRemove: 'ลบตัวชี้วัดที่ {n}',
    kpiName: 'ตัวชี้วัดที่ {n}: ชื่อ',
    kpiUnit: 'หน่วยนับ',
    kpiTarget: 'ค่าเป้าหมาย',
    kpiActual: 'ผลที่ได้',
    kpiNote: 'หมายเหตุ',
    attachLabel: 'ไฟล์แนบ (PDF รูปภาพ เอกสาร)',
    submitReport: 'ส่งรายงาน',
    sending: 'กำลังส่ง…',
    uploading: 'กำลังอัปโหลดไฟล์…',
    required: 'กรุณากรอกช่องนี้',
    percentRange: 'ต้องเป็นตัวเลข 0 ถึง 100',
    notNegative: 'ต้องเป็นตัวเลขไม่ติดลบ',
    mustBeNumber: 'ต้องเป็นตัวเลข',
    checkFields: 'กรุณาแก้ไขช่องที่ระบุ',
    submittedOk: 'ส่งรายงานแล้ว',
    submittedLate: 'ส่งรายงานแล้ว (ส่งช้ากว่ากำหนด)',
    notOpen: 'รายงานนี้ไม่อยู่ในสถานะที่ส่งได้',
  },
  en: {
    reportTitle: 'Progress report',
    backToReports: 'Back to the reports',
    projectLabel: 'Project',
    periodLabel: 'Period',
    dueLabel: 'Due',
    stateLabel: 'State',
    submittedLabel: 'Submitted',
    reviewerComment: "Reviewer's comment",
    progressLabel: 'Progress (per cent, 0–100)',
    narrativeLabel: 'What was done',
    budgetLabel: 'Budget spent (baht)',
    obstaclesLabel: 'Obstacles',
    kpiLegend: 'KPI results',
    kpiAdd: 'Add a KPI',
    kpiRemove: 'Remove KPI {n}',
    kpiName: 'KPI {n}: name',
    kpiUnit: 'Unit',
    kpiTarget: 'Target',
    kpiActual: 'Actual',
    kpiNote: 'Note',
    attachLabel: 'Attachments (PDF, images, documents)',
    submitReport: 'Submit the report',
    sending: 'Sending…',
    uploading: 'Uploading the files…',
    required: 'Please fill in this field',
    percentRange: 'Must be a number from 0 to 100',
    notNegative: 'Must be a number, not negative',
    mustBeNumber: 'Must be a number',
    checkFields: 'Please correct the fields marked',
    submittedOk: 'The report has been submitted',
    submittedLate: 'The report has been submitted (late)',
    notOpen: 'This report cannot be submitted in its state',
  },
});

const id = pageId();
const form = document.getElementById('report-form');
const formError = document.getElementById('form-error');
let report = null;
let kpiCount = 0;

function fact(term, value) {
  return [el('dt', { text: term }), el('dd', {}, value)];
}

function renderFacts() {
  if (!report) return;
  const p = report.project || {};
  const name = lang() === 'en' && p.nameEn ? p.nameEn : p.name;
  const open = report.state === 'pending' || report.state === 'returned';
  document.getElementById('report-heading').textContent = `${t('reportTitle')} ${p.code || ''} ${report.periodLabel}`;
  const state = el('span', {}, badge(t(`report.${report.state}`)));
  if (report.submittedAt) state.append(' ', badge(report.late ? t('late') : t('onTime'), report.late ? 'urgency-emergency' : ''));
  document.getElementById('report-facts').replaceChildren(
    ...fact(t('projectLabel'), `${p.code || ''} ${name || ''}`),
    ...fact(t('periodLabel'), report.periodLabel),
    ...fact(t('dueLabel'), dueText(report.dueAt, open)),
    ...fact(t('stateLabel'), state),
    ...(report.submittedAt ? fact(t('submittedLabel'), formatDateTime(report.submittedAt)) : []),
  );
  const returned = document.getElementById('returned-box');
  returned.hidden = !(report.state === 'returned' && report.reviewerComment);
  document.getElementById('reviewer-comment').textContent = report.reviewerComment || '';
}

function kpiField(i, key, labelKey, attrs = {}) {
  const fid = `kpi-${i}-${key}`;
  return el(
    'div',
    { class: 'field' },
    el('label', { for: fid, 'data-kpi-label': labelKey, text: t(labelKey, { n: i + 1 }) }),
    el('input', { id: fid, name: `kpiResults[${i}].${key}`, 'aria-describedby': `${fid}-error`, ...attrs }),
    el('p', { id: `${fid}-error`, class: 'field-error' }),
  );
}

function addKpi(values = {}) {
  const i = kpiCount++;
  const row = el(
    'div',
    { class: 'item', 'data-kpi': String(i) },
    kpiField(i, 'name', 'kpiName', { maxlength: '300', value: values.name || '' }),
    kpiField(i, 'unit', 'kpiUnit', { maxlength: '50', value: values.unit || '' }),
    kpiField(i, 'target', 'kpiTarget', { type: 'number', step: 'any', inputmode: 'decimal', value: values.target ?? '' }),
    kpiField(i, 'actual', 'kpiActual', { type: 'number', step: 'any', inputmode: 'decimal', value: values.actual ?? '' }),
    kpiField(i, 'note', 'kpiNote', { maxlength: '5000', value: values.note || '' }),
  );
  row.append(
    el('button', { type: 'button', class: 'danger', 'data-kpi-label': 'kpiRemove', text: t('kpiRemove', { n: i + 1 }), onclick: () => row.remove() }),
  );
  document.getElementById('kpi-rows').append(row);
}

function relabel() {
  for (const node of document.querySelectorAll('[data-kpi-label]')) {
    const row = node.closest('[data-kpi]');
    node.textContent = t(node.getAttribute('data-kpi-label'), { n: Number(row.getAttribute('data-kpi')) + 1 });
  }
}

const num = (v) => (v === '' || v === null || v === undefined ? null : Number(v));

/** The submission as the API takes it, and the same checks the API makes (names as the API's paths). */
function collect() {
  const errors = {};
  const data = {};
  const progress = form.progressPercent.value.trim();
  if (progress === '') errors.progressPercent = t('required');
  else if (!Number.isFinite(num(progress)) || num(progress) < 0 || num(progress) > 100) errors.progressPercent = t('percentRange');
  else data.progressPercent = num(progress);
  const narrative = form.narrative.value.trim();
  if (!narrative) errors.narrative = t('required');
  else data.narrative = narrative;
  const budget = form.budgetSpent.value.trim();
  if (budget !== '') {
    if (!Number.isFinite(num(budget)) || num(budget) < 0) errors.budgetSpent = t('notNegative');
    else data.budgetSpent = num(budget);
  }
  if (form.obstacles.value.trim()) data.obstacles = form.obstacles.value.trim();
  const kpis = [];
  for (const row of document.querySelectorAll('#kpi-rows [data-kpi]')) {
    const i = row.getAttribute('data-kpi');
    const get = (k) => row.querySelector(`[name="kpiResults[${i}].${k}"]`).value.trim();
    const entry = { name: get('name'), unit: get('unit') || null, note: get('note') || null, target: num(get('target')), actual: num(get('actual')) };
    if (!entry.name && !entry.unit && !entry.note && entry.target === null && entry.actual === null) continue;
    // the API's paths count the rows sent; the inputs keep their own numbers
    const at = kpis.length;
    if (!entry.name) errors[`kpiResults[${i}].name`] = t('required');
    for (const k of ['target', 'actual']) if (entry[k] !== null && !Number.isFinite(entry[k])) errors[`kpiResults[${i}].${k}`] = t('mustBeNumber');
    kpis.push({ ...entry, row: i, at });
  }
  data.kpiResults = kpis.map(({ row: _row, at: _at, ...k }) => k);
  return { data, errors, kpis };
}

/** The API's field errors named by its paths (kpiResults[n] = the n-th row sent) as this form's inputs. */
function toFormNames(error, kpis) {
  const fields = {};
  for (const [path, message] of Object.entries(error.fields || {})) {
    const m = /^kpiResults\[(\d+)\]\.(\w+)$/.exec(path);
    const row = m && kpis.find((k) => k.at === Number(m[1]));
    fields[row ? `kpiResults[${row.row}].${m[2]}` : path] = message;
  }
  return { ...error, fields };
}

async function submit(event) {
  event.preventDefault();
  clearFieldErrors(form);
  say(formError, '');
  const { data, errors, kpis } = collect();
  if (Object.keys(errors).length) {
    showFieldErrors(form, { fields: errors });
    say(formError, t('checkFields'));
    return;
  }
  const button = document.getElementById('report-submit');
  button.disabled = true;
  try {
    const files = [...form.attachments.files];
    if (files.length) {
      button.textContent = t('uploading');
      const upload = new FormData();
      for (const f of files) upload.append('files', f, f.name);
      const up = await api('/api/upload', { method: 'POST', form: upload });
      if (!up.ok) {
        showFieldErrors(form, { fields: { attachments: up.error.message } });
        say(formError, up.error.message);
        return;
      }
      data.attachments = (Array.isArray(up.body) ? up.body : []).map((f) => f.id);
    }
    button.textContent = t('sending');
    const res = await api(`/api/progress-reports/${encodeURIComponent(id)}/submit`, { method: 'POST', body: { data } });
    if (!res.ok) {
      const named = toFormNames(res.error, kpis);
      showFieldErrors(form, named);
      say(formError, named.field ? `${t('checkFields')}: ${res.error.message}` : res.error.message);
      return;
    }
    report = { ...report, ...res.data, project: report.project };
    form.hidden = true;
    say(document.getElementById('report-done'), report.late ? t('submittedLate') : t('submittedOk'));
    renderFacts();
  } finally {
    button.disabled = false;
    button.textContent = t('submitReport');
  }
}

async function load() {
  const status = document.getElementById('report-status');
  const query = new URLSearchParams({
    'populate[project][fields][0]': 'code',
    'populate[project][fields][1]': 'name',
    'populate[project][fields][2]': 'nameEn',
    'populate[kpiResults]': 'true',
  });
  const res = await api(`/api/progress-reports/${encodeURIComponent(id)}?${query}`);
  if (!res.ok) return say(status, res.error.message);
  report = res.data;
  say(status, '');
  renderFacts();
  const open = (report.state === 'pending' || report.state === 'returned') && signedIn.role.type === 'agency-officer';
  form.hidden = !open;
  if (!open) return;
  // a returned report comes back with what was sent, to correct rather than retype
  if (report.progressPercent !== null && report.progressPercent !== undefined) form.progressPercent.value = report.progressPercent;
  form.narrative.value = report.narrative || '';
  if (report.budgetSpent !== null && report.budgetSpent !== undefined) form.budgetSpent.value = report.budgetSpent;
  form.obstacles.value = report.obstacles || '';
  for (const k of report.kpiResults || []) addKpi(k);
}

// complaint officers (supervisors reached by the escalation e-mails) read the report; agency officers submit it
const signedIn = await requireSignIn({ roles: ['agency-officer', 'complaint-officer'] });
mountShell({ page: '/staff/reports.html' });
onLangChange(() => {
  renderFacts();
  relabel();
});
document.getElementById('kpi-add').addEventListener('click', () => addKpi());
form.addEventListener('submit', submit);
load();
