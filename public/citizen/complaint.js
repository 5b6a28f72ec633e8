/* The complaint form: reference data from the public API, checks that mirror the API's
 * (src/lib/complaint-intake.ts, src/lib/attachments.ts) with messages next to the fields, the
 * phone's position on request, photos, and the confirmation with ticket number and tracking code.
 * Server-side field errors are shown next to the same fields. */
(function () {
  'use strict';
  var MC = window.MindCitizen;

  // The API's limits (src/lib/complaint-intake.ts, COMPLAINT_ATTACHMENTS_MAX / _MAX_BYTES defaults).
  var MAX_FILES = 5;
  var MAX_BYTES = 5 * 1024 * 1024;
  var MAX_LENGTH = { title: 200, description: 5000, address: 1000, factoryName: 300, name: 200, phone: 30, email: 254 };
  var PHONE = /^[0-9+()\- ]{6,30}$/;
  var EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
  var IMAGE_TYPES = [
    { test: function (b) { return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff; } },
    { test: function (b) { return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every(function (x, i) { return b[i] === x; }); } },
    { test: function (b) { return String.fromCharCode(b[0], b[1], b[2], b[3]) === 'GIF8'; } },
    { test: function (b) { return String.fromCharCode(b[0], b[1], b[2], b[3]) === 'RIFF' && String.fromCharCode(b[8], b[9], b[10], b[11]) === 'WEBP'; } }
  ];

  /** Form fields (element ids) in page order, with the key of their label. */
  var FIELDS = [
    ['categoryCode', 'category'], ['title', 'titleLabel'], ['description', 'descriptionLabel'], ['factoryName', 'factoryLabel'],
    ['provinceCode', 'province'], ['address', 'addressLabel'], ['latitude', 'latitude'], ['longitude', 'longitude'],
    ['attachments', 'photosLabel'], ['name', 'nameLabel'], ['phone', 'phoneLabel'], ['email', 'emailLabel'], ['consent', 'consentShort']
  ];
  /** The API's error paths (joined with '.') → form field. */
  var FIELD_OF_PATH = {
    title: 'title', description: 'description', categoryCode: 'categoryCode', provinceCode: 'provinceCode', address: 'address',
    latitude: 'latitude', longitude: 'longitude', factoryName: 'factoryName', factoryRegistrationNumber: 'factoryName',
    complainant: 'name', 'complainant.name': 'name', 'complainant.phone': 'phone', 'complainant.email': 'email',
    consent: 'consent', attachments: 'attachments'
  };

  MC.add({
    th: {
      formTitle: 'ยื่นเรื่องร้องเรียน',
      doneTitle: 'ได้รับเรื่องแล้ว',
      formHeading: 'ยื่นเรื่องร้องเรียน',
      requiredHint: 'ช่องที่มีเครื่องหมาย * ต้องกรอก',
      publicNote: 'ประเภทของปัญหา จังหวัด สถานะ และตำแหน่งโดยประมาณ (ราว 1 กิโลเมตร) ของเรื่องจะเผยแพร่ต่อสาธารณะ ส่วนรายละเอียด ที่อยู่ และรูปถ่ายจะเผยแพร่เมื่อเจ้าหน้าที่เห็นควรเท่านั้น และจะไม่เผยแพร่ชื่อหรือช่องทางติดต่อของคุณ',
      choose: '— เลือก —',
      errorSummary: 'กรุณาแก้ไขข้อมูลต่อไปนี้',
      aboutLegend: 'เรื่องที่ร้องเรียน',
      category: 'ประเภทของปัญหา',
      titleLabel: 'หัวข้อเรื่อง (สั้น ๆ)',
      titleHint: 'เช่น กลิ่นเหม็นจากโรงงานทุกคืน',
      descriptionLabel: 'รายละเอียดสิ่งที่พบ',
      descriptionHint: 'เกิดอะไรขึ้น เมื่อไร บ่อยแค่ไหน และส่งผลกระทบอย่างไร (ไม่เกิน 5,000 ตัวอักษร)',
      factoryLabel: 'ชื่อโรงงานหรือบริษัท (ถ้าทราบ)',
      placeLegend: 'สถานที่',
      province: 'จังหวัด',
      addressLabel: 'ที่อยู่หรือจุดสังเกต',
      addressHint: 'บ้านเลขที่ ถนน ตำบล อำเภอ หรือจุดสังเกตใกล้เคียง',
      locate: 'ใช้ตำแหน่งปัจจุบันของโทรศัพท์',
      latitude: 'ละติจูด',
      longitude: 'ลองจิจูด',
      geoLooking: 'กำลังหาตำแหน่ง… โทรศัพท์อาจถามว่าอนุญาตให้ใช้ตำแหน่งหรือไม่',
      geoFound: 'ได้ตำแหน่งแล้ว (คลาดเคลื่อนประมาณ {m} เมตร)',
      geoDenied: 'ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง กรุณากรอกที่อยู่แทน',
      geoFailed: 'หาตำแหน่งไม่ได้ กรุณากรอกที่อยู่แทน',
      geoUnsupported: 'เบราว์เซอร์นี้ใช้ตำแหน่งไม่ได้ กรุณากรอกที่อยู่แทน',
      photosLegend: 'รูปถ่าย',
      photosLabel: 'แนบรูปถ่าย (ถ้ามี)',
      photosHint: 'ไม่เกิน 5 รูป รูปละไม่เกิน 5 MB (JPEG, PNG, GIF หรือ WebP)',
      contactLegend: 'ข้อมูลติดต่อกลับ',
      identityLegend: 'ต้องการให้เจ้าหน้าที่ติดต่อกลับหรือไม่',
      identityNamed: 'ระบุชื่อและช่องทางติดต่อ',
      identityAnonymous: 'ไม่ประสงค์ออกนาม',
      anonymousHint: 'เรื่องที่ไม่ระบุชื่อยังได้รับการตรวจสอบ แต่เจ้าหน้าที่จะสอบถามข้อมูลเพิ่มเติมจากคุณไม่ได้ ติดตามผลได้ด้วยรหัสติดตาม',
      nameLabel: 'ชื่อ–นามสกุล',
      contactHint: 'กรอกเบอร์โทรศัพท์หรืออีเมลอย่างน้อยหนึ่งช่อง',
      phoneLabel: 'เบอร์โทรศัพท์',
      emailLabel: 'อีเมล',
      consentText1: 'กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม จะเก็บและใช้ชื่อและช่องทางติดต่อของคุณเพื่อตรวจสอบและดำเนินการเรื่องร้องเรียนนี้ และติดต่อคุณเกี่ยวกับเรื่องนี้เท่านั้น',
      consentText2: 'ข้อมูลนี้เห็นได้เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน ไม่เปิดเผยต่อโรงงานหรือสาธารณะ การเข้าดูทุกครั้งถูกบันทึกไว้ คุณขอเข้าถึง แก้ไข หรือขอให้ลบข้อมูลได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562',
      consentLabel: 'ข้าพเจ้ายินยอมให้เก็บและใช้ข้อมูลส่วนบุคคลตามที่ระบุข้างต้น',
      consentShort: 'ความยินยอม',
      updatesLabel: 'ส่งอีเมลแจ้งฉันเมื่อเรื่องมีความคืบหน้า',
      updatesHint: 'เมื่อรับเรื่อง มอบหมายเจ้าหน้าที่ ลงพื้นที่ แก้ไขแล้ว และปิดเรื่อง (ต้องกรอกอีเมล)',
      submit: 'ส่งเรื่องร้องเรียน',
      sending: 'กำลังส่ง…',
      doneHeading: 'ได้รับเรื่องร้องเรียนของคุณแล้ว',
      doneIntro: 'กรุณาจดหรือคัดลอกรหัสติดตามเก็บไว้ ใช้ดูความคืบหน้าของเรื่องนี้ได้ทุกเมื่อ',
      ticketNumber: 'เลขที่เรื่อง',
      trackingCode: 'รหัสติดตาม',
      ackDue: 'เจ้าหน้าที่รับเรื่องภายใน',
      resolveDue: 'กำหนดแก้ไขแล้วเสร็จ',
      copy: 'คัดลอกรหัสติดตาม',
      copied: 'คัดลอกรหัสติดตามแล้ว',
      copyFailed: 'คัดลอกอัตโนมัติไม่ได้ รหัสถูกเลือกไว้แล้ว กรุณาคัดลอกด้วยตนเอง',
      trackThis: 'ติดตามเรื่องนี้',
      again: 'ยื่นเรื่องใหม่อีกเรื่อง',
      loadFailed: 'โหลดรายการประเภทปัญหาและจังหวัดไม่ได้ กรุณาโหลดหน้านี้ใหม่',
      // messages next to fields
      required: 'กรุณากรอกช่องนี้',
      requiredChoice: 'กรุณาเลือกหนึ่งรายการ',
      tooLong: 'ยาวเกิน {max} ตัวอักษร',
      notNumber: 'ต้องเป็นตัวเลข เช่น 13.7563',
      latRange: 'ละติจูดต้องอยู่ระหว่าง -90 ถึง 90',
      lonRange: 'ลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180',
      pair: 'กรอกละติจูดและลองจิจูดคู่กัน หรือเว้นว่างทั้งสองช่อง',
      nameRequired: 'กรุณากรอกชื่อ หรือเลือก “ไม่ประสงค์ออกนาม”',
      contactRequired: 'กรุณากรอกเบอร์โทรศัพท์หรืออีเมลอย่างน้อยหนึ่งช่อง',
      phoneFormat: 'เบอร์โทรศัพท์ใช้ได้เฉพาะตัวเลข เว้นวรรค และ + - ( ) จำนวน 6–30 ตัว',
      emailFormat: 'รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com',
      consentRequired: 'กรุณาให้ความยินยอม หรือเลือก “ไม่ประสงค์ออกนาม”',
      tooManyFiles: 'แนบได้ไม่เกิน {max} รูป',
      fileTooBig: '{name} มีขนาดเกิน 5 MB',
      fileNotImage: '{name} ไม่ใช่รูปภาพ JPEG, PNG, GIF หรือ WebP',
      serverField: 'ระบบไม่รับข้อมูลนี้ ({msg})'
    },
    en: {
      formTitle: 'File a complaint',
      doneTitle: 'Complaint received',
      formHeading: 'File a complaint',
      requiredHint: 'Fields marked * are required.',
      publicNote: 'The type of problem, province, status and approximate location (to about 1 km) of your complaint are published; its details, address and photos only if an officer decides to publish them, and your name and contact details never.',
      choose: '— Choose —',
      errorSummary: 'Please correct the following',
      aboutLegend: 'Your complaint',
      category: 'Kind of problem',
      titleLabel: 'Subject (short)',
      titleHint: 'For example: bad smell from a factory every night',
      descriptionLabel: 'What did you see?',
      descriptionHint: 'What happened, when, how often, and how it affects you (at most 5,000 characters)',
      factoryLabel: 'Factory or company name (if known)',
      placeLegend: 'Place',
      province: 'Province',
      addressLabel: 'Address or landmark',
      addressHint: 'House number, road, sub-district, district, or a landmark nearby',
      locate: 'Use my phone\u2019s current position',
      latitude: 'Latitude',
      longitude: 'Longitude',
      geoLooking: 'Finding your position… your phone may ask whether to allow it.',
      geoFound: 'Position found (accurate to about {m} m)',
      geoDenied: 'Permission to use your position was refused. Please give an address instead.',
      geoFailed: 'Your position could not be found. Please give an address instead.',
      geoUnsupported: 'This browser cannot share a position. Please give an address instead.',
      photosLegend: 'Photos',
      photosLabel: 'Add photos (optional)',
      photosHint: 'Up to 5 photos, 5 MB each (JPEG, PNG, GIF or WebP)',
      contactLegend: 'Contact details',
      identityLegend: 'May an officer contact you?',
      identityNamed: 'Yes, here are my name and contact details',
      identityAnonymous: 'No, I report anonymously',
      anonymousHint: 'Anonymous complaints are looked into too, but officers cannot ask you for more details. Follow the complaint with the tracking code.',
      nameLabel: 'Full name',
      contactHint: 'Give a phone number or an email address, or both.',
      phoneLabel: 'Phone number',
      emailLabel: 'Email',
      consentText1: 'The Inspector-General Division, Office of the Permanent Secretary, Ministry of Industry, collects and uses your name and contact details to look into and handle this complaint, and to contact you about it, and for nothing else.',
      consentText2: 'Only complaint officers can see these details; they are not disclosed to the factory or the public, and every reading is logged. You may ask to see, correct or delete them under the Personal Data Protection Act B.E. 2562 (2019).',
      consentLabel: 'I consent to the collection and use of my personal data as described above',
      consentShort: 'Consent',
      updatesLabel: 'E-mail me when there is progress',
      updatesHint: 'When the complaint is accepted, assigned, visited, resolved and closed (needs an e-mail address)',
      submit: 'Send complaint',
      sending: 'Sending…',
      doneHeading: 'We have received your complaint',
      doneIntro: 'Please write down or copy the tracking code: with it you can follow this complaint at any time.',
      ticketNumber: 'Ticket number',
      trackingCode: 'Tracking code',
      ackDue: 'An officer takes it up by',
      resolveDue: 'To be resolved by',
      copy: 'Copy tracking code',
      copied: 'Tracking code copied',
      copyFailed: 'Could not copy automatically. The code is selected: please copy it yourself.',
      trackThis: 'Track this complaint',
      again: 'File another complaint',
      loadFailed: 'Could not load the kinds of problem and the provinces. Please reload the page.',
      required: 'Please fill in this field',
      requiredChoice: 'Please choose one',
      tooLong: 'At most {max} characters',
      notNumber: 'Must be a number, e.g. 13.7563',
      latRange: 'Latitude must be between -90 and 90',
      lonRange: 'Longitude must be between -180 and 180',
      pair: 'Give latitude and longitude together, or leave both empty',
      nameRequired: 'Please give your name, or choose “report anonymously”',
      contactRequired: 'Please give a phone number or an email address',
      phoneFormat: 'A phone number has 6–30 digits, spaces and + - ( ) only',
      emailFormat: 'This is not an email address, e.g. name@example.com',
      consentRequired: 'Please give your consent, or choose “report anonymously”',
      tooManyFiles: 'At most {max} photos',
      fileTooBig: '{name} is larger than 5 MB',
      fileNotImage: '{name} is not a JPEG, PNG, GIF or WebP image',
      serverField: 'Not accepted ({msg})'
    }
  });

  function $(id) { return document.getElementById(id); }
  var form = $('complaint-form');
  var errors = {}; // field id → { key, vars }
  var formError = null; // key of a message not about one field
  var attempted = false;
  var busy = false;
  var geoMessage = null;
  var categories = [];
  var provinces = [];
  var receipt = null;

  function value(id) { return $(id).value.trim(); }
  function anonymous() { return $('identity-anonymous').checked; }

  // --- reference data ---
  function fillSelect(select, items) {
    var current = select.value;
    var lang = MC.lang();
    var nameOf = function (x) { return lang === 'en' ? x.nameEn : x.nameTh; };
    var sorted = items.slice().sort(function (a, b) { return nameOf(a).localeCompare(nameOf(b), lang); });
    while (select.options.length > 1) select.remove(1);
    sorted.forEach(function (x) {
      var o = document.createElement('option');
      o.value = x.code;
      o.textContent = nameOf(x);
      select.appendChild(o);
    });
    select.value = current;
  }

  function loadReference() {
    var cat = MC.request('/api/complaint-categories?filters[active][$eq]=true&fields[0]=code&fields[1]=nameTh&fields[2]=nameEn&pagination[pageSize]=100');
    var prov = MC.request('/api/provinces?fields[0]=code&fields[1]=nameTh&fields[2]=nameEn&pagination[pageSize]=100');
    return Promise.all([cat, prov]).then(function (res) {
      if (res[0].status !== 200 || res[1].status !== 200) {
        $('load-error').setAttribute('data-i18n', 'loadFailed');
        $('load-error').textContent = MC.t('loadFailed');
        return;
      }
      categories = res[0].body.data;
      provinces = res[1].body.data;
      fillSelect($('categoryCode'), categories);
      fillSelect($('provinceCode'), provinces);
    });
  }

  // --- checks (mirror src/lib/complaint-intake.ts) ---
  function lengthError(id) {
    var max = MAX_LENGTH[id];
    return max && value(id).length > max ? { key: 'tooLong', vars: { max: max } } : null;
  }

  function coordinate(id, min, max, rangeKey) {
    var raw = value(id);
    if (!raw) return null;
    var n = Number(raw);
    if (!isFinite(n)) return { key: 'notNumber' };
    if (n < min || n > max) return { key: rangeKey };
    return null;
  }

  /** The error of one field that needs no file reading, or null. */
  function checkField(id) {
    switch (id) {
      case 'categoryCode':
      case 'provinceCode':
        return value(id) ? null : { key: 'requiredChoice' };
      case 'title':
      case 'description':
        return value(id) ? lengthError(id) : { key: 'required' };
      case 'address':
      case 'factoryName':
        return lengthError(id);
      case 'latitude':
        return coordinate('latitude', -90, 90, 'latRange') || (!value('latitude') && value('longitude') ? { key: 'pair' } : null);
      case 'longitude':
        return coordinate('longitude', -180, 180, 'lonRange') || (!value('longitude') && value('latitude') ? { key: 'pair' } : null);
      case 'name':
        if (anonymous()) return null;
        return value('name') ? lengthError('name') : { key: 'nameRequired' };
      case 'phone':
        if (anonymous()) return null;
        if (!value('phone')) return value('email') ? null : { key: 'contactRequired' };
        return PHONE.test(value('phone')) ? null : { key: 'phoneFormat' };
      case 'email':
        if (anonymous() || !value('email')) return null;
        return value('email').length <= MAX_LENGTH.email && EMAIL.test(value('email')) ? null : { key: 'emailFormat' };
      case 'consent':
        return anonymous() || $('consent').checked ? null : { key: 'consentRequired' };
      default:
        return null;
    }
  }

  function sniff(file) {
    if (!file.slice || !file.slice(0, 12).arrayBuffer) return Promise.resolve(true);
    return file.slice(0, 12).arrayBuffer().then(function (buf) {
      var b = new Uint8Array(buf);
      return IMAGE_TYPES.some(function (s) { return s.test(b); });
    }, function () { return false; });
  }

  /** Attachments: count, size and real type (its first bytes), as the API checks them. */
  function checkFiles() {
    var files = Array.prototype.slice.call($('attachments').files || []);
    if (files.length > MAX_FILES) return Promise.resolve({ key: 'tooManyFiles', vars: { max: MAX_FILES } });
    var big = files.filter(function (f) { return f.size > MAX_BYTES; })[0];
    if (big) return Promise.resolve({ key: 'fileTooBig', vars: { name: big.name } });
    return Promise.all(files.map(sniff)).then(function (ok) {
      var i = ok.indexOf(false);
      return i === -1 ? null : { key: 'fileNotImage', vars: { name: files[i].name } };
    });
  }

  function checkAll() {
    var found = {};
    FIELDS.forEach(function (f) {
      var e = checkField(f[0]);
      if (e) found[f[0]] = e;
    });
    return checkFiles().then(function (e) {
      if (e) found.attachments = e;
      return found;
    });
  }

  // --- showing errors ---
  function messageOf(e) { return MC.t(e.key, e.vars); }

  function render() {
    FIELDS.forEach(function (f) {
      var id = f[0];
      var e = errors[id];
      $(id + '-error').textContent = e ? messageOf(e) : '';
      if (e) $(id).setAttribute('aria-invalid', 'true');
      else $(id).removeAttribute('aria-invalid');
    });
    var list = $('error-list');
    list.textContent = '';
    FIELDS.forEach(function (f) {
      var e = errors[f[0]];
      if (!e) return;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + f[0];
      a.setAttribute('data-field', f[0]);
      a.textContent = MC.t(f[1]) + ': ' + messageOf(e);
      li.appendChild(a);
      list.appendChild(li);
    });
    $('error-summary').hidden = !list.children.length;
    $('form-error').textContent = formError ? MC.t(formError.key, formError.vars) : '';
    $('locate-status').textContent = geoMessage ? MC.t(geoMessage.key, geoMessage.vars) : '';
    $('submit').textContent = MC.t(busy ? 'sending' : 'submit');
  }

  function showSummary() {
    render();
    if (!$('error-summary').hidden) $('error-summary').focus();
  }

  $('error-list').addEventListener('click', function (ev) {
    var a = ev.target.closest('a[data-field]');
    if (!a) return;
    ev.preventDefault();
    $(a.getAttribute('data-field')).focus();
  });

  /** Fields whose check depends on this one's value. */
  function relatedTo(id) {
    if (id === 'latitude' || id === 'longitude') return ['latitude', 'longitude'];
    if (id === 'phone' || id === 'email') return ['phone', 'email'];
    if (id.indexOf('identity') === 0) return ['name', 'phone', 'email', 'consent'];
    return [id];
  }

  // After a first attempt, a field's message goes away (or changes) as soon as it is corrected.
  function recheck(id) {
    if (!attempted) return;
    if (id === 'attachments') {
      checkFiles().then(function (e) {
        if (e) errors.attachments = e;
        else delete errors.attachments;
        render();
      });
      return;
    }
    relatedTo(id).forEach(function (r) {
      var e = checkField(r);
      if (e) errors[r] = e;
      else delete errors[r];
    });
    render();
  }
  form.addEventListener('change', function (ev) { if (ev.target.id) recheck(ev.target.id); });
  form.addEventListener('input', function (ev) {
    if (ev.target.id && relatedTo(ev.target.id).some(function (r) { return errors[r]; })) recheck(ev.target.id);
  });

  // --- anonymous or named ---
  function syncIdentity() {
    $('contact-fields').hidden = anonymous();
  }
  $('identity-named').addEventListener('change', syncIdentity);
  $('identity-anonymous').addEventListener('change', syncIdentity);

  // --- photos ---
  $('attachments').addEventListener('change', function () {
    var list = $('file-list');
    list.textContent = '';
    Array.prototype.forEach.call($('attachments').files || [], function (f) {
      var li = document.createElement('li');
      li.textContent = f.name + ' (' + Math.max(1, Math.round(f.size / 1024)) + ' KB)';
      list.appendChild(li);
    });
  });

  // --- the phone's position ---
  $('locate').addEventListener('click', function () {
    if (!navigator.geolocation) {
      geoMessage = { key: 'geoUnsupported' };
      render();
      return;
    }
    geoMessage = { key: 'geoLooking' };
    render();
    navigator.geolocation.getCurrentPosition(function (pos) {
      $('latitude').value = pos.coords.latitude.toFixed(6);
      $('longitude').value = pos.coords.longitude.toFixed(6);
      geoMessage = { key: 'geoFound', vars: { m: Math.round(pos.coords.accuracy || 0) } };
      recheck('latitude');
      render();
    }, function (err) {
      geoMessage = { key: err && err.code === 1 ? 'geoDenied' : 'geoFailed' };
      render();
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });

  // --- sending ---
  function payload() {
    var data = {
      title: value('title'),
      description: value('description'),
      categoryCode: value('categoryCode'),
      provinceCode: value('provinceCode')
    };
    if (value('address')) data.address = value('address');
    if (value('factoryName')) data.factoryName = value('factoryName');
    if (value('latitude') && value('longitude')) {
      data.latitude = Number(value('latitude'));
      data.longitude = Number(value('longitude'));
    }
    if (anonymous()) {
      data.anonymous = true;
    } else {
      data.anonymous = false;
      data.complainant = { name: value('name') };
      if (value('phone')) data.complainant.phone = value('phone');
      if (value('email')) data.complainant.email = value('email');
      data.consent = $('consent').checked;
      data.consent = $('consent').checked;
      if (value('email') && $('updatesOptIn').checked) data.updatesOptIn = true;
    }
    var body = new FormData();
    body.append('data', JSON.stringify(data));
    Array.prototype.forEach.call($('attachments').files || [], function (f) { body.append('attachments', f, f.name); });
    return body;
  }

  /** The API's 400 details → messages next to the fields. */
  function serverErrors(body) {
    var list = (body && body.error && body.error.details && body.error.details.errors) || [];
    var found = {};
    list.forEach(function (e) {
      var path = Array.isArray(e.path) ? e.path.join('.') : String(e.path || '');
      var field = FIELD_OF_PATH[path] || FIELD_OF_PATH[path.split('.')[0]];
      if (field && !found[field]) found[field] = { key: 'serverField', vars: { msg: e.message } };
    });
    return found;
  }

  function send() {
    busy = true;
    $('submit').disabled = true;
    form.setAttribute('aria-busy', 'true');
    render();
    MC.request('/api/public/complaints', { method: 'POST', body: payload(), headers: { Accept: 'application/json' } }).then(function (res) {
      busy = false;
      $('submit').disabled = false;
      form.removeAttribute('aria-busy');
      if (res.status === 201 && res.body && res.body.data) {
        showReceipt(res.body.data);
        return;
      }
      if (res.status === 400) {
        errors = serverErrors(res.body);
        if (!Object.keys(errors).length) formError = { key: 'serverField', vars: { msg: (res.body && res.body.error && res.body.error.message) || res.status } };
        showSummary();
        return;
      }
      formError = { key: res.status === 0 ? 'networkError' : res.status === 429 ? 'tooMany' : 'serverError' };
      render();
    });
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (busy) return;
    attempted = true;
    formError = null;
    checkAll().then(function (found) {
      errors = found;
      if (Object.keys(found).length) {
        showSummary();
        return;
      }
      render();
      send();
    });
  });

  // --- the confirmation ---
  function renderReceipt() {
    if (!receipt) return;
    $('done-ticket').textContent = receipt.ticketNumber;
    $('done-code').textContent = receipt.trackingCode;
    $('done-ack').textContent = MC.formatDateTime(receipt.acknowledgeDueAt);
    $('done-resolve').textContent = MC.formatDateTime(receipt.resolveDueAt);
  }

  function showReceipt(data) {
    receipt = data;
    form.reset();
    syncIdentity();
    $('file-list').textContent = '';
    errors = {};
    geoMessage = null;
    attempted = false;
    render();
    renderReceipt();
    $('track-link').href = '/complaints/track.html#code=' + encodeURIComponent(data.trackingCode);
    $('form-view').hidden = true;
    $('done-view').hidden = false;
    document.body.setAttribute('data-title', 'doneTitle');
    MC.apply();
    window.scrollTo(0, 0);
    $('done-heading').focus();
  }

  function copyStatus(key) {
    $('copy-status').setAttribute('data-i18n', key);
    $('copy-status').textContent = MC.t(key);
  }

  function copyByHand(text) {
    var buffer = document.createElement('textarea');
    buffer.value = text;
    buffer.setAttribute('readonly', '');
    buffer.setAttribute('aria-hidden', 'true');
    buffer.className = 'copy-buffer';
    document.body.appendChild(buffer);
    buffer.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(buffer);
    $('copy-code').focus();
    if (ok) {
      copyStatus('copied');
    } else {
      window.getSelection().selectAllChildren($('done-code'));
      copyStatus('copyFailed');
    }
  }

  $('copy-code').addEventListener('click', function () {
    var text = receipt ? receipt.trackingCode : '';
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copyStatus('copied'); }, function () { copyByHand(text); });
    } else {
      copyByHand(text);
    }
  });

  MC.onLangChange(function () {
    fillSelect($('categoryCode'), categories);
    fillSelect($('provinceCode'), provinces);
    render();
    renderReceipt();
  });
  MC.init();
  syncIdentity();
  loadReference();
})();
