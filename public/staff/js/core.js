/* MIND Desk staff app: session, API calls and the page shell. Plain ES module, no build step, no inline
 * code (the pages run under the server's Content-Security-Policy). Owned by the shell; page modules
 * import it and do not edit it.
 *
 * Session (users-permissions in refresh mode, see docs/staff-app.md):
 * - signIn(identifier, password) → { ok, session } | { ok: false, status, error }: POST /api/auth/local,
 *   then GET /api/users/me (which names the caller's own role); keeps { jwt, refreshToken, user, role } in localStorage.
 * - session() → { jwt, refreshToken, user: {id, username, email}, role: {type, name} } | null.
 * - requireSignIn({ roles }) → Promise<session>: no session → redirects to /staff/?next=<this page>
 *   (and never resolves); a role not in `roles` → redirects to that role's home.
 * - signOut() → ends the session on the server (POST /api/auth/logout with the refresh token, so the
 *   access token is refused from then on), runs the onSignOut hooks, forgets the session, goes to /staff/.
 * - onSignOut(fn) → fn() (may be async) runs before the session is forgotten (clear device caches).
 * - ROLE_PAGES[roleType] → [{ href, key }] the role's pages (first = its home); homeOf(roleType).
 *
 * api(path, { method = 'GET', body, form, headers, auth = true }) → Promise<{ ok, status, body, data,
 *   meta, error }>; never throws. `body` is sent as JSON, `form` (FormData) as multipart. The access
 *   token is renewed with the refresh token shortly before it expires and once after a 401; when the
 *   session is gone the page goes to sign-in. status 0 = no connection (error.offline = true).
 *   error = { message, field, fields: { name: message } } from Strapi's error body (details.errors[].path).
 *
 * Page shell:
 * - mountShell({ page }) fills <header id="staff-top"> (app name, the role's nav with aria-current,
 *   language switch, sign out) and <p id="staff-offline"> (shown while offline), applies the texts and
 *   registers the service worker (/staff/sw.js, scope /staff/).
 * - el(tag, attrs, ...children) builds an element (attrs: class, text, data-*, aria-*, on<event>
 *   functions, any attribute; children: nodes or strings) — never innerHTML.
 * - showFieldErrors(form, error) / clearFieldErrors(form): marks the inputs the API named (by name or id)
 *   with aria-invalid and writes the message into #<input id>-error; returns whether any field matched.
 * - uuid() a random UUID (crypto.randomUUID where available).
 */
import { applyI18n, lang, onLangChange, registerStrings, setLang, t } from './i18n.js';

const SESSION_KEY = 'mindDesk.staff.session';
/** Renew the access token when it has less than this left. */
const RENEW_BEFORE_MS = 120 * 1000;

registerStrings({
  th: {
    navComplaints: 'เรื่องร้องเรียนของทีม',
    navReports: 'รายงานความก้าวหน้า',
    navFindings: 'ข้อตรวจพบ',
    navActivities: 'กิจกรรมจิตอาสา',
    navVolunteering: 'ใบรับรองและการเรียกกำลัง',
    navMe: 'ข้อมูลของฉัน',
    navLabel: 'เมนูหลัก',
    signOut: 'ออกจากระบบ',
    offlineBanner: 'ไม่มีสัญญาณอินเทอร์เน็ต: แสดงข้อมูลที่เก็บไว้ในเครื่อง สิ่งที่บันทึกจะส่งเมื่อกลับมาออนไลน์',
    errOffline: 'ติดต่อระบบไม่ได้ กรุณาตรวจสอบอินเทอร์เน็ตแล้วลองใหม่',
    errServer: 'ระบบขัดข้อง กรุณาลองใหม่อีกครั้งภายหลัง',
    errTooMany: 'มีการส่งคำขอมากเกินไป กรุณาลองใหม่ภายหลัง',
    errForbidden: 'บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้',
    errNotFound: 'ไม่พบข้อมูล',
  },
  en: {
    navComplaints: "My team's complaints",
    navReports: 'Progress reports',
    navFindings: 'Inspection findings',
    navActivities: 'Volunteer activities',
    navVolunteering: 'Certificates and call-outs',
    navMe: 'My profile',
    navLabel: 'Main menu',
    signOut: 'Sign out',
    offlineBanner: 'No connection: showing what is stored on this device. What you record is sent when you are back online.',
    errOffline: 'Could not reach the service. Please check your connection and try again.',
    errServer: 'Something went wrong on our side. Please try again later.',
    errTooMany: 'Too many requests. Please try again later.',
    errForbidden: 'This account may not do this.',
    errNotFound: 'Not found.',
  },
});

