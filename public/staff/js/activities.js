/* /staff/activities.html — open volunteer activities: by date, or — once the phone gives its position —
 * by distance to the activity's province; each with places left, the waitlist and the volunteer's own
 * sign-up. */
import { api, el, mountShell, requireSignIn } from './core.js';
import { formatNumber, lang, onLangChange, registerStrings, t } from './i18n.js';
import { badge, fill, formatDateTime, item, say } from './work.js';
import { PROVINCE_CENTRES, distanceKm } from './province-centres.js';

registerStrings({
  th: {
    activitiesTitle: 'กิจกรรมจิตอาสา',
    listHeading: 'รายการกิจกรรมที่เปิดรับสมัคร',
    nearMe: 'เรียงตามระยะทางจากตำแหน่งของฉัน',
    byDate: 'เรียงตามวันที่',
    locating: 'กำลังหาตำแหน่ง…',
    noPosition: 'ไม่ได้รับตำแหน่งจากเครื่อง จึงเรียงตามวันที่',
    sortedByDistance: 'เรียงตามระยะทางจากตำแหน่งของท่าน',
    sortedByDate: 'เรียงตามวันที่เริ่มกิจกรรม',
    placesLeft: 'ที่ว่าง {n} จาก {capacity}',
    full: 'เต็มแล้ว',
    waitlist: 'รายชื่อสำรอง {n} คน',
    distance: 'ห่างประมาณ {km} กม.',
    myWaitlist: 'ท่านอยู่ลำดับที่ {n} ของรายชื่อสำรอง',
  },
  en: {
    activitiesTitle: 'Volunteer activities',
    listHeading: 'Activities open for sign-up',
    nearMe: 'Sort by distance from where I am',
    byDate: 'Sort by date',
    locating: 'Finding your position…',
    noPosition: 'Your position is not available, so the list is by date',
    sortedByDistance: 'Sorted by distance from you',
    sortedByDate: 'Sorted by start date',
    placesLeft: '{n} of {capacity} places left',
    full: 'Full',
    waitlist: '{n} on the waitlist',
    distance: 'about {km} km away',
    myWaitlist: 'You are number {n} on the waitlist',
  },
});

let activities = [];
let position = null;

function provinceName(p) {
  return p ? (lang() === 'en' ? p.nameEn : p.nameTh) : '';
}

function distanceOf(a) {
  const centre = a.province && PROVINCE_CENTRES[a.province.code];
  return position && centre ? distanceKm(position, centre) : null;
}

function activityItem(a) {
  const mine = a.myParticipation;
  const places = a.placesLeft > 0 ? t('placesLeft', { n: a.placesLeft, capacity: a.capacity }) : t('full');
  const km = distanceOf(a);
  return item(
    `/staff/activity.html?id=${encodeURIComponent(a.documentId)}`,
    a.title,
    el('p', { class: 'meta', text: `${formatDateTime(a.startAt)} · ${[a.place, provinceName(a.province)].filter(Boolean).join(', ')}` }),
    el(
      'p',
      {},
      badge(places, a.placesLeft > 0 ? '' : 'urgency-urgent'),
      a.waitlisted ? ' ' : '',
      a.waitlisted ? badge(t('waitlist', { n: a.waitlisted })) : '',
    ),
    km !== null ? el('p', { class: 'meta', text: t('distance', { km: formatNumber(Math.round(km)) }) }) : null,
    mine && mine.state !== 'cancelled'
      ? el('p', {
          class: 'due',
          text: mine.state === 'waitlisted' && mine.waitlistPosition ? t('myWaitlist', { n: mine.waitlistPosition }) : t(`participation.${mine.state}`),
        })
      : null,
  );
}

function render() {
  const list = [...activities];
  const byDate = (a, b) => new Date(a.startAt) - new Date(b.startAt);
  if (position) list.sort((a, b) => (distanceOf(a) ?? Infinity) - (distanceOf(b) ?? Infinity) || byDate(a, b));
  else list.sort(byDate);
  fill(document.getElementById('list-activities'), list.map(activityItem));
  const button = document.getElementById('near-me');
  button.textContent = position ? t('byDate') : t('nearMe');
  say(document.getElementById('list-status'), position ? t('sortedByDistance') : t('sortedByDate'));
}

function locate() {
  if (position) {
    position = null;
    return render();
  }
  const status = document.getElementById('list-status');
  if (!navigator.geolocation) return say(status, t('noPosition'));
  say(status, t('locating'));
  navigator.geolocation.getCurrentPosition(
    (p) => {
      position = [p.coords.latitude, p.coords.longitude];
      render();
    },
    () => say(status, t('noPosition')),
    { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
  );
}

async function load() {
  const query = new URLSearchParams({
    'filters[state][$eq]': 'open',
    'filters[startAt][$gt]': new Date().toISOString(),
    'populate[province][fields][0]': 'code',
    'populate[province][fields][1]': 'nameTh',
    'populate[province][fields][2]': 'nameEn',
    'sort[0]': 'startAt:asc',
    'pagination[pageSize]': '100',
  });
  const res = await api(`/api/volunteer-activities?${query}`);
  if (!res.ok) return say(document.getElementById('list-status'), res.error.message);
  activities = res.data || [];
  render();
}

await requireSignIn({ roles: ['volunteer'] });
mountShell({ page: '/staff/activities.html' });
onLangChange(render);
document.getElementById('near-me').addEventListener('click', locate);
load();
