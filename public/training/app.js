/* MIND Desk training materials: staff web page. Plain JavaScript, no build step.
 * Thai first with an English switch; login with the users-permissions local provider;
 * list, filters and search; a material's page with its body, attachments and the acknowledge
 * button; the "still to read" list. Text from the server is inserted as text, never as HTML. */
(function () {
  'use strict';

  var API = '/api';
  var TOKEN_KEY = 'mindDesk.training.jwt';
  // Sign-ins are sessions: the access token lives minutes, the refresh token renews it for the day.
  var REFRESH_KEY = 'mindDesk.training.refresh';
  var LANG_KEY = 'mindDesk.training.lang';
  var PAGE_SIZE = 10;

  var T = {
    th: {
      siteTitle: 'คลังความรู้ กฎหมาย ระเบียบ และกองทุน',
      skip: 'ข้ามไปยังเนื้อหา',
      logout: 'ออกจากระบบ',
      loginHeading: 'เข้าสู่ระบบสำหรับเจ้าหน้าที่',
      loginHint: 'ประชาชนทั่วไปอ่านได้เฉพาะเอกสารเผยแพร่สาธารณะ เจ้าหน้าที่เข้าสู่ระบบเพื่ออ่านทั้งหมดและรับทราบเอกสารที่ต้องอ่าน',
      identifier: 'อีเมลหรือชื่อผู้ใช้',
      password: 'รหัสผ่าน',
      login: 'เข้าสู่ระบบ',
      loginFailed: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
      loginMissing: 'กรุณากรอกอีเมลหรือชื่อผู้ใช้ และรหัสผ่าน',
      loggedInAs: 'ผู้ใช้: ',
      stillToRead: 'เอกสารที่ยังต้องอ่าน',
      nothingToRead: 'อ่านและรับทราบครบทุกฉบับแล้ว',
      newVersion: 'มีฉบับใหม่ (เคยรับทราบฉบับที่ {v})',
      browse: 'ค้นหาและเลือกดูเอกสาร',
      searchLabel: 'คำค้น (ชื่อเรื่อง สรุป หรือเนื้อหา)',
      kind: 'ประเภท',
      topic: 'หัวข้อ',
      fund: 'กองทุน',
      sort: 'เรียงตาม',
      all: 'ทั้งหมด',
      search: 'ค้นหา',
      clear: 'ล้าง',
      prev: 'ก่อนหน้า',
      next: 'ถัดไป',
      pageOf: 'หน้า {p} จาก {n}',
      found: 'พบ {n} รายการ',
      foundFor: 'พบ {n} รายการสำหรับ “{q}”',
      none: 'ไม่พบเอกสาร',
      back: '← กลับไปยังรายการ',
      attachments: 'เอกสารแนบ',
      source: 'แหล่งที่มาทางการ',
      effective: 'มีผลบังคับใช้',
      authority: 'หน่วยงานที่ออก',
      version: 'ฉบับที่',
      topics: 'หัวข้อ',
      required: 'ต้องอ่าน',
      public: 'เผยแพร่สาธารณะ',
      ackPrompt: 'เอกสารนี้เป็นฉบับที่ {v} เมื่ออ่านแล้วกรุณากดรับทราบ',
      ackButton: 'รับทราบแล้ว',
      ackDone: 'คุณรับทราบฉบับที่ {v} แล้ว เมื่อ {d}',
      ackSaved: 'บันทึกการรับทราบแล้ว',
      dueOn: 'ต้องอ่านภายใน {d}',
      dueLabel: 'กำหนดอ่าน',
      quizHeading: 'แบบทดสอบก่อนรับทราบ (ต้องได้อย่างน้อยร้อยละ {p})',
      quizPickOne: 'เลือก 1 ข้อ',
      quizPickMany: 'เลือกทุกข้อที่ถูก',
      quizSubmit: 'ส่งคำตอบ',
      quizRequired: 'กรุณาเลือกคำตอบ',
      quizFailed: 'ยังไม่ผ่าน: ได้ร้อยละ {p} (ต้องได้ร้อยละ {need}) ลองทำใหม่ได้',
      quizPassed: 'ผ่านแบบทดสอบแล้ว และบันทึกการรับทราบแล้ว',
      untranslated: 'เอกสารนี้ยังไม่มีฉบับภาษาไทย จึงแสดงต้นฉบับ',
      loading: 'กำลังโหลด…',
      notFound: 'ไม่พบเอกสารนี้ หรือคุณไม่มีสิทธิ์อ่าน',
      error: 'เกิดข้อผิดพลาด กรุณาลองใหม่',
      sessionExpired: 'หมดเวลาการเข้าสู่ระบบ กรุณาเข้าสู่ระบบใหม่',
      footer: 'กองตรวจราชการ กระทรวงอุตสาหกรรม · MIND Desk',
      matchIn: { title: 'พบในชื่อเรื่อง', summary: 'พบในสรุป', body: 'พบในเนื้อหา' },
      sorts: { 'effectiveDate:desc': 'วันที่มีผล ใหม่ไปเก่า', 'effectiveDate:asc': 'วันที่มีผล เก่าไปใหม่', 'title:asc': 'ชื่อเรื่อง ก–ฮ', 'title:desc': 'ชื่อเรื่อง ฮ–ก' },
      kinds: {
        law: 'พระราชบัญญัติ / กฎหมาย', regulation: 'ระเบียบ', ministerial_regulation: 'กฎกระทรวง', announcement: 'ประกาศ',
        fund_measure: 'มาตรการกองทุน', guideline: 'แนวทาง', manual: 'คู่มือ', course: 'หลักสูตร'
      },
      switchTo: 'English'
    },
    en: {
      siteTitle: 'Laws, regulations and funds: training library',
      skip: 'Skip to content',
      logout: 'Log out',
      loginHeading: 'Staff login',
      loginHint: 'Without login you see only materials published for the public. Staff log in to read everything and acknowledge required reading.',
      identifier: 'Email or username',
      password: 'Password',
      login: 'Log in',
      loginFailed: 'Wrong email or password',
      loginMissing: 'Please enter your email or username and your password',
      loggedInAs: 'Signed in: ',
      stillToRead: 'Still to read',
      nothingToRead: 'You have read and acknowledged everything required.',
      newVersion: 'New version (you acknowledged version {v})',
      browse: 'Search and browse',
      searchLabel: 'Search (title, summary or text)',
      kind: 'Kind',
      topic: 'Topic',
      fund: 'Fund',
      sort: 'Sort by',
      all: 'All',
      search: 'Search',
      clear: 'Clear',
      prev: 'Previous',
      next: 'Next',
      pageOf: 'Page {p} of {n}',
      found: '{n} found',
      foundFor: '{n} found for “{q}”',
      none: 'No materials found',
      back: '← Back to the list',
      attachments: 'Attachments',
      source: 'Official source',
      effective: 'In force from',
      authority: 'Issued by',
      version: 'Version',
      topics: 'Topics',
      required: 'Required',
      public: 'Public',
      ackPrompt: 'This is version {v}. When you have read it, please acknowledge it.',
      ackButton: 'I have read this',
      ackDone: 'You acknowledged version {v} on {d}',
      ackSaved: 'Acknowledgement saved',
      dueOn: 'due {d}',
      dueLabel: 'Read by',
      quizHeading: 'Quiz before acknowledging (pass mark {p}%)',
      quizPickOne: 'pick one',
      quizPickMany: 'pick every right answer',
      quizSubmit: 'Submit answers',
      quizRequired: 'Please choose an answer',
      quizFailed: 'Not passed: {p}% ({need}% needed). You can try again.',
      quizPassed: 'Quiz passed; acknowledgement saved',
      untranslated: 'This material has no English version yet; it is shown in Thai.',
      loading: 'Loading…',
      notFound: 'This material does not exist or you may not read it',
      error: 'Something went wrong; please try again',
      sessionExpired: 'Your session has expired; please log in again',
      footer: 'Inspector-General Division, Ministry of Industry · MIND Desk',
      matchIn: { title: 'in the title', summary: 'in the summary', body: 'in the text' },
      sorts: { 'effectiveDate:desc': 'In force, newest first', 'effectiveDate:asc': 'In force, oldest first', 'title:asc': 'Title A–Z', 'title:desc': 'Title Z–A' },
      kinds: {
        law: 'Act / law', regulation: 'Regulation', ministerial_regulation: 'Ministerial regulation', announcement: 'Announcement',
        fund_measure: 'Fund measure', guideline: 'Guideline', manual: 'Manual', course: 'Course'
      },
      switchTo: 'ภาษาไทย'
    }
  };

  var state = {
    lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'th',
    jwt: sessionStorage.getItem(TOKEN_KEY),
    refreshToken: sessionStorage.getItem(REFRESH_KEY),
    user: null,
    page: 1,
    required: {},
    topics: [],
    funds: []
  };

  function $(id) { return document.getElementById(id); }
  function t(key, vars) {
    var s = T[state.lang][key];
    if (vars) Object.keys(vars).forEach(function (k) { s = s.replace('{' + k + '}', vars[k]); });
    return s;
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function say(message) { $('status').textContent = message || ''; }
  function formatDate(iso) {
    if (!iso) return '';
    var d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
    return new Intl.DateTimeFormat(state.lang === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'long' }).format(d);
  }

  function api(path, options) {
    options = options || {};
    var headers = { Accept: 'application/json' };
    if (options.body) headers['Content-Type'] = 'application/json';
    if (state.jwt && !options.anonymous) headers.Authorization = 'Bearer ' + state.jwt;
    return fetch(API + path, { method: options.method || 'GET', headers: headers, body: options.body ? JSON.stringify(options.body) : undefined })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          if (res.status === 401 && state.jwt && !options.anonymous) {
            if (state.refreshToken && !options.retried) {
              return renew().then(function (ok) {
                if (ok) return api(path, Object.assign({}, options, { retried: true }));
                logout(t('sessionExpired'));
                throw Object.assign(new Error(res.statusText), { status: 401 });
              });
            }
            logout(t('sessionExpired'));
          }
          if (!res.ok) {
            var err = new Error((body && body.error && body.error.message) || res.statusText);
            err.status = res.status;
            err.details = (body && body.error && body.error.details) || {};
            throw err;
          }
          return body;
        });
      });
  }

  /** A new access token from the refresh token; false when the session has ended. */
  function renew() {
    return fetch(API + '/auth/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: state.refreshToken })
    })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (body) {
        if (!body || !body.jwt) return false;
        keepSession(body);
        return true;
      })
      .catch(function () { return false; });
  }
  function keepSession(body) {
    state.jwt = body.jwt;
    sessionStorage.setItem(TOKEN_KEY, body.jwt);
    if (body.refreshToken) {
      state.refreshToken = body.refreshToken;
      sessionStorage.setItem(REFRESH_KEY, body.refreshToken);
    }
  }

  /* ---------- language ---------- */
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.title = t('siteTitle') + ' | MIND Desk';
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    var sw = $('lang-switch');
    sw.textContent = t('switchTo');
    sw.setAttribute('lang', state.lang === 'th' ? 'en' : 'th');
    $('pager').setAttribute('aria-label', state.lang === 'th' ? 'เลื่อนหน้า' : 'Pages');
    fillSelects();
    if (state.user) $('who').textContent = t('loggedInAs') + state.user.username;
  }

  function option(value, label, selected) {
    var o = el('option', { value: value, text: label });
    if (selected) o.selected = true;
    return o;
  }
  function fillSelects() {
    var kind = $('kind'), topic = $('topic'), fund = $('fund'), sort = $('sort');
    var keep = { kind: kind.value, topic: topic.value, fund: fund.value, sort: sort.value || 'effectiveDate:desc' };
    [kind, topic, fund, sort].forEach(clear);
    kind.appendChild(option('', t('all')));
    Object.keys(T[state.lang].kinds).forEach(function (k) { kind.appendChild(option(k, T[state.lang].kinds[k], k === keep.kind)); });
    topic.appendChild(option('', t('all')));
    state.topics.forEach(function (x) { topic.appendChild(option(x.slug, state.lang === 'th' ? x.nameTh : x.nameEn, x.slug === keep.topic)); });
    fund.appendChild(option('', t('all')));
    state.funds.forEach(function (x) { fund.appendChild(option(x.slug, state.lang === 'th' ? x.nameTh : x.nameEn, x.slug === keep.fund)); });
    Object.keys(T[state.lang].sorts).forEach(function (k) { sort.appendChild(option(k, T[state.lang].sorts[k], k === keep.sort)); });
  }

  /* ---------- login ---------- */
  function onDetail() { return /^#\/m\//.test(location.hash); }
  function showAuth() {
    var signedIn = Boolean(state.jwt);
    // On a material's page the login form and the reading list give way to the material (phones).
    $('login-section').hidden = signedIn || onDetail();
    $('required-section').hidden = !signedIn || onDetail();
    $('logout').hidden = !signedIn;
    $('who').hidden = !signedIn;
    $('who').textContent = state.user ? t('loggedInAs') + state.user.username : '';
  }
  function login(event) {
    event.preventDefault();
    var identifier = $('login-identifier').value.trim();
    var password = $('login-password').value;
    var error = $('login-error');
    error.textContent = '';
    if (!identifier || !password) { error.textContent = t('loginMissing'); return; }
    api('/auth/local', { method: 'POST', body: { identifier: identifier, password: password }, anonymous: true })
      .then(function (body) {
        keepSession(body);
        state.user = body.user;
        $('login-password').value = '';
        showAuth();
        return refreshAll();
      })
      .catch(function () { error.textContent = t('loginFailed'); $('login-password').focus(); });
  }
  function logout(message) {
    // End the session on the server too (best effort): the tokens stop working at once.
    if (state.jwt) {
      fetch(API + '/auth/logout', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ' + state.jwt },
        body: JSON.stringify({ refreshToken: state.refreshToken || undefined })
      }).catch(function () {});
    }
    state.jwt = null;
    state.refreshToken = null;
    sessionStorage.removeItem(REFRESH_KEY);
    state.user = null;
    sessionStorage.removeItem(TOKEN_KEY);
    showAuth();
    refreshAll().then(function () { say(typeof message === 'string' ? message : ''); });
  }

  /* ---------- still to read ---------- */
  function loadRequired() {
    if (!state.jwt) { state.required = {}; return Promise.resolve(); }
    return api('/training-materials/my-required?locale=' + state.lang).then(function (body) {
      var list = $('required-list');
      clear(list);
      state.required = {};
      body.data.forEach(function (m) {
        state.required[m.documentId] = true;
        var li = el('li', null, [el('a', { href: '#/m/' + m.documentId, text: m.title })]);
        if (m.acknowledgedVersion) li.appendChild(el('span', { className: 'hint', text: ' · ' + t('newVersion', { v: m.acknowledgedVersion }) }));
        if (m.requiredDueDate) li.appendChild(el('span', { className: 'hint', text: ' · ' + t('dueOn', { d: formatDate(m.requiredDueDate) }) }));
        list.appendChild(li);
      });
      $('required-count').textContent = body.data.length ? '(' + body.data.length + ')' : '';
      $('required-empty').hidden = body.data.length > 0;
    }).catch(function () { /* shown as expired session or left as it was */ });
  }

  /* ---------- list and search ---------- */
  function highlighted(match) {
    var p = el('p', { className: 'excerpt' });
    var text = match.excerpt;
    p.appendChild(el('span', { className: 'visually-hidden', text: T[state.lang].matchIn[match.field] + ': ' }));
    p.appendChild(document.createTextNode(text.slice(0, match.start)));
    p.appendChild(el('mark', { text: text.slice(match.start, match.start + match.length) }));
    p.appendChild(document.createTextNode(text.slice(match.start + match.length)));
    return p;
  }
  function badges(m) {
    var b = el('div', { className: 'badges' });
    b.appendChild(el('span', { className: 'badge', text: T[state.lang].kinds[m.kind] || m.kind }));
    if (m.effectiveDate) b.appendChild(el('span', { className: 'badge', text: t('effective') + ' ' + formatDate(m.effectiveDate) }));
    if (state.required[m.documentId]) b.appendChild(el('span', { className: 'badge required', text: t('required') }));
    if (m.isPublic) b.appendChild(el('span', { className: 'badge public', text: t('public') }));
    return b;
  }
  function runSearch() {
    var q = $('q').value.trim();
    var params = new URLSearchParams();
    params.set('locale', state.lang);
    var kind = $('kind').value, topic = $('topic').value, fund = $('fund').value, sort = $('sort').value || 'effectiveDate:desc';
    var path;
    if (q) {
      params.set('q', q);
      if (kind) params.set('kind', kind);
      if (topic) params.set('topic', topic);
      if (fund) params.set('fund', fund);
      params.set('sort', sort);
      params.set('page', String(state.page));
      params.set('pageSize', String(PAGE_SIZE));
      path = '/training-materials/search?' + params.toString();
    } else {
      if (kind) params.set('filters[kind][$eq]', kind);
      if (topic) params.set('filters[topics][slug][$eq]', topic);
      if (fund) params.set('filters[fund][slug][$eq]', fund);
      params.set('sort[0]', sort);
      params.set('sort[1]', 'title:asc');
      params.set('pagination[page]', String(state.page));
      params.set('pagination[pageSize]', String(PAGE_SIZE));
      params.set('fields[0]', 'title'); params.set('fields[1]', 'kind'); params.set('fields[2]', 'summary');
      params.set('fields[3]', 'effectiveDate'); params.set('fields[4]', 'isPublic'); params.set('fields[5]', 'version');
      path = '/training-materials?' + params.toString();
    }
    var results = $('results');
    results.setAttribute('aria-busy', 'true');
    return api(path).then(function (body) {
      clear(results);
      var pg = body.meta.pagination;
      $('result-summary').textContent = pg.total ? (q ? t('foundFor', { n: pg.total, q: q }) : t('found', { n: pg.total })) : t('none');
      body.data.forEach(function (m) {
        var li = el('li', null, [
          el('h3', null, [el('a', { href: '#/m/' + m.documentId, text: m.title })]),
          badges(m)
        ]);
        if (m.match && m.match.field !== 'title') li.appendChild(highlighted(m.match));
        else if (m.summary) li.appendChild(el('p', { className: 'excerpt', text: m.summary }));
        results.appendChild(li);
      });
      $('pager').hidden = pg.pageCount <= 1;
      $('page-info').textContent = t('pageOf', { p: pg.page, n: Math.max(pg.pageCount, 1) });
      $('prev').disabled = pg.page <= 1;
      $('next').disabled = pg.page >= pg.pageCount;
    }).catch(function (err) {
      clear(results);
      $('result-summary').textContent = err.message || t('error');
    }).then(function () { results.removeAttribute('aria-busy'); });
  }

  /* ---------- a material ---------- */
  function inline(text) {
    // text is already split out of the Markdown; build nodes for **bold**, *em*, `code` and [links](https://…)
    var frag = document.createDocumentFragment();
    var re = /(\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\))/g;
    var last = 0, m;
    while ((m = re.exec(text))) {
      frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (m[2]) frag.appendChild(el('strong', { text: m[2] }));
      else if (m[3]) frag.appendChild(el('em', { text: m[3] }));
      else if (m[4]) frag.appendChild(el('code', { text: m[4] }));
      else frag.appendChild(el('a', { href: m[6], rel: 'noopener', text: m[5] }));
      last = re.lastIndex;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }
  function renderMarkdown(md, target) {
    clear(target);
    var blocks = String(md || '').replace(/\r\n/g, '\n').split(/\n{2,}/);
    blocks.forEach(function (block) {
      var lines = block.split('\n').filter(function (l) { return l.trim(); });
      if (!lines.length) return;
      var h = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
      if (h && lines.length === 1) {
        var node = el('h' + Math.min(h[1].length + 2, 6));
        node.appendChild(inline(h[2]));
        target.appendChild(node);
        return;
      }
      if (lines.every(function (l) { return /^\s*[-*+]\s+/.test(l); }) || lines.every(function (l) { return /^\s*\d+\.\s+/.test(l); })) {
        var ordered = /^\s*\d+\./.test(lines[0]);
        var list = el(ordered ? 'ol' : 'ul');
        lines.forEach(function (l) {
          var li = el('li');
          li.appendChild(inline(l.replace(/^\s*([-*+]|\d+\.)\s+/, '')));
          list.appendChild(li);
        });
        target.appendChild(list);
        return;
      }
      lines.forEach(function (l, i) {
        var hh = /^(#{1,6})\s+(.*)$/.exec(l);
        if (hh) {
          var hn = el('h' + Math.min(hh[1].length + 2, 6));
          hn.appendChild(inline(hh[2]));
          target.appendChild(hn);
          lines[i] = '';
        }
      });
      var text = lines.filter(Boolean).join('\n');
      if (!text) return;
      var p = el('p');
      text.split('\n').forEach(function (l, i) {
        if (i) p.appendChild(el('br'));
        p.appendChild(inline(l));
      });
      target.appendChild(p);
    });
  }
  function metaRow(dl, label, value) {
    if (!value) return;
    dl.appendChild(el('dt', { text: label }));
    var dd = el('dd');
    dd.appendChild(typeof value === 'string' ? document.createTextNode(value) : value);
    dl.appendChild(dd);
  }
  function showMaterial(id) {
    $('list-view').hidden = true;
    $('detail-view').hidden = false;
    $('detail-title').textContent = t('loading');
    ['detail-meta', 'detail-body', 'attachment-list'].forEach(function (x) { clear($(x)); });
    $('detail-summary').textContent = '';
    $('ack-box').hidden = true;
    $('attachments').hidden = true;
    $('detail-source').hidden = true;
    var q = '?locale=' + state.lang + '&populate[topics]=true&populate[fund]=true&populate[attachments]=true';
    return api('/training-materials/' + encodeURIComponent(id) + q).then(function (body) {
      var m = body.data;
      // Not translated yet: the server answers in Thai; mark the language for screen readers and say so.
      $('detail-view').setAttribute('lang', m.locale || state.lang);
      if (m.locale && m.locale !== state.lang) say(t('untranslated'));
      $('detail-title').textContent = m.title;
      document.title = m.title + ' | ' + t('siteTitle');
      var dl = $('detail-meta');
      metaRow(dl, t('kind'), T[state.lang].kinds[m.kind] || m.kind);
      metaRow(dl, t('authority'), m.issuingAuthority);
      metaRow(dl, t('effective'), formatDate(m.effectiveDate));
      metaRow(dl, t('version'), String(m.version));
      if (state.required && state.required[m.documentId]) metaRow(dl, t('dueLabel'), formatDate(m.requiredDueDate));
      metaRow(dl, t('topics'), (m.topics || []).map(function (x) { return state.lang === 'th' ? x.nameTh : x.nameEn; }).join(', '));
      if (m.fund) metaRow(dl, t('fund'), state.lang === 'th' ? m.fund.nameTh : m.fund.nameEn);
      $('detail-summary').textContent = m.summary || '';
      renderMarkdown(m.body, $('detail-body'));
      var files = m.attachments || [];
      files.forEach(function (f) {
        var a = el('a', { href: f.url, download: f.name, text: f.name });
        var size = f.size ? ' (' + Math.max(1, Math.round(f.size)) + ' KB)' : '';
        $('attachment-list').appendChild(el('li', null, [a, size]));
      });
      $('attachments').hidden = !files.length;
      if (m.sourceUrl && /^https?:\/\//.test(m.sourceUrl)) {
        var src = $('detail-source');
        clear(src);
        src.appendChild(document.createTextNode(t('source') + ': '));
        src.appendChild(el('a', { href: m.sourceUrl, rel: 'noopener', text: m.sourceUrl }));
        src.hidden = false;
      }
      var meta = body.meta || {};
      renderAck(m, meta.acknowledgement, meta.quizPassed === false ? meta.quiz : null);
      $('detail-title').setAttribute('tabindex', '-1');
      $('detail-title').focus();
    }).catch(function (err) {
      $('detail-title').textContent = err.status === 404 ? t('notFound') : (err.message || t('error'));
    });
  }
  function renderAck(m, ack, quiz) {
    var box = $('ack-box');
    var old = $('quiz-form');
    if (old) old.parentNode.removeChild(old);
    if (!state.jwt) { box.hidden = true; return; }
    box.hidden = false;
    var button = $('ack-button');
    if (!ack && quiz) {
      box.classList.remove('done');
      $('ack-text').textContent = t('ackPrompt', { v: m.version });
      button.hidden = true;
      box.appendChild(quizForm(m, quiz));
      return;
    }
    if (ack) {
      box.classList.add('done');
      $('ack-text').textContent = t('ackDone', { v: ack.version, d: formatDate(ack.acknowledgedAt) });
      button.hidden = true;
      return;
    }
    box.classList.remove('done');
    $('ack-text').textContent = t('ackPrompt', { v: m.version });
    button.hidden = false;
    button.disabled = false;
    button.textContent = t('ackButton');
    button.onclick = function () {
      button.disabled = true;
      api('/training-materials/' + encodeURIComponent(m.documentId) + '/acknowledge', { method: 'POST' })
        .then(function (res) {
          renderAck(m, res.data);
          say(t('ackSaved'));
          $('ack-text').focus && $('ack-text').setAttribute('tabindex', '-1');
          return loadRequired();
        })
        .catch(function (err) { button.disabled = false; say(err.message || t('error')); });
    };
  }

  /* ---------- the quiz before acknowledging ---------- */
  function quizForm(m, quiz) {
    var form = el('form', { id: 'quiz-form', novalidate: 'novalidate' });
    form.appendChild(el('h3', { text: t('quizHeading', { p: quiz.passPercent }) }));
    quiz.questions.forEach(function (q, i) {
      var set = el('fieldset', { id: 'q' + i, 'aria-describedby': 'q' + i + '-error' });
      set.appendChild(el('legend', { text: (i + 1) + '. ' + q.prompt + ' (' + t(q.multiple ? 'quizPickMany' : 'quizPickOne') + ')' }));
      q.choices.forEach(function (label, k) {
        var id = 'q' + i + '-' + k;
        var input = el('input', { type: q.multiple ? 'checkbox' : 'radio', name: 'q' + i, id: id, value: String(k) });
        set.appendChild(el('div', { className: 'choice' }, [input, el('label', { for: id, text: label })]));
      });
      set.appendChild(el('p', { id: 'q' + i + '-error', className: 'field-error' }));
      form.appendChild(set);
    });
    form.appendChild(el('p', { id: 'quiz-result', role: 'status' }));
    form.appendChild(el('button', { type: 'submit', className: 'primary', text: t('quizSubmit') }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var answers = quiz.questions.map(function (q, i) {
        return Array.prototype.map.call(form.querySelectorAll('input[name="q' + i + '"]:checked'), function (x) { return Number(x.value); });
      });
      var problems = {};
      answers.forEach(function (a, i) { if (!a.length) problems[i] = t('quizRequired'); });
      if (showQuizErrors(form, quiz, problems)) return;
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      api('/training-materials/' + encodeURIComponent(m.documentId) + '/quiz-attempts?locale=' + state.lang, { method: 'POST', body: { answers: answers } })
        .then(function (res) {
          var g = res.data;
          if (!g.passed) {
            submit.disabled = false;
            $('quiz-result').textContent = t('quizFailed', { p: g.percent, need: g.passPercent });
            return;
          }
          return api('/training-materials/' + encodeURIComponent(m.documentId) + '/acknowledge', { method: 'POST' }).then(function (ack) {
            renderAck(m, ack.data);
            say(t('quizPassed'));
            return loadRequired();
          });
        })
        .catch(function (err) {
          submit.disabled = false;
          // the server names the question (answers[1], answers[1][0]) or the whole list (answers)
          var byQuestion = {};
          ((err.details && err.details.errors) || []).forEach(function (e) {
            var path = Array.isArray(e.path) ? e.path.join('.') : String(e.path || '');
            var hit = /answers\[?\.?(\d+)/.exec(path);
            if (hit) byQuestion[Number(hit[1])] = e.message;
          });
          if (!showQuizErrors(form, quiz, byQuestion)) $('quiz-result').textContent = err.message || t('error');
        });
    });
    return form;
  }
  function showQuizErrors(form, quiz, problems) {
    var first = null;
    quiz.questions.forEach(function (q, i) {
      var message = problems[i] || '';
      $('q' + i + '-error').textContent = message;
      var inputs = form.querySelectorAll('input[name="q' + i + '"]');
      Array.prototype.forEach.call(inputs, function (x) {
        if (message) x.setAttribute('aria-invalid', 'true');
        else x.removeAttribute('aria-invalid');
      });
      if (message && first === null) first = inputs[0];
    });
    if (first) first.focus();
    return first !== null;
  }

  /* ---------- routing ---------- */
  function route() {
    showAuth();
    say('');
    var m = /^#\/m\/([^/?#]+)/.exec(location.hash);
    if (m) return showMaterial(decodeURIComponent(m[1]));
    $('detail-view').hidden = true;
    $('list-view').hidden = false;
    document.title = t('siteTitle') + ' | MIND Desk';
    return runSearch();
  }
  function refreshAll() {
    return Promise.all([loadRequired(), loadFacets()]).then(route);
  }
  function loadFacets() {
    return Promise.all([
      api('/topics?sort=slug&pagination[pageSize]=100').catch(function () { return { data: [] }; }),
      api('/funds?sort=slug&pagination[pageSize]=100').catch(function () { return { data: [] }; })
    ]).then(function (r) {
      state.topics = r[0].data || [];
      state.funds = r[1].data || [];
      fillSelects();
    });
  }

  function start() {
    applyLanguage();
    showAuth();
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', function () { logout(); });
    $('lang-switch').addEventListener('click', function () {
      state.lang = state.lang === 'th' ? 'en' : 'th';
      localStorage.setItem(LANG_KEY, state.lang);
      applyLanguage();
      refreshAll();
    });
    $('search-form').addEventListener('submit', function (e) {
      e.preventDefault();
      state.page = 1;
      if (location.hash && location.hash !== '#/') location.hash = '#/';
      else runSearch();
    });
    $('search-form').addEventListener('reset', function () {
      setTimeout(function () { state.page = 1; runSearch(); }, 0);
    });
    ['kind', 'topic', 'fund', 'sort'].forEach(function (id) {
      $(id).addEventListener('change', function () { state.page = 1; runSearch(); });
    });
    $('prev').addEventListener('click', function () { state.page = Math.max(1, state.page - 1); runSearch(); });
    $('next').addEventListener('click', function () { state.page += 1; runSearch(); });
    window.addEventListener('hashchange', route);
    if (state.jwt) {
      api('/users/me').then(function (me) { state.user = me; showAuth(); }).catch(function () {});
    }
    refreshAll();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