export const ROLE_PAGES = {
  'response-team-member': [{ href: '/staff/complaints.html', key: 'navComplaints' }],
  'agency-officer': [
    { href: '/staff/reports.html', key: 'navReports' },
    { href: '/staff/findings.html', key: 'navFindings' },
  ],
  volunteer: [
    { href: '/staff/activities.html', key: 'navActivities' },
    { href: '/staff/volunteering.html', key: 'navVolunteering' },
    { href: '/staff/me.html', key: 'navMe' },
  ],
};

/** The role's first page, or null for a role this app has no pages for (it works in the admin panel). */
export function homeOf(roleType) {
  const pages = ROLE_PAGES[roleType];
  return pages ? pages[0].href : null;
}

// --- session storage -------------------------------------------------------------------------------

function read() {
  try {
    const s = JSON.parse(window.localStorage.getItem(SESSION_KEY) || 'null');
    return s && s.jwt && s.user ? s : null;
  } catch {
    return null;
  }
}

function write(s) {
  try {
    if (s) window.localStorage.setItem(SESSION_KEY, JSON.stringify(s));
    else window.localStorage.removeItem(SESSION_KEY);
  } catch {
    /* storage blocked: the session lives as long as the page */
  }
}

export function session() {
  return read();
}

/** Milliseconds since the epoch at which a JWT expires (its `exp`), or 0 when unreadable. */
function expiryOf(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const payload = JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

function signInUrl() {
  const here = window.location.pathname + window.location.search;
  return `/staff/?next=${encodeURIComponent(here)}`;
}

function goSignIn() {
  window.location.assign(signInUrl());
  return new Promise(() => {});
}

export function requireSignIn(opts = {}) {
  const s = read();
  if (!s) return goSignIn();
  const roles = opts.roles;
  if (roles && !roles.includes(s.role && s.role.type)) {
    window.location.replace(homeOf(s.role && s.role.type) || '/staff/');
    return new Promise(() => {});
  }
  return Promise.resolve(s);
}

// --- HTTP ------------------------------------------------------------------------------------------

function parseError(status, body) {
  const e = (body && body.error) || {};
  const fields = {};
  const list = (e.details && e.details.errors) || [];
  for (const item of list) {
    const path = Array.isArray(item.path) ? item.path.join('.') : String(item.path || '');
    if (path && !(path in fields)) fields[path] = item.message || '';
  }
  const field = (e.details && e.details.field) || Object.keys(fields)[0] || null;
  let message = e.message;
  if (status === 0) message = t('errOffline');
  else if (status === 429) message = t('errTooMany');
  else if (status >= 500 || !message) message = status === 403 ? t('errForbidden') : status === 404 ? t('errNotFound') : t('errServer');
  return { message, field, fields, offline: status === 0 };
}

async function rawFetch(path, { method = 'GET', body, form, headers = {}, jwt } = {}) {
  const h = { Accept: 'application/json', ...headers };
  if (jwt) h.Authorization = `Bearer ${jwt}`;
  let payload;
  if (form) payload = form;
  else if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, { method, headers: h, body: payload, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { ok: false, status: 0, body: null, data: null, meta: null, error: parseError(0, null) };
  }
  const text = await res.text().catch(() => '');
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  const data = parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed;
  return {
    ok: res.ok,
    status: res.status,
    body: parsed,
    data,
    meta: parsed && parsed.meta ? parsed.meta : null,
    error: res.ok ? null : parseError(res.status, parsed),
  };
}

let refreshing = null;

/** Renews the access token with the refresh token: 'ok', 'offline' or 'ended' (the session is over). */
function refresh(staleJwt) {
  if (refreshing) return refreshing;
  const run = async () => {
    const s = read();
    if (!s) return 'ended';
    // another tab renewed it meanwhile: use that one (refresh tokens rotate, a second use would fail)
    if (s.jwt !== staleJwt && expiryOf(s.jwt) - Date.now() > RENEW_BEFORE_MS) return 'ok';
    if (!s.refreshToken) return 'ended';
    const res = await rawFetch('/api/auth/refresh', { method: 'POST', body: { refreshToken: s.refreshToken } });
    if (res.status === 0) return 'offline';
    if (!res.ok || !res.body || !res.body.jwt) {
      // a 401 from a tab that lost the race still leaves the winner's tokens in storage
      const now = read();
      if (now && now.jwt !== s.jwt) return 'ok';
      return res.status === 401 || res.status === 400 ? 'ended' : 'offline';
    }
    write({ ...s, jwt: res.body.jwt, refreshToken: res.body.refreshToken || s.refreshToken });
    return 'ok';
  };
  const locked =
    navigator.locks && navigator.locks.request ? () => navigator.locks.request('mindDesk.staff.refresh', run) : run;
  refreshing = locked().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function forgetSession() {
  write(null);
}

export async function api(path, opts = {}) {
  const { auth = true } = opts;
  if (!auth) return rawFetch(path, opts);
  let s = read();
  if (!s) {
    await goSignIn();
  }
  if (expiryOf(s.jwt) - Date.now() < RENEW_BEFORE_MS) {
    const r = await refresh(s.jwt);
    if (r === 'ended') {
      await forgetSession();
      return goSignIn();
    }
    s = read() || s;
  }
  let res = await rawFetch(path, { ...opts, jwt: s.jwt });
  if (res.status === 401) {
    const r = await refresh(s.jwt);
    if (r === 'ok') res = await rawFetch(path, { ...opts, jwt: (read() || s).jwt });
    if (r === 'ended' || res.status === 401) {
      await forgetSession();
      return goSignIn();
    }
  }
  return res;
}

export async function signIn(identifier, password) {
  const login = await rawFetch('/api/auth/local', { method: 'POST', body: { identifier, password } });
  if (!login.ok || !login.body || !login.body.jwt) return { ok: false, status: login.status, error: login.error };
  const jwt = login.body.jwt;
  const me = await rawFetch('/api/users/me', { jwt });
  if (!me.ok || !me.body) return { ok: false, status: me.status, error: me.error };
  const u = me.body;
  const s = {
    jwt,
    refreshToken: login.body.refreshToken || null,
    user: { id: u.id, documentId: u.documentId, username: u.username, email: u.email },
    role: { type: u.role && u.role.type, name: u.role && u.role.name },
  };
  write(s);
  return { ok: true, session: s };
}

const signOutHooks = [];

export function onSignOut(fn) {
  signOutHooks.push(fn);
}

export async function signOut() {
  const s = read();
  if (s) {
    let res = await rawFetch('/api/auth/logout', { method: 'POST', body: { refreshToken: s.refreshToken }, jwt: s.jwt });
    if (res.status === 401 && (await refresh(s.jwt)) === 'ok') {
      const now = read();
      res = await rawFetch('/api/auth/logout', { method: 'POST', body: { refreshToken: now.refreshToken }, jwt: now.jwt });
    }
  }
  for (const fn of signOutHooks) {
    try {
      await fn();
    } catch {
      /* a cache that cannot be cleared must not keep the user signed in */
    }
  }
  await forgetSession();
  window.location.assign('/staff/');
}

// --- DOM helpers -----------------------------------------------------------------------------------

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clearFieldErrors(form) {
  for (const input of form.querySelectorAll('[aria-invalid="true"]')) input.removeAttribute('aria-invalid');
  for (const p of form.querySelectorAll('.field-error')) p.textContent = '';
}

export function showFieldErrors(form, error) {
  clearFieldErrors(form);
  let matched = false;
  for (const [name, message] of Object.entries((error && error.fields) || {})) {
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`) || form.querySelector(`#${CSS.escape(name)}`);
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    const out = document.getElementById(`${input.id}-error`);
    if (out) out.textContent = message;
    if (!matched) input.focus();
    matched = true;
  }
  return matched;
}

export function uuid() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  const b = window.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// --- shell -----------------------------------------------------------------------------------------

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/staff/sw.js', { scope: '/staff/' }).catch(() => undefined);
}

function renderTop(page) {
  const top = document.getElementById('staff-top');
  if (!top) return;
  const s = read();
  const pages = (s && ROLE_PAGES[s.role && s.role.type]) || [];
  const nav = pages.length
    ? el(
        'nav',
        { 'aria-label': t('navLabel') },
        el(
          'ul',
          { class: 'nav' },
          pages.map((p) =>
            el('li', {}, el('a', { href: p.href, 'aria-current': p.href === page || window.location.pathname === p.href ? 'page' : null, text: t(p.key) })),
          ),
        ),
      )
    : null;
  const actions = el(
    'div',
    { class: 'top-actions' },
    el('button', { type: 'button', id: 'lang-switch', lang: lang() === 'th' ? 'en' : 'th', text: t('switchTo'), onclick: () => setLang(lang() === 'th' ? 'en' : 'th') }),
    s ? el('button', { type: 'button', id: 'sign-out', text: t('signOut'), onclick: () => signOut() }) : null,
  );
  top.replaceChildren(
    el(
      'div',
      { class: 'wrap top-row' },
      el('p', { class: 'brand' }, el('a', { href: '/staff/', text: t('appName') })),
      actions,
    ),
    nav ? el('div', { class: 'wrap' }, nav) : null,
  );
}

function renderOffline() {
  const banner = document.getElementById('staff-offline');
  if (!banner) return;
  banner.textContent = t('offlineBanner');
  banner.hidden = navigator.onLine !== false;
}

export function mountShell(opts = {}) {
  const draw = () => {
    const switching = document.activeElement && document.activeElement.id === 'lang-switch';
    renderTop(opts.page);
    renderOffline();
    applyI18n();
    if (switching) document.getElementById('lang-switch').focus();
  };
  draw();
  onLangChange(draw);
  window.addEventListener('online', renderOffline);
  window.addEventListener('offline', renderOffline);
  registerServiceWorker();
}
