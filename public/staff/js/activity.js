/* /staff/activity.html?id=<documentId> — one volunteer activity: when, where, places left and the
 * waitlist; the volunteer signs up (a full activity puts them on the waitlist, and they see their
 * place on it) or cancels their sign-up. */
import { api, el, mountShell, requireSignIn } from './core.js';
import { lang, onLangChange, registerStrings, t } from './i18n.js';
import { badge, formatDateTime, pageId, say } from './work.js';

registerStrings({
  th: {
    activityTitle: 'กิจกรรมจิตอาสา',
    backToActivities: 'กลับไปยังรายการกิจกรรม',
    whenLabel: 'วันเวลา',
    whereLabel: 'สถานที่',
    placesLabel: 'ที่ว่าง',
    waitlistLabel: 'รายชื่อสำรอง',
    stateLabel: 'สถานะกิจกรรม',
    placesOf: '{n} จาก {capacity}',
    people: '{n} คน',
    signUp: 'สมัครเข้าร่วม',
    cancelSignUp: 'ยกเลิกการสมัคร',
    registeredMsg: 'ท่านลงทะเบียนเข้าร่วมกิจกรรมนี้แล้ว',
    waitlistedMsg: 'กิจกรรมเต็ม ท่านอยู่ลำดับที่ {n} ของรายชื่อสำรอง จะได้รับอีเมลเมื่อได้ที่นั่ง',
    cancelledMsg: 'ยกเลิกการสมัครแล้ว',
    attendedMsg: 'ท่านเข้าร่วมกิจกรรมนี้แล้ว {hours} ชั่วโมง',
    confirmCancel: 'ยกเลิกการสมัครกิจกรรมนี้?',
  },
  en: {
    activityTitle: 'Volunteer activity',
    backToActivities: 'Back to the activities',
    whenLabel: 'When',
    whereLabel: 'Where',
    placesLabel: 'Places left',
    waitlistLabel: 'Waitlist',
    stateLabel: 'Activity',
    placesOf: '{n} of {capacity}',
    people: '{n} people',
    signUp: 'Sign up',
    cancelSignUp: 'Cancel my sign-up',
    registeredMsg: 'You are registered for this activity',
    waitlistedMsg: 'The activity is full: you are number {n} on the waitlist and will get an e-mail when a place is yours',
    cancelledMsg: 'Your sign-up has been cancelled',
    attendedMsg: 'You took part in this activity: {hours} hours',
    confirmCancel: 'Cancel your sign-up for this activity?',
  },
});

const id = pageId();
const errorBox = document.getElementById('activity-error');
const signUpButton = document.getElementById('sign-up');
const cancelButton = document.getElementById('cancel-sign-up');
let activity = null;

const fact = (term, value) => [el('dt', { text: term }), el('dd', {}, value)];

function myMessage(mine) {
  if (!mine) return '';
  if (mine.state === 'registered') return t('registeredMsg');
  if (mine.state === 'waitlisted') return t('waitlistedMsg', { n: mine.waitlistPosition ?? '?' });
  if (mine.state === 'attended') return t('attendedMsg', { hours: mine.hours ?? 0 });
  return t(`participation.${mine.state}`);
}

function render() {
  if (!activity) return;
  const a = activity;
  const province = a.province ? (lang() === 'en' ? a.province.nameEn : a.province.nameTh) : '';
  document.getElementById('activity-heading').textContent = a.title;
  document.getElementById('activity-facts').replaceChildren(
    ...fact(t('whenLabel'), `${formatDateTime(a.startAt)} – ${formatDateTime(a.endAt)}`),
    ...fact(t('whereLabel'), [a.place, province].filter(Boolean).join(', ')),
    ...fact(t('placesLabel'), t('placesOf', { n: a.placesLeft, capacity: a.capacity })),
    ...fact(t('waitlistLabel'), t('people', { n: a.waitlisted || 0 })),
    ...fact(t('stateLabel'), badge(t(`activity.${a.state}`))),
  );
  document.getElementById('activity-description').textContent = a.description || '';
  const mine = a.myParticipation && a.myParticipation.state !== 'cancelled' ? a.myParticipation : null;
  say(document.getElementById('my-place'), myMessage(mine));
  const upcoming = a.state === 'open' && new Date(a.startAt).getTime() > Date.now();
  signUpButton.hidden = !upcoming || Boolean(mine);
  cancelButton.hidden = !mine || !['registered', 'waitlisted'].includes(mine.state);
}

async function load() {
  const query = new URLSearchParams({
    'populate[province][fields][0]': 'code',
    'populate[province][fields][1]': 'nameTh',
    'populate[province][fields][2]': 'nameEn',
  });
  const res = await api(`/api/volunteer-activities/${encodeURIComponent(id)}?${query}`);
  const status = document.getElementById('activity-status');
  if (!res.ok) return say(status, res.error.message);
  activity = res.data;
  say(status, '');
  render();
}

async function act(button, path) {
  say(errorBox, '');
  button.disabled = true;
  const res = await api(path, { method: 'POST', body: {} });
  button.disabled = false;
  if (!res.ok) return say(errorBox, res.error.message);
  await load();
  document.getElementById('my-place').textContent ||= t('cancelledMsg');
}

await requireSignIn({ roles: ['volunteer'] });
mountShell({ page: '/staff/activities.html' });
onLangChange(render);
signUpButton.addEventListener('click', () => act(signUpButton, `/api/volunteer-activities/${encodeURIComponent(id)}/sign-up`));
cancelButton.addEventListener('click', () => {
  if (!window.confirm(t('confirmCancel'))) return;
  act(cancelButton, `/api/participations/${encodeURIComponent(activity.myParticipation.documentId)}/cancel`);
});
load();
