/* MIND Desk citizens' pages: what every page shares. Plain JavaScript, no build step, no inline code
 * (the pages work under a strict Content-Security-Policy).
 * - Thai first with an English switch: elements carry data-i18n="key" (text), data-i18n-placeholder,
 *   data-i18n-aria-label; <html lang> follows the choice, which is remembered in localStorage.
 * - Dates as people in Thailand read them: Asia/Bangkok time, Thai month names, Buddhist year.
 * - fetch helpers that always resolve to { status, body }. */
(function () {
  'use strict';

  var LANG_KEY = 'mindDesk.citizen.lang';
  var dict = {
    th: {
      skip: 'ข้ามไปยังเนื้อหา',
      siteName: 'ร้องเรียนปัญหาจากโรงงาน กระทรวงอุตสาหกรรม',
      footer: 'กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม · MIND Desk',
      navFile: 'ยื่นเรื่องร้องเรียน',
      navTrack: 'ติดตามเรื่อง',
      switchTo: 'English',
      networkError: 'ติดต่อระบบไม่ได้ กรุณาตรวจสอบอินเทอร์เน็ตแล้วลองใหม่',
      serverError: 'ระบบขัดข้อง กรุณาลองใหม่อีกครั้งภายหลัง',
      tooMany: 'มีการส่งคำขอจากเครื่องนี้มากเกินไป กรุณาลองใหม่ภายหลัง'
    },
    en: {
      skip: 'Skip to content',
      siteName: 'Factory complaints, Ministry of Industry',
      footer: 'Inspector-General Division, Office of the Permanent Secretary, Ministry of Industry · MIND Desk',
      navFile: 'File a complaint',
      navTrack: 'Track a complaint',
      switchTo: 'ภาษาไทย',
      networkError: 'Could not reach the service. Please check your connection and try again.',
      serverError: 'Something went wrong on our side. Please try again later.',
      tooMany: 'Too many requests from this device. Please try again later.'
    }
  };
  var listeners = [];
  var lang = 'th';
  try {
    var saved = window.localStorage.getItem(LANG_KEY);
    if (saved === 'th' || saved === 'en') lang = saved;
  } catch (e) { /* storage blocked: Thai */ }

  function add(more) {
    ['th', 'en'].forEach(function (l) {
      Object.keys(more[l] || {}).forEach(function (k) { dict[l][k] = more[l][k]; });
    });
  }

  /** The text for `key` in the current language; `{name}` placeholders filled from `vars`. */
  function t(key, vars) {
    var s = dict[lang][key];
    if (s === undefined) s = dict.th[key];
    if (s === undefined) return key;
    if (typeof s !== 'string') return s;
    return s.replace(/\{(\w+)\}/g, function (m, name) {
      return vars && vars[name] !== undefined ? String(vars[name]) : m;
    });
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function apply() {
    document.documentElement.lang = lang;
    each('[data-i18n]', function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    each('[data-i18n-placeholder]', function (el) { el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder'))); });
    each('[data-i18n-aria-label]', function (el) { el.setAttribute('aria-label', t(el.getAttribute('data-i18n-aria-label'))); });
    var titleKey = document.body.getAttribute('data-title');
    if (titleKey) document.title = t(titleKey) + ' | ' + t('siteName');
    var sw = document.getElementById('lang-switch');
    if (sw) {
      sw.textContent = t('switchTo');
      sw.setAttribute('lang', lang === 'th' ? 'en' : 'th');
    }
    listeners.forEach(function (fn) { fn(lang); });
  }

  function setLang(next) {
    lang = next === 'en' ? 'en' : 'th';
    try { window.localStorage.setItem(LANG_KEY, lang); } catch (e) { /* not remembered */ }
    apply();
  }

  /** Called once by each page after adding its texts. */
  function init(pageDict) {
    if (pageDict) add(pageDict);
    var sw = document.getElementById('lang-switch');
    if (sw) sw.addEventListener('click', function () { setLang(lang === 'th' ? 'en' : 'th'); });
    apply();
  }

  // --- dates: Asia/Bangkok (UTC+7, no daylight saving), Buddhist year in Thai ---
  var TH_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
  var EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** '25 พฤศจิกายน 2569 เวลา 10:00 น.' or '25 November 2026, 10:00'; '' for no date. */
  function formatDateTime(value) {
    if (!value) return '';
    var d = new Date(value);
    if (isNaN(d.getTime())) return '';
    var b = new Date(d.getTime() + 7 * 3600 * 1000);
    var day = b.getUTCDate();
    var month = b.getUTCMonth();
    var year = b.getUTCFullYear();
    var time = pad(b.getUTCHours()) + ':' + pad(b.getUTCMinutes());
    if (lang === 'en') return day + ' ' + EN_MONTHS[month] + ' ' + year + ', ' + time;
    return day + ' ' + TH_MONTHS[month] + ' ' + (year + 543) + ' เวลา ' + time + ' น.';
  }

  // --- HTTP ---
  function request(url, options) {
    return fetch(url, options).then(function (res) {
      return res.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        return { status: res.status, body: body };
      });
    }, function () {
      return { status: 0, body: null };
    });
  }

  window.MindCitizen = {
    init: init,
    add: add,
    t: t,
    lang: function () { return lang; },
    setLang: setLang,
    apply: apply,
    onLangChange: function (fn) { listeners.push(fn); },
    formatDateTime: formatDateTime,
    request: request
  };
})();
