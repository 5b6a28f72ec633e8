/* MIND Desk volunteers' link pages: confirm a promoted place, answer a roster call, verify a certificate.
 * Plain JavaScript, no inline code (strict Content-Security-Policy). Tokens come in the URL fragment,
 * which the browser never sends to a server; certificate codes in the query (they are printed anyway). */
(function () {
  'use strict';

  var TZ = 'Asia/Bangkok';
  function thaiDate(iso, withTime) {
    if (!iso) return '';
    var opts = { timeZone: TZ, day: 'numeric', month: 'long', year: 'numeric' };
    if (withTime) { opts.hour = '2-digit'; opts.minute = '2-digit'; }
    // th-TH uses the Buddhist era
    return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', opts).format(new Date(iso));
  }
  function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (b) { return { status: res.status, body: b }; }); });
  }
  function get(url) {
    return fetch(url).then(function (res) { return res.json().catch(function () { return {}; }).then(function (b) { return { status: res.status, body: b }; }); });
  }
  function show(el, lines) {
    el.textContent = '';
    lines.forEach(function (line) { var p = document.createElement('p'); p.textContent = line; el.appendChild(p); });
  }
  function errorText(r) {
    var e = r.body && r.body.error;
    if (r.status === 404) return 'ไม่พบรายการ ลิงก์อาจไม่ถูกต้อง / Not found: the link may be wrong.';
    if (r.status === 429) return 'มีคำขอมากเกินไป กรุณาลองใหม่ภายหลัง / Too many requests, try later.';
    return (e && e.message) || 'ระบบขัดข้อง กรุณาลองใหม่ / Something went wrong, please try again.';
  }
  var token = decodeURIComponent((window.location.hash || '').replace(/^#/, ''));
  var result = document.getElementById('result');
  var page = document.body.getAttribute('data-page');

  if (page === 'confirm') {
    document.getElementById('confirm').addEventListener('click', function () {
      post('/api/participations/confirm', { token: token }).then(function (r) {
        if (r.status !== 200) return show(result, [errorText(r)]);
        var a = r.body.data.activity;
        show(result, ['ยืนยันแล้ว / Confirmed: ' + a.title, thaiDate(a.startAt, true) + (a.place ? ' · ' + a.place : '')]);
      }, function () { show(result, ['ติดต่อระบบไม่ได้ / Could not reach the service.']); });
    });
  }

  if (page === 'roster') {
    var details = document.getElementById('details');
    var render = function (r) {
      if (r.status !== 200) return show(details, [errorText(r)]);
      var c = r.body.data;
      show(details, [
        c.title, c.message || '', 'จังหวัด / Province: ' + (c.province || ''),
        'สถานะ / Call: ' + (c.state === 'open' ? 'เปิดรับ / open' : 'ปิดแล้ว / closed'),
        'คำตอบของท่าน / Your answer: ' + ({ yes: 'ไป / yes', no: 'ไม่ไป / no' }[c.answer] || '-')
      ]);
    };
    post('/api/volunteer-rosters/answer', { token: token }).then(render);
    ['yes', 'no'].forEach(function (answer) {
      document.getElementById('answer-' + answer).addEventListener('click', function () {
        post('/api/volunteer-rosters/answer', { token: token, answer: answer }).then(function (r) {
          if (r.status !== 200) return show(result, [errorText(r)]);
          show(result, ['บันทึกคำตอบแล้ว / Answer saved']);
          render(r);
        });
      });
    });
  }

  if (page === 'certificate') {
    var code = new URLSearchParams(window.location.search).get('code') || '';
    get('/api/volunteer-certificates/verify/' + encodeURIComponent(code)).then(function (r) {
      if (r.status !== 200) return show(result, [errorText(r)]);
      var c = r.body.data;
      var lines = [
        c.state === 'valid' ? 'ใบรับรองนี้ถูกต้อง / This certificate is valid' : 'ใบรับรองนี้ถูกเพิกถอนแล้ว / This certificate has been REVOKED' +
          (c.revokedAt ? ' (' + thaiDate(c.revokedAt, false) + ')' : ''),
        'เลขที่ / Code: ' + c.code,
        'ชื่อ / Name: ' + c.volunteerName,
        c.scope === 'activity' ? 'กิจกรรม / Activity: ' + c.activityTitle : 'ปี พ.ศ. / Year (BE): ' + c.yearBE,
        'ชั่วโมงจิตอาสา / Hours: ' + c.hours + ' (' + c.activities + ' กิจกรรม / activities)',
        'รับรองการเข้าร่วมโดยผู้ประสานงานจิตอาสา / Signed off by the coordinator' +
          (c.signedOffAt ? ' ' + thaiDate(c.signedOffAt, false) : ''),
        'ออกเมื่อ / Issued: ' + thaiDate(c.issuedAt, false)
      ];
      show(result, lines);
      result.className = 'card ' + (c.state === 'valid' ? 'ok' : 'revoked');
    }, function () { show(result, ['ติดต่อระบบไม่ได้ / Could not reach the service.']); });
  }
})();
