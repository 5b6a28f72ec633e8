/* The tracking page: a tracking code (typed, or from the link `track.html#code=…` / `?code=…` that the
 * confirmation screen and the emails give) → status, deadlines and the public timeline from
 * GET /api/public/complaints/:trackingCode. Server text is inserted as text, never as HTML. */
(function () {
  'use strict';
  var MC = window.MindCitizen;
  // src/lib/complaint-ids.ts: 12 characters of this alphabet; people may type lower case, spaces, dashes.
  var CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/;

  MC.add({
    th: {
      trackTitle: 'ติดตามเรื่องร้องเรียน',
      trackHeading: 'ติดตามเรื่องร้องเรียน',
      codeLabel: 'รหัสติดตาม',
      codeHint: 'รหัส 12 ตัวที่ได้รับเมื่อยื่นเรื่อง (ตัวอักษรภาษาอังกฤษและตัวเลข)',
      trackSubmit: 'ดูสถานะ',
      codeRequired: 'กรุณากรอกรหัสติดตาม',
      codeFormat: 'รหัสติดตามมี 12 ตัว ประกอบด้วยตัวอักษรภาษาอังกฤษและตัวเลข (ไม่มีเลข 0, 1 และตัว O, I, L)',
      notFound: 'ไม่พบเรื่องที่มีรหัสติดตามนี้ กรุณาตรวจสอบรหัสอีกครั้ง',
      loading: 'กำลังค้นหา…',
      statusLabel: 'สถานะ',
      categoryLabel: 'ประเภทของปัญหา',
      provinceLabel: 'จังหวัด',
      urgencyLabel: 'ความเร่งด่วน',
      receivedLabel: 'รับเรื่องเมื่อ',
      ackDueLabel: 'กำหนดรับเรื่องดำเนินการ',
      resolveDueLabel: 'กำหนดแก้ไขแล้วเสร็จ',
      resolvedLabel: 'แก้ไขแล้วเมื่อ',
      closedLabel: 'ปิดเรื่องเมื่อ',
      summaryLabel: 'ผลการดำเนินการ',
      timelineHeading: 'ความคืบหน้า',
      timeNote: 'เวลาทั้งหมดเป็นเวลาประเทศไทย',
      fileLink: 'ยื่นเรื่องร้องเรียนใหม่',
      urgency: { normal: 'ปกติ', urgent: 'เร่งด่วน', emergency: 'ฉุกเฉิน' },
      kinds: {
        status_change: 'สถานะเปลี่ยนเป็น: {status}',
        assignment: 'มอบหมายให้ทีมเจ้าหน้าที่ดำเนินการ',
        note: 'ข้อความจากเจ้าหน้าที่',
        field_visit: 'เจ้าหน้าที่ลงพื้นที่ตรวจสอบ',
        escalation: 'ส่งเรื่องต่อผู้บังคับบัญชา',
        other: 'ความคืบหน้า'
      },
      received: 'รับเรื่องแล้ว',
      incidentLine: 'เรื่องของคุณดำเนินการร่วมกับเรื่องร้องเรียนอื่นเกี่ยวกับแหล่งเดียวกัน (เหตุการณ์ {code}, {n} เรื่อง) สถานะ: {status}',
      feedbackHeading: 'ผลการดำเนินการเป็นอย่างไร',
      rateLegend: 'ให้คะแนนความพึงพอใจ (1 = น้อยที่สุด, 5 = มากที่สุด)',
      rateSubmit: 'ส่งคะแนน',
      rateRequired: 'กรุณาเลือกคะแนน 1 ถึง 5',
      ratedText: 'คุณให้คะแนนไว้ {n} จาก 5 ขอบคุณค่ะ',
      reopenLabel: 'ปัญหายังไม่หมดไป? แจ้งสิ่งที่ยังเกิดขึ้นเพื่อขอให้ดำเนินการอีกครั้ง',
      reopenUntil: 'ขอได้ถึง {date}',
      reopenSubmit: 'ขอให้ดำเนินการอีกครั้ง',
      reopenRequired: 'กรุณาบอกสิ่งที่ยังเกิดขึ้น',
      reopened: 'ส่งเรื่องกลับให้เจ้าหน้าที่ดำเนินการอีกครั้งแล้ว',
      refused: 'ทำรายการนี้ไม่ได้แล้ว'
    },
    en: {
      trackTitle: 'Track a complaint',
      trackHeading: 'Track a complaint',
      codeLabel: 'Tracking code',
      codeHint: 'The 12-character code you got when you filed the complaint (letters and digits)',
      trackSubmit: 'Show status',
      codeRequired: 'Please enter your tracking code',
      codeFormat: 'A tracking code has 12 letters and digits (there is no 0, 1, O, I or L)',
      notFound: 'No complaint has this tracking code. Please check the code.',
      loading: 'Looking it up…',
      statusLabel: 'Status',
      categoryLabel: 'Kind of problem',
      provinceLabel: 'Province',
      urgencyLabel: 'Urgency',
      receivedLabel: 'Received',
      ackDueLabel: 'To be taken up by',
      resolveDueLabel: 'To be resolved by',
      resolvedLabel: 'Resolved',
      closedLabel: 'Closed',
      summaryLabel: 'Outcome',
      timelineHeading: 'Progress',
      timeNote: 'All times are Thailand time.',
      fileLink: 'File a new complaint',
      urgency: { normal: 'Normal', urgent: 'Urgent', emergency: 'Emergency' },
      kinds: {
        status_change: 'Status changed to: {status}',
        assignment: 'Assigned to a team of officers',
        note: 'Message from the officers',
        field_visit: 'Officers visited the site',
        escalation: 'Referred to a senior officer',
        other: 'Update'
      },
      received: 'Received',
      incidentLine: 'Your complaint is handled together with other complaints about the same source (incident {code}, {n} complaints). Status: {status}',
      feedbackHeading: 'How did it go?',
      rateLegend: 'Rate the result (1 = very poor, 5 = very good)',
      rateSubmit: 'Send rating',
      rateRequired: 'Please choose a rating from 1 to 5',
      ratedText: 'You rated the result {n} out of 5. Thank you.',
      reopenLabel: 'Still a problem? Say what is still happening to have it looked at again',
      reopenUntil: 'Possible until {date}',
      reopenSubmit: 'Ask to reopen',
      reopenRequired: 'Please say what is still happening',
      reopened: 'The complaint went back to the officers',
      refused: 'This can no longer be done'
    }
  });

  function $(id) { return document.getElementById(id); }
  var complaint = null;
  var codeError = null;
  var message = null;
  var currentCode = null;
  var reopenError = null;
  var feedbackStatus = null;

  function normalise(input) { return String(input || '').toUpperCase().replace(/[\s-]/g, ''); }

  function label(pair) {
    if (!pair) return '';
    return MC.lang() === 'en' ? pair.en || pair.nameEn || '' : pair.th || pair.nameTh || '';
  }

  function setFact(id, text, labelId) {
    $(id).textContent = text || '';
    var hide = !text;
    if (labelId) {
      $(id).hidden = hide;
      $(labelId).hidden = hide;
    }
  }

  function render() {
    $('code-error').textContent = codeError ? MC.t(codeError) : '';
    if (codeError) $('code').setAttribute('aria-invalid', 'true');
    else $('code').removeAttribute('aria-invalid');
    $('track-message').textContent = message ? MC.t(message) : '';
    $('result').hidden = !complaint;
    if (!complaint) return;
    var c = complaint;
    var urgency = MC.t('urgency');
    $('result-ticket').textContent = c.ticketNumber;
    $('result-title').textContent = c.title;
    $('result-status').textContent = label(c.statusLabel);
    setFact('result-category', label(c.category));
    setFact('result-province', label(c.province));
    setFact('result-urgency', urgency[c.urgency] || c.urgency);
    setFact('result-received', MC.formatDateTime(c.receivedAt));
    setFact('result-ack-due', MC.formatDateTime(c.acknowledgeDueAt));
    setFact('result-resolve-due', MC.formatDateTime(c.resolveDueAt));
    setFact('result-resolved', MC.formatDateTime(c.resolvedAt), 'result-resolved-label');
    setFact('result-closed', MC.formatDateTime(c.closedAt), 'result-closed-label');
    setFact('result-summary', c.resolutionSummary, 'result-summary-label');

    var inc = c.incident;
    $('result-incident').hidden = !inc;
    if (inc) {
      $('result-incident').textContent = MC.t('incidentLine').replace('{code}', inc.code).replace('{n}', String(inc.complaints))
        .replace('{status}', label(inc.statusLabel));
    }
    $('feedback').hidden = !(c.canRate || c.reopenUntil || c.rating);
    $('rate-form').hidden = !c.canRate;
    $('rated').hidden = !c.rating;
    $('rated').textContent = c.rating ? MC.t('ratedText').replace('{n}', String(c.rating)) : '';
    $('reopen-form').hidden = !c.reopenUntil;
    $('reopen-hint').textContent = c.reopenUntil ? MC.t('reopenUntil').replace('{date}', MC.formatDateTime(c.reopenUntil)) : '';
    $('reopen-error').textContent = reopenError ? MC.t(reopenError) : '';
    $('feedback-status').textContent = feedbackStatus ? MC.t(feedbackStatus) : '';

    var kinds = MC.t('kinds');
    var list = $('timeline');
    list.textContent = '';
    (c.timeline || []).forEach(function (u) {
      var li = document.createElement('li');
      var time = document.createElement('time');
      time.dateTime = u.occurredAt;
      time.textContent = MC.formatDateTime(u.occurredAt);
      var what = document.createElement('span');
      what.className = 'what';
      if (u.kind === 'status_change' && !u.fromStatus) what.textContent = MC.t('received');
      else what.textContent = (kinds[u.kind] || kinds.other).replace('{status}', label(u.status));
      li.appendChild(time);
      li.appendChild(what);
      if (u.note) {
        var note = document.createElement('p');
        note.className = 'note';
        note.textContent = u.note;
        li.appendChild(note);
      }
      list.appendChild(li);
    });
  }

  function track(code, focusResult) {
    codeError = !code ? 'codeRequired' : CODE.test(code) ? null : 'codeFormat';
    message = null;
    if (codeError) {
      complaint = null;
      render();
      $('code').focus();
      return;
    }
    $('track-submit').disabled = true;
    $('track-message').textContent = '';
    MC.request('/api/public/complaints/' + encodeURIComponent(code), { headers: { Accept: 'application/json' } }).then(function (res) {
      $('track-submit').disabled = false;
      if (res.status === 200 && res.body && res.body.data) {
        complaint = res.body.data;
        currentCode = code;
        try { window.history.replaceState(null, '', '#code=' + code); } catch (e) { /* no history */ }
        render();
        if (focusResult) $('result-heading').focus();
        return;
      }
      complaint = null;
      message = res.status === 404 ? 'notFound' : res.status === 0 ? 'networkError' : res.status === 429 ? 'tooMany' : 'serverError';
      render();
    });
  }

  $('track-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var code = normalise($('code').value);
    track(code, true);
  });

  // After resolution: a rating (once) and a reopen within the policy's days, with the code alone.
  function send(action, data, done) {
    MC.request('/api/public/complaints/' + encodeURIComponent(currentCode) + '/' + action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(data)
    }).then(function (res) {
      feedbackStatus = res.status === 200 ? done : res.status === 400 ? 'refused' : res.status === 429 ? 'tooMany' : res.status === 0 ? 'networkError' : 'serverError';
      if (res.status === 200) track(currentCode, false);
      else render();
    });
  }

  $('rate-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var picked = document.querySelector('input[name="rating"]:checked');
    if (!picked) { feedbackStatus = 'rateRequired'; render(); return; }
    send('rating', { rating: Number(picked.value) }, null);
  });

  $('reopen-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var reason = $('reopen-reason').value.trim();
    reopenError = reason ? null : 'reopenRequired';
    if (reopenError) { render(); $('reopen-reason').focus(); return; }
    send('reopen', { reason: reason }, 'reopened');
  });

  MC.onLangChange(render);
  MC.init();

  // A code in the link: #code=… (kept out of server logs) or ?code=… (the emails' link)
  var fromHash = /(?:^#|&)code=([^&]+)/.exec(window.location.hash);
  var fromQuery = /[?&]code=([^&]+)/.exec(window.location.search);
  var given = fromHash || fromQuery;
  if (given) {
    var code = normalise(decodeURIComponent(given[1]));
    $('code').value = code;
    track(code, false);
  }
})();
