/* /staff/complaint.html?id=<documentId>: one complaint of the field team — what the API shows the team
 * (never the complainant), its deadlines, timeline; record a field visit (camera photos, the phone's
 * position, a note), queued on the phone and sent when there is a connection; move it to in_progress
 * or resolved with a resolution summary. */
import { api, clearFieldErrors, el, mountShell, onSignOut, requireSignIn, showFieldErrors, uuid } from './core.js';
import { formatDateTime, formatNumber, onLangChange, registerStrings, t } from './i18n.js';
import { clearKept, discardVisit, flushVisits, loadComplaint, pendingVisits, queueVisit, saveComplaint, shrinkPhoto } from './field-store.js';
import { countdown, FIELD_ROLES, nameOf, statusText, tickCountdowns, urgencyBadge } from './field-common.js';

registerStrings({
  th: {
    complaintTitle: 'เรื่องร้องเรียน',
    backToList: 'กลับไปรายการเรื่อง',
    loading: 'กำลังโหลด…',
    categoryLabel: 'ประเภท',
    provinceLabel: 'จังหวัด',
    factoryLabel: 'โรงงาน',
    addressLabel: 'สถานที่',
    receivedLabel: 'รับเรื่องเมื่อ',
    descriptionHeading: 'รายละเอียด',
    visitHeading: 'บันทึกการลงพื้นที่',
    noteLabel: 'สิ่งที่พบ',
    photosLabel: 'รูปถ่าย (ถ่ายจากกล้อง เลือกได้หลายรูป)',
    photosHint: 'ไม่เกิน 5 รูป',
    positionLabel: 'ตำแหน่ง',
    locate: 'ระบุตำแหน่งปัจจุบัน',
    locating: 'กำลังหาตำแหน่ง…',
    position: '{lat}, {lon} (คลาดเคลื่อนประมาณ {acc} ม.)',
    noPosition: 'ไม่ทราบตำแหน่ง (บันทึกได้โดยไม่มีตำแหน่ง)',
    visitSubmit: 'บันทึกการลงพื้นที่',
    visitSent: 'ส่งบันทึกการลงพื้นที่แล้ว',
    visitQueued: 'เก็บบันทึกไว้ในเครื่องแล้ว จะส่งอัตโนมัติเมื่อมีสัญญาณ',
    required: 'กรุณากรอกช่องนี้',
    tooManyPhotos: 'เลือกรูปได้ไม่เกิน 5 รูป',
    notImage: 'เลือกได้เฉพาะไฟล์รูปภาพ',
    pendingTitle: 'รอส่ง: บันทึกเมื่อ {at}',
    pendingFailed: 'ส่งไม่สำเร็จ: {why}',
    pendingPhotos: 'รูป {n} รูป',
    discard: 'ลบบันทึกนี้ออกจากเครื่อง',
    statusHeading: 'เปลี่ยนสถานะ',
    statusTo: 'สถานะใหม่',
    summaryLabel: 'สรุปผลการแก้ไข',
    statusNote: 'หมายเหตุ (ไม่บังคับ)',
    statusSubmit: 'บันทึกสถานะ',
    statusNone: 'สถานะนี้ทีมเปลี่ยนต่อไม่ได้',
    statusDone: 'เปลี่ยนสถานะเป็น "{s}" แล้ว',
    needsSignal: 'การเปลี่ยนสถานะต้องมีสัญญาณอินเทอร์เน็ต กรุณาลองใหม่เมื่อออนไลน์',
    timelineHeading: 'ความเคลื่อนไหว',
    timeNote: 'เวลาทั้งหมดเป็นเวลาประเทศไทย',
    fromDevice: 'ไม่มีสัญญาณ: แสดงข้อมูลที่เก็บไว้ในเครื่องเมื่อ {at}',
    notKept: 'ไม่มีสัญญาณ และเรื่องนี้ยังไม่เคยเปิดบนเครื่องนี้',
    notFound: 'ไม่พบเรื่องนี้ หรือไม่ได้มอบหมายให้ทีมของคุณ',
    noId: 'ไม่ได้ระบุเรื่อง',
    photo: 'รูปที่ {n}',
    k_status_change: 'เปลี่ยนสถานะ',
    k_note: 'บันทึก',
    k_assignment: 'มอบหมาย',
    k_field_visit: 'ลงพื้นที่',
    k_escalation: 'ยกระดับ',
    k_access: 'เปิดดูข้อมูล',
  },
  en: {
    complaintTitle: 'Complaint',
    backToList: 'Back to the list',
    loading: 'Loading…',
    categoryLabel: 'Category',
    provinceLabel: 'Province',
    factoryLabel: 'Factory',
    addressLabel: 'Location',
    receivedLabel: 'Received',
    descriptionHeading: 'Details',
    visitHeading: 'Record a field visit',
    noteLabel: 'What you found',
    photosLabel: 'Photos (from the camera; several allowed)',
    photosHint: 'At most 5 photos',
    positionLabel: 'Position',
    locate: 'Use my current position',
    locating: 'Finding your position…',
    position: '{lat}, {lon} (within about {acc} m)',
    noPosition: 'Position unknown (you can record without it)',
    visitSubmit: 'Record the visit',
    visitSent: 'The field visit has been sent',
    visitQueued: 'Kept on this device; it is sent by itself when there is a connection',
    required: 'Please fill in this field',
    tooManyPhotos: 'At most 5 photos',
    notImage: 'Only image files',
    pendingTitle: 'Waiting to be sent: recorded {at}',
    pendingFailed: 'Could not be sent: {why}',
    pendingPhotos: '{n} photos',
    discard: 'Delete this record from the device',
    statusHeading: 'Change the status',
    statusTo: 'New status',
    summaryLabel: 'Resolution summary',
    statusNote: 'Note (optional)',
    statusSubmit: 'Save the status',
    statusNone: 'The team cannot move this complaint on from its status',
    statusDone: 'The status is now "{s}"',
    needsSignal: 'Changing the status needs a connection. Please try again when online.',
    timelineHeading: 'Timeline',
    timeNote: 'All times are Thailand time',
    fromDevice: 'No connection: showing what this device kept at {at}',
    notKept: 'No connection, and this complaint has not been opened on this device before',
    notFound: "This complaint does not exist or is not assigned to your team",
    noId: 'No complaint given',
    photo: 'Photo {n}',
    k_status_change: 'Status change',
    k_note: 'Note',
    k_assignment: 'Assignment',
    k_field_visit: 'Field visit',
    k_escalation: 'Escalation',
    k_access: 'Access',
  },
});

