/* MIND Desk staff app: languages and dates. Plain ES module, no build step.
 *
 * API (pages import what they need; this file is owned by the shell, page modules do not edit it):
 * - registerStrings({ th: {key: text}, en: {key: text} }) — each page module brings its own texts
 *   (register them before the first t()/applyI18n()); a key registered twice keeps the last text.
 * - t(key, vars) — the text in the current language (Thai when English has none, the key when neither
 *   has it); `{name}` placeholders are filled from vars.
 * - lang() — 'th' (default) or 'en'; setLang(l) switches and remembers it on the device (localStorage),
 *   updates <html lang>, re-applies data-i18n texts and calls the onLangChange listeners.
 * - onLangChange(fn) — fn(lang) after each switch (pages re-render what they built in JS).
 * - applyI18n(root = document) — fills elements carrying data-i18n="key" (textContent),
 *   data-i18n-placeholder, data-i18n-aria-label, data-i18n-title and <body data-title="key">.
 * - formatDateTime(v), formatDate(v), formatTime(v) — Asia/Bangkok time; Thai with the Buddhist year
 *   (Intl 'th-TH-u-ca-buddhist'), English with the Gregorian one; '' for no/invalid date.
 * - formatDuration(ms) — '2 วัน 3 ชม.' / '2 d 3 h' / '45 นาที' (absolute value; the caller says
 *   whether it is left or overdue); formatNumber(n, opts).
 */
const LANG_KEY = 'mindDesk.staff.lang';
const ZONE = 'Asia/Bangkok';

const dict = {
  th: {
    appName: 'MIND Desk เจ้าหน้าที่',
    skip: 'ข้ามไปยังเนื้อหา',
    switchTo: 'English',
    footer: 'กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม · MIND Desk',
    durDay: '{n} วัน',
    durHour: '{n} ชม.',
    durMinute: '{n} นาที',
  },
  en: {
    appName: 'MIND Desk staff',
    skip: 'Skip to content',
    switchTo: 'ภาษาไทย',
    footer: 'Inspector-General Division, Office of the Permanent Secretary, Ministry of Industry · MIND Desk',
    durDay: '{n} d',
    durHour: '{n} h',
    durMinute: '{n} min',
  },
};
const listeners = [];
let current = 'th';
try {
  const saved = window.localStorage.getItem(LANG_KEY);
  if (saved === 'th' || saved === 'en') current = saved;
} catch {
  /* storage blocked: Thai */
}

export function registerStrings(more) {
  for (const l of ['th', 'en']) Object.assign(dict[l], (more && more[l]) || {});
}

export function t(key, vars) {
  let s = dict[current][key];
  if (s === undefined) s = dict.th[key];
  if (s === undefined) return key;
  return String(s).replace(/\{(\w+)\}/g, (m, name) => (vars && vars[name] !== undefined ? String(vars[name]) : m));
}

export function lang() {
  return current;
}

export function applyI18n(root = document) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder')));
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.getAttribute('data-i18n-aria-label')));
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.setAttribute('title', t(el.getAttribute('data-i18n-title')));
  const titleKey = document.body && document.body.getAttribute('data-title');
  if (titleKey) document.title = `${t(titleKey)} | ${t('appName')}`;
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'th';
  try {
    window.localStorage.setItem(LANG_KEY, current);
  } catch {
    /* not remembered */
  }
  applyI18n();
  for (const fn of listeners) fn(current);
}

export function onLangChange(fn) {
  listeners.push(fn);
}

function valid(v) {
  if (v === null || v === undefined || v === '') return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

const locale = () => (current === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist');

export function formatDateTime(v) {
  const d = valid(v);
  if (!d) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDate(v) {
  const d = valid(v);
  if (!d) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, dateStyle: 'medium' }).format(d);
}

export function formatTime(v) {
  const d = valid(v);
  if (!d) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, timeStyle: 'short' }).format(d);
}

export function formatNumber(n, opts) {
  return new Intl.NumberFormat(current === 'en' ? 'en-GB' : 'th-TH', opts).format(n);
}

export function formatDuration(ms) {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return [t('durDay', { n: days }), hours ? t('durHour', { n: hours }) : ''].filter(Boolean).join(' ');
  if (hours > 0) return [t('durHour', { n: hours }), mins ? t('durMinute', { n: mins }) : ''].filter(Boolean).join(' ');
  return t('durMinute', { n: mins });
}
