/* /staff/complaints.html: the field team's open complaints, nearest deadline first, with a live
 * countdown. Fetched from GET /api/complaints (the API shows a team member only their teams' complaints
 * and no complainant) and kept on the phone for when there is no signal. */
import { api, el, mountShell, onSignOut, requireSignIn } from './core.js';
import { formatDateTime, onLangChange, registerStrings, t } from './i18n.js';
import { clearKept, flushVisits, loadList, pendingVisits, saveList } from './field-store.js';
import { countdown, deadlineTime, FIELD_ROLES, nameOf, OPEN_STATES, statusText, tickCountdowns, urgencyBadge } from './field-common.js';

registerStrings({
  th: {
    listTitle: 'เรื่องร้องเรียนของทีม',
    listHeading: 'เรื่องร้องเรียนของทีมที่ยังไม่เสร็จ',
    listHint: 'เรียงตามกำหนดเวลาที่ใกล้ที่สุด',
    refresh: 'โหลดใหม่',
    fromServer: 'ข้อมูลล่าสุด ณ {at}',
    fromDevice: 'ไม่มีสัญญาณ: แสดงข้อมูลที่เก็บไว้ในเครื่องเมื่อ {at}',
    nothingKept: 'ไม่มีสัญญาณ และยังไม่มีข้อมูลเก็บไว้ในเครื่อง',
    count: '{n} เรื่อง',
    none: 'ไม่มีเรื่องที่ยังไม่เสร็จ',
    queued: 'การลงพื้นที่ {n} รายการรอส่ง จะส่งเมื่อมีสัญญาณ',
    queueFailed: 'การลงพื้นที่ {n} รายการส่งไม่สำเร็จ เปิดเรื่องเพื่อดูเหตุผล',
    sentNow: 'ส่งการลงพื้นที่ที่รอไว้แล้ว {n} รายการ',
  },
  en: {
    listTitle: "My team's complaints",
    listHeading: "My team's open complaints",
    listHint: 'Nearest deadline first',
    refresh: 'Reload',
    fromServer: 'Up to date as of {at}',
    fromDevice: 'No connection: showing what this device kept at {at}',
    nothingKept: 'No connection, and nothing kept on this device yet',
    count: '{n} complaints',
    none: 'No open complaints',
    queued: '{n} field visits waiting; they are sent when there is a connection',
    queueFailed: '{n} field visits could not be sent; open the complaint to see why',
    sentNow: '{n} waiting field visits sent',
  },
});

const s = await requireSignIn({ roles: FIELD_ROLES });
const userId = s.user.id;
onSignOut(clearKept);
mountShell({ page: '/staff/complaints.html' });

let items = [];
let source = null;

async function fetchAll() {
  const out = [];
  for (let page = 1; page <= 20; page++) {
    const q = `status=${OPEN_STATES.join(',')}&sort=resolveDueAt:asc&pagination[page]=${page}&pagination[pageSize]=100`;
    const res = await api(`/api/complaints?${q}`);
    if (!res.ok) return res;
    out.push(...(res.data || []));
    const p = res.meta && res.meta.pagination;
    if (!p || page >= p.pageCount) break;
  }
  return { ok: true, data: out };
}

function render() {
  const list = document.getElementById('complaint-list');
  const sorted = [...items].sort((a, b) => deadlineTime(a) - deadlineTime(b));
  list.replaceChildren(
    ...sorted.map((c) =>
      el(
        'li',
        { class: 'item', 'data-ticket': c.ticketNumber },
        el('h2', {}, el('a', { href: `/staff/complaint.html?id=${encodeURIComponent(c.documentId)}` }, `${c.ticketNumber} · ${c.title}`)),
        el('p', {}, urgencyBadge(c.urgency), ' ', el('span', { text: statusText(c.state) })),
        el('p', {}, countdown(c)),
        el('p', { class: 'meta' }, [nameOf(c.category), nameOf(c.province)].filter(Boolean).join(' · ')),
      ),
    ),
  );
  document.getElementById('list-count').textContent = items.length ? t('count', { n: items.length }) : t('none');
  const src = document.getElementById('list-source');
  src.textContent = !source ? '' : source.kind === 'server' ? t('fromServer', { at: formatDateTime(source.at) }) : source.kind === 'device' ? t('fromDevice', { at: formatDateTime(source.at) }) : t('nothingKept');
}

async function renderQueue(sent) {
  const box = document.getElementById('queue-status');
  const pending = await pendingVisits(userId);
  const failed = pending.filter((v) => v.error).length;
  const waiting = pending.length - failed;
  const lines = [];
  if (sent) lines.push(t('sentNow', { n: sent }));
  if (waiting) lines.push(t('queued', { n: waiting }));
  if (failed) lines.push(t('queueFailed', { n: failed }));
  box.textContent = lines.join(' · ');
  box.hidden = !lines.length;
}

async function load() {
  const error = document.getElementById('list-error');
  error.textContent = '';
  const res = await fetchAll();
  if (res.ok) {
    items = res.data;
    source = { kind: 'server', at: new Date() };
    await saveList(userId, items);
  } else if (res.status === 0) {
    const kept = await loadList(userId);
    items = kept ? kept.items : [];
    source = kept ? { kind: 'device', at: kept.savedAt } : { kind: 'none' };
  } else {
    error.textContent = res.error.message;
  }
  render();
}

async function sendQueued() {
  if (navigator.onLine === false) return renderQueue(0);
  const r = await flushVisits(userId);
  await renderQueue(r.sent);
}

document.getElementById('refresh').addEventListener('click', async () => {
  await sendQueued();
  await load();
});
window.addEventListener('online', async () => {
  await sendQueued();
  await load();
});
onLangChange(render);
tickCountdowns();
await renderQueue(0);
await load();
await sendQueued();