/** Where a team member may move a complaint from each status (the API's rule: in_progress, resolved). */
const TEAM_MOVES = { assigned: ['in_progress', 'resolved'], in_progress: ['resolved'], resolved: ['in_progress'] };
const MAX_PHOTOS = 5;

const s = await requireSignIn({ roles: FIELD_ROLES });
const userId = s.user.id;
onSignOut(clearKept);
mountShell({ page: '/staff/complaints.html' });

const id = new URLSearchParams(window.location.search).get('id') || '';
let complaint = null;
let source = null;
let position = null;
let positionState = 'none';

const $ = (x) => document.getElementById(x);

function renderPosition() {
  $('visit-position').textContent =
    positionState === 'locating'
      ? t('locating')
      : position
        ? t('position', { lat: position.latitude.toFixed(5), lon: position.longitude.toFixed(5), acc: formatNumber(Math.round(position.accuracy || 0)) })
        : t('noPosition');
}

function locate() {
  if (!navigator.geolocation) {
    positionState = 'none';
    return renderPosition();
  }
  positionState = 'locating';
  renderPosition();
  navigator.geolocation.getCurrentPosition(
    (p) => {
      position = { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy };
      positionState = 'known';
      renderPosition();
    },
    () => {
      positionState = 'none';
      renderPosition();
    },
    { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
  );
}

function timelineItem(u) {
  const photos = (u.attachments || []).filter((a) => /^image\//.test(a.mime || ''));
  const what = [t(`k_${u.kind}`), u.toStatus ? `→ ${statusText(u.toStatus)}` : ''].filter(Boolean).join(' ');
  return el(
    'li',
    { 'data-kind': u.kind },
    el('time', { datetime: u.occurredAt, text: formatDateTime(u.occurredAt) }),
    el('span', { class: 'what', text: what }),
    u.authorLabel ? el('span', { class: 'meta', text: ` · ${u.authorLabel}` }) : null,
    u.note ? el('p', { class: 'note', text: u.note }) : null,
    photos.length
      ? el(
          'ul',
          { class: 'photos' },
          photos.map((p, i) => el('li', {}, el('a', { href: p.url }, el('img', { src: p.url, alt: t('photo', { n: i + 1 }), loading: 'lazy' })))),
        )
      : null,
  );
}

async function renderPending() {
  const list = $('pending-visits');
  const pending = await pendingVisits(userId, id);
  list.replaceChildren(
    ...pending.map((v) =>
      el(
        'li',
        { class: 'item', 'data-pending': v.key },
        el('p', { class: 'due', text: t('pendingTitle', { at: formatDateTime(v.visitedAt) }) }),
        el('p', { class: 'note', text: v.note }),
        el('p', { class: 'meta', text: t('pendingPhotos', { n: v.photos.length }) }),
        v.error ? el('p', { class: 'field-error', text: t('pendingFailed', { why: v.error }) }) : null,
        v.error
          ? el('button', {
              type: 'button',
              class: 'danger',
              text: t('discard'),
              onclick: async () => {
                await discardVisit(v.key);
                await renderPending();
              },
            })
          : null,
      ),
    ),
  );
}

function renderStatusForm() {
  const moves = TEAM_MOVES[complaint.state] || [];
  $('status-form').hidden = !moves.length;
  $('status-none').hidden = moves.length > 0;
  const select = $('status-to');
  const chosen = select.value;
  select.replaceChildren(...moves.map((m) => el('option', { value: m, text: statusText(m) })));
  if (moves.includes(chosen)) select.value = chosen;
  $('summary-field').hidden = select.value !== 'resolved';
  if (complaint.resolutionSummary && !$('resolutionSummary').value) $('resolutionSummary').value = complaint.resolutionSummary;
}

function render() {
  $('c-source').textContent = source && source.kind === 'device' ? t('fromDevice', { at: formatDateTime(source.at) }) : '';
  if (!complaint) return;
  const c = complaint;
  $('c-ticket').textContent = c.ticketNumber;
  $('c-title').textContent = c.title;
  $('c-title').removeAttribute('data-i18n');
  document.title = `${c.ticketNumber} ${c.title} | ${t('appName')}`;
  $('c-urgency').replaceChildren(urgencyBadge(c.urgency));
  $('c-status').textContent = statusText(c.state);
  $('c-countdown').replaceChildren(countdown(c));
  $('c-category').textContent = nameOf(c.category) || '-';
  $('c-province').textContent = nameOf(c.province) || '-';
  $('c-factory').textContent = [c.factoryName, c.factoryRegistrationNumber].filter(Boolean).join(' · ') || '-';
  $('c-address').textContent =
    [c.address, typeof c.latitude === 'number' && typeof c.longitude === 'number' ? `${c.latitude}, ${c.longitude}` : ''].filter(Boolean).join(' · ') || '-';
  $('c-received').textContent = formatDateTime(c.receivedAt) || '-';
  $('c-ack-due').textContent = formatDateTime(c.acknowledgeDueAt) || '-';
  $('c-resolve-due').textContent = formatDateTime(c.resolveDueAt) || '-';
  $('c-description').textContent = c.description || '';
  const entries = [...(c.timeline || [])].sort((a, b) => String(b.occurredAt).localeCompare(String(a.occurredAt)));
  $('timeline').replaceChildren(...entries.map(timelineItem));
  renderStatusForm();
  renderPosition();
  $('c-body').hidden = false;
}

async function load() {
  if (!id) {
    $('c-error').textContent = t('noId');
    return;
  }
  const res = await api(`/api/complaints/${encodeURIComponent(id)}`);
  if (res.ok && res.data) {
    complaint = res.data;
    source = { kind: 'server' };
    $('c-error').textContent = '';
    await saveComplaint(userId, complaint);
  } else if (res.status === 0) {
    const kept = await loadComplaint(userId, id);
    if (kept) {
      complaint = kept.data;
      source = { kind: 'device', at: kept.savedAt };
    } else if (!complaint) $('c-error').textContent = t('notKept');
  } else {
    $('c-error').textContent = res.status === 404 ? t('notFound') : res.error.message;
  }
  render();
  await renderPending();
}

async function sendQueued() {
  if (navigator.onLine === false) return { sent: 0 };
  const r = await flushVisits(userId);
  await renderPending();
  return r;
}

$('visit-locate').addEventListener('click', locate);

$('visit-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  clearFieldErrors(form);
  $('visit-error').textContent = '';
  $('visit-done').textContent = '';
  const note = form.note.value.trim();
  const files = Array.from(form.photos.files || []);
  const fields = {};
  if (!note) fields.note = t('required');
  if (files.length > MAX_PHOTOS) fields.photos = t('tooManyPhotos');
  else if (files.some((f) => f.type && !/^image\//.test(f.type))) fields.photos = t('notImage');
  if (Object.keys(fields).length) {
    showFieldErrors(form, { fields });
    return;
  }
  const button = $('visit-submit');
  button.disabled = true;
  try {
    const photos = [];
    for (const f of files) photos.push(await shrinkPhoto(f));
    const key = uuid();
    // kept on the phone first: a visit is never lost, whatever happens to the connection
    await queueVisit({
      key,
      userId,
      complaintId: id,
      ticketNumber: complaint && complaint.ticketNumber,
      note,
      latitude: position ? position.latitude : undefined,
      longitude: position ? position.longitude : undefined,
      accuracy: position ? position.accuracy : undefined,
      visitedAt: new Date().toISOString(),
      photos,
    });
    form.reset();
    await renderPending();
    await sendQueued();
    const still = (await pendingVisits(userId, id)).find((v) => v.key === key);
    if (!still) {
      $('visit-done').textContent = t('visitSent');
      await load();
    } else if (still.error) {
      $('visit-error').textContent = t('pendingFailed', { why: still.error });
    } else {
      $('visit-done').textContent = t('visitQueued');
    }
    $('visit-done').focus();
  } finally {
    button.disabled = false;
  }
});

$('status-to').addEventListener('change', () => {
  $('summary-field').hidden = $('status-to').value !== 'resolved';
});

$('status-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  clearFieldErrors(form);
  $('status-error').textContent = '';
  $('status-done').textContent = '';
  const status = form.status.value;
  const body = { status };
  const summary = form.resolutionSummary.value.trim();
  const note = form.note.value.trim();
  if (status === 'resolved') {
    if (!summary) {
      showFieldErrors(form, { fields: { resolutionSummary: t('required') } });
      return;
    }
    body.resolutionSummary = summary;
  }
  if (note) body.note = note;
  const button = $('status-submit');
  button.disabled = true;
  const res = await api(`/api/complaints/${encodeURIComponent(id)}/transition`, { method: 'POST', body });
  button.disabled = false;
  if (!res.ok) {
    if (res.status === 0) $('status-error').textContent = t('needsSignal');
    else if (!showFieldErrors(form, res.error)) $('status-error').textContent = res.error.message;
    return;
  }
  complaint = res.data;
  await saveComplaint(userId, complaint);
  form.note.value = '';
  render();
  $('status-done').textContent = t('statusDone', { s: statusText(complaint.state) });
  $('status-done').focus();
});

window.addEventListener('online', async () => {
  const r = await sendQueued();
  if (r.sent) await load();
});
onLangChange(() => {
  render();
  renderPending();
});
tickCountdowns();
renderPosition();
await load();
if (complaint) locate();
await sendQueued();
