/* /staff/me.html — the volunteer's participations and hours, and their profile and consent
 * (GET /api/volunteers/me, PUT /api/volunteers/me: contact data is kept only with consent; withdrawing
 * consent erases it). */
import { api, clearFieldErrors, el, mountShell, requireSignIn, showFieldErrors } from './core.js';
import { formatNumber, lang, onLangChange, registerStrings, t } from './i18n.js';
import { badge, fill, formatDateTime, item, say } from './work.js';

registerStrings({
  th: {
    meTitle: 'ข้อมูลของฉัน',
    hoursHeading: 'ชั่วโมงจิตอาสา',
    hoursTotal: 'รวม {hours} ชั่วโมง จาก {n} กิจกรรม',
    hoursOf: '{hours} ชั่วโมง',
    profileHeading: 'ข้อมูลส่วนตัวและความยินยอม',
    fullNameLabel: 'ชื่อ-สกุล',
    provinceLabel: 'จังหวัด',
    noProvince: '— ไม่ระบุ —',
    availabilityLabel: 'วันเวลาที่สะดวก',
    skillsLabel: 'ทักษะ (คั่นด้วยจุลภาค)',
    consentLegend: 'ความยินยอม (PDPA)',
    consentHint:
      'เก็บเบอร์โทรศัพท์ อีเมล และเลขประจำตัวประชาชนของท่านเฉพาะเมื่อท่านยินยอม เพื่อให้ผู้ประสานงานติดต่อเรื่องกิจกรรม ถอนความยินยอมเมื่อใดก็ได้ ข้อมูลติดต่อจะถูกลบทันที',
    consentLabel: 'ยินยอมให้เก็บข้อมูลติดต่อ',
    phoneLabel: 'โทรศัพท์',
    emailLabel: 'อีเมล',
    nationalIdLabel: 'เลขประจำตัวประชาชน 13 หลัก',
    saveProfile: 'บันทึก',
    saved: 'บันทึกแล้ว',
    required: 'กรุณากรอกช่องนี้',
    needConsent: 'ต้องยินยอมก่อนจึงจะเก็บโทรศัพท์ อีเมล หรือเลขประจำตัวประชาชน',
    checkFields: 'กรุณาแก้ไขช่องที่ระบุ',
    noProfile: 'บัญชีนี้ยังไม่มีข้อมูลจิตอาสา กรุณาติดต่อผู้ประสานงาน',
  },
  en: {
    meTitle: 'My profile',
    hoursHeading: 'Volunteer hours',
    hoursTotal: '{hours} hours in {n} activities',
    hoursOf: '{hours} hours',
    profileHeading: 'Profile and consent',
    fullNameLabel: 'Full name',
    provinceLabel: 'Province',
    noProvince: '— none —',
    availabilityLabel: 'When I am available',
    skillsLabel: 'Skills (separated by commas)',
    consentLegend: 'Consent (PDPA)',
    consentHint:
      'Your phone number, e-mail and national ID are kept only with your consent, so that coordinators can reach you about activities. You may withdraw it at any time; your contact data is then erased at once.',
    consentLabel: 'I consent to my contact data being kept',
    phoneLabel: 'Phone',
    emailLabel: 'E-mail',
    nationalIdLabel: 'National ID (13 digits)',
    saveProfile: 'Save',
    saved: 'Saved',
    required: 'Please fill in this field',
    needConsent: 'Consent is needed to keep a phone number, an e-mail or a national ID',
    checkFields: 'Please correct the fields marked',
    noProfile: 'This account has no volunteer profile yet; please contact a coordinator',
  },
});

const form = document.getElementById('profile-form');
const CONTACT = ['phone', 'email', 'nationalId'];
let me = null;
let participations = [];
let provinces = [];

function renderProvinces() {
  const select = form.province;
  const chosen = select.value || (me && me.province ? me.province.code : '');
  select.replaceChildren(
    el('option', { value: '', text: t('noProvince') }),
    ...provinces.map((p) => el('option', { value: p.code, text: lang() === 'en' ? p.nameEn : p.nameTh })),
  );
  select.value = chosen;
}

function renderHours() {
  if (!me) return;
  document.getElementById('hours-total').textContent = t('hoursTotal', {
    hours: formatNumber(me.totalHours || 0),
    n: formatNumber(me.activitiesAttended || 0),
  });
  fill(
    document.getElementById('list-participations'),
    participations.map((p) =>
      item(
        `/staff/activity.html?id=${encodeURIComponent(p.activity ? p.activity.documentId : '')}`,
        p.activity ? p.activity.title : '',
        el('p', { class: 'meta', text: p.activity ? formatDateTime(p.activity.startAt) : '' }),
        el('p', {}, badge(t(`participation.${p.state}`)), p.state === 'attended' ? ` ${t('hoursOf', { hours: formatNumber(Number(p.hours || 0)) })}` : ''),
      ),
    ),
  );
}

function fillForm() {
  form.fullName.value = me.fullName || '';
  form.availability.value = me.availability || '';
  form.skills.value = Array.isArray(me.skills) ? me.skills.join(', ') : '';
  form.consent.checked = Boolean(me.consent);
  for (const f of CONTACT) form[f].value = me[f] || '';
  renderProvinces();
  toggleContact();
}

function toggleContact() {
  for (const f of CONTACT) form[f].disabled = !form.consent.checked;
}

async function save(event) {
  event.preventDefault();
  clearFieldErrors(form);
  say(document.getElementById('form-error'), '');
  say(document.getElementById('form-ok'), '');
  const consent = form.consent.checked;
  const data = {
    fullName: form.fullName.value.trim(),
    province: form.province.value || null,
    availability: form.availability.value.trim() || null,
    skills: form.skills.value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    consent,
  };
  if (consent) for (const f of CONTACT) data[f] = form[f].value.trim() || null;
  if (!data.fullName) {
    showFieldErrors(form, { fields: { fullName: t('required') } });
    say(document.getElementById('form-error'), t('checkFields'));
    return;
  }
  const button = document.getElementById('profile-save');
  button.disabled = true;
  const res = await api('/api/volunteers/me', { method: 'PUT', body: { data } });
  button.disabled = false;
  if (!res.ok) {
    showFieldErrors(form, res.error);
    say(document.getElementById('form-error'), res.error.message);
    return;
  }
  me = res.data;
  fillForm();
  renderHours();
  say(document.getElementById('form-ok'), t('saved'));
}

async function load() {
  const status = document.getElementById('me-status');
  const [mine, list, places] = await Promise.all([
    api('/api/volunteers/me'),
    api('/api/participations?sort[0]=signedUpAt:desc&pagination[pageSize]=100'),
    api('/api/provinces?fields[0]=code&fields[1]=nameTh&fields[2]=nameEn&sort[0]=nameTh:asc&pagination[pageSize]=100'),
  ]);
  if (!mine.ok) {
    form.hidden = true;
    return say(status, mine.status === 404 ? t('noProfile') : mine.error.message);
  }
  me = mine.data;
  participations = list.ok ? list.data || [] : [];
  provinces = places.ok ? places.data || [] : [];
  say(status, '');
  fillForm();
  renderHours();
}

await requireSignIn({ roles: ['volunteer'] });
mountShell({ page: '/staff/me.html' });
onLangChange(() => {
  renderProvinces();
  renderHours();
});
form.consent.addEventListener('change', toggleContact);
form.addEventListener('submit', save);
load();
