/* MIND Desk staff app, field team: what the phone keeps (IndexedDB 'mindDesk.staff').
 * - lists: the team's open complaints as last fetched, per user;
 * - complaints: each complaint as last opened, per user;
 * - visits: field visits waiting to be sent (note, position, time, photos as Blobs), keyed by the
 *   Idempotency-Key made when the visit was recorded. A visit leaves the queue only when the server
 *   has it (201, or 200 for a key it already holds); without a connection it waits; a visit the server
 *   refuses (e.g. the complaint was closed meanwhile) stays, marked with the reason, until the user
 *   discards it. Sending again is harmless: the server stores one visit per key.
 * Signing out forgets the lists and complaints; queued visits stay and are sent when the same person
 * signs in again (never as someone else). */
import { api } from './core.js';

const DB_NAME = 'mindDesk.staff';
const VERSION = 1;
let opening = null;

function db() {
  if (opening) return opening;
  opening = new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const d = req.result;
      if (!d.objectStoreNames.contains('lists')) d.createObjectStore('lists', { keyPath: 'userId' });
      if (!d.objectStoreNames.contains('complaints')) d.createObjectStore('complaints', { keyPath: 'key' });
      if (!d.objectStoreNames.contains('visits')) d.createObjectStore('visits', { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opening = null;
      reject(req.error);
    };
  });
  return opening;
}

async function run(storeName, mode, fn) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(storeName, mode);
    const store = tx.objectStore(storeName);
    let result;
    const req = fn(store);
    if (req) req.onsuccess = () => (result = req.result);
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const saveList = (userId, items) => run('lists', 'readwrite', (s) => s.put({ userId, items, savedAt: new Date().toISOString() }));
export const loadList = (userId) => run('lists', 'readonly', (s) => s.get(userId));
export const saveComplaint = (userId, data) =>
  run('complaints', 'readwrite', (s) => s.put({ key: `${userId}:${data.documentId}`, userId, data, savedAt: new Date().toISOString() }));
export const loadComplaint = (userId, documentId) => run('complaints', 'readonly', (s) => s.get(`${userId}:${documentId}`));

/** Forgets the kept lists and complaints (not the queued visits). */
export async function clearKept() {
  await run('lists', 'readwrite', (s) => s.clear());
  await run('complaints', 'readwrite', (s) => s.clear());
}

/** Queues a visit: { key, userId, complaintId, ticketNumber, note, latitude, longitude, accuracy, visitedAt, photos: File[] }. */
export function queueVisit(visit) {
  const photos = visit.photos.map((f) => ({ name: f.name || 'photo.jpg', type: f.type || 'image/jpeg', blob: f }));
  return run('visits', 'readwrite', (s) => s.put({ ...visit, photos, queuedAt: new Date().toISOString(), error: null }));
}

/** Queued visits of this user (oldest first), of one complaint when given. */
export async function pendingVisits(userId, complaintId) {
  const all = (await run('visits', 'readonly', (s) => s.getAll())) || [];
  return all
    .filter((v) => v.userId === userId && (!complaintId || v.complaintId === complaintId))
    .sort((a, b) => String(a.queuedAt).localeCompare(String(b.queuedAt)));
}

export const discardVisit = (key) => run('visits', 'readwrite', (s) => s.delete(key));

function formOf(v) {
  const form = new FormData();
  const data = { note: v.note, visitedAt: v.visitedAt };
  if (typeof v.latitude === 'number' && typeof v.longitude === 'number') {
    data.latitude = v.latitude;
    data.longitude = v.longitude;
  }
  form.append('data', JSON.stringify(data));
  for (const p of v.photos) form.append('photos', p.blob, p.name);
  return form;
}

let flushing = null;

/**
 * Sends this user's queued visits, oldest first; stops at the first one without a connection.
 * Resolves to { sent, waiting, failed }. One run at a time per page (and per device where the browser
 * has Web Locks); a visit sent twice is still stored once (Idempotency-Key).
 */
export function flushVisits(userId) {
  if (flushing) return flushing;
  const work = async () => {
    const result = { sent: 0, waiting: 0, failed: 0 };
    const queue = await pendingVisits(userId);
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i];
      if (v.error) {
        result.failed++;
        continue;
      }
      const res = await api(`/api/complaints/${encodeURIComponent(v.complaintId)}/field-visits`, {
        method: 'POST',
        form: formOf(v),
        headers: { 'Idempotency-Key': v.key },
      });
      if (res.ok) {
        await discardVisit(v.key);
        result.sent++;
      } else if (res.status === 0 || res.status === 429 || res.status >= 500) {
        result.waiting = queue.slice(i).filter((x) => !x.error).length;
        break;
      } else {
        await run('visits', 'readwrite', (s) => s.put({ ...v, error: (res.error && res.error.message) || String(res.status) }));
        result.failed++;
      }
    }
    return result;
  };
  const locked = navigator.locks && navigator.locks.request ? () => navigator.locks.request('mindDesk.staff.visits', work) : work;
  flushing = locked().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** A photo made smaller for a weak signal: at most 1920 px on its longer side, JPEG; small files as they are. */
export async function shrinkPhoto(file) {
  if (!file || file.size <= 1024 * 1024 || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 1920 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], (file.name || 'photo').replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}
