import type { Core, Data } from '@strapi/strapi';
import { ensureDemoUser as demoUser } from '../platform/demo-users';
import { asTrusted } from '../platform/trusted-write';
import { ACTIVITY_UID, PARTICIPATION_UID, VOLUNTEER_UID, participationKey } from './rules';
import { ROSTER_ANSWER_UID, ROSTER_UID } from './roster';

interface RosterService {
  call(
    input: {
      title: string;
      message?: string;
      place?: string;
      province: string;
      needed: number;
      incident?: string | null;
      complaint?: string | null;
    },
    coordinatorId: number,
    now: Date,
  ): Promise<{ documentId: string }>;
  answer(token: string, answer: 'yes' | 'no', now: Date): Promise<unknown>;
}
import { PROVINCE_UID, type DocumentInput } from '../platform/model';

/**
 * Demo volunteers: 30 volunteers across ten provinces with skills (contact data with consent), a
 * coordinator and a volunteer account (password as the other demo accounts), and six activities:
 * two past ones with attendance and hours, three upcoming and open, one upcoming and full with a
 * waitlist. Skipped when the first demo activity already exists.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;

const FIRST = ['สมชาย', 'สมหญิง', 'วิชัย', 'มาลี', 'ประเสริฐ', 'สุดา', 'อนันต์', 'วันดี', 'ธนพล', 'กาญจนา', 'ศักดิ์ชัย', 'นภา', 'ชัยวัฒน์', 'พรทิพย์', 'สุรชัย'];
const LAST = ['ใจดี', 'รักชาติ', 'มีสุข', 'ศรีสุข', 'บุญมา', 'แก้วใส'];
const PROVINCES = ['TH-10', 'TH-50', 'TH-40', 'TH-90', 'TH-21', 'TH-20', 'TH-30', 'TH-65', 'TH-83', 'TH-11'];
const SKILLS = ['ปฐมพยาบาล', 'ขับรถ', 'ภาษาอังกฤษ', 'ถ่ายภาพ', 'ช่างไฟฟ้า', 'ทำอาหาร', 'ความปลอดภัยในโรงงาน', 'สิ่งแวดล้อม', 'คอมพิวเตอร์'];
const AVAILABILITY = ['วันหยุดเสาร์-อาทิตย์', 'วันธรรมดาช่วงเย็น', 'ทุกวัน', 'เฉพาะวันอาทิตย์'];

const ACTIVITIES = [
  {
    title: 'ปลูกป่าชายเลนรอบนิคมอุตสาหกรรม',
    place: 'ป่าชายเลนบ้านเพ',
    province: 'TH-21',
    days: -30,
    hours: 4,
    capacity: 10,
    skills: ['สิ่งแวดล้อม'],
  },
  {
    title: 'อบรมความปลอดภัยในโรงงานแก่ชุมชน',
    place: 'ศาลาประชาคมอำเภอเมือง',
    province: 'TH-40',
    days: -10,
    hours: 6,
    capacity: 6,
    skills: ['ความปลอดภัยในโรงงาน'],
  },
  { title: 'เก็บขยะริมคลองหลังเขตอุตสาหกรรม', place: 'คลองสำโรง', province: 'TH-11', days: 3, hours: 3, capacity: 15, skills: [] },
  {
    title: 'ตรวจวัดคุณภาพน้ำร่วมกับชุมชน',
    place: 'ลำน้ำพอง',
    province: 'TH-40',
    days: 10,
    hours: 5,
    capacity: 20,
    skills: ['สิ่งแวดล้อม', 'คอมพิวเตอร์'],
  },
  {
    title: 'หน่วยปฐมพยาบาลงานวันอุตสาหกรรม',
    place: 'ศูนย์ประชุมแห่งชาติสิริกิติ์',
    province: 'TH-10',
    days: 2,
    hours: 8,
    capacity: 5,
    skills: ['ปฐมพยาบาล'],
  },
  {
    title: 'ให้ความรู้ SME เรื่องกองทุนพัฒนาอุตสาหกรรม',
    place: 'สำนักงานอุตสาหกรรมจังหวัดเชียงใหม่',
    province: 'TH-50',
    days: 20,
    hours: 4,
    capacity: 8,
    skills: ['คอมพิวเตอร์'],
  },
];

type Volunteer = Data.ContentType<typeof VOLUNTEER_UID>;
/** An activity as created here (its `startAt` is always set). */
type Activity = Data.ContentType<typeof ACTIVITY_UID>;
/** The participation service's own method (src/api): Strapi's service type does not know it. */
interface SignUpService {
  signUp(activityDocumentId: string, volunteerDocumentId: string, now?: Date): Promise<unknown>;
}

export async function loadVolunteersDemo(strapi: Core.Strapi, now = new Date()): Promise<{ volunteers: number; activities: number }> {
  if (await strapi.db.query(ACTIVITY_UID).findOne({ where: { title: ACTIVITIES[0].title } })) return { volunteers: 0, activities: 0 };
  const coordinator = await demoUser(strapi, 'demo.coordinator', 'volunteer-coordinator');
  const volunteerUser = await demoUser(strapi, 'demo.volunteer', 'volunteer');
  const province = async (code: string) =>
    (await strapi.db.query(PROVINCE_UID).findOne({ where: { code }, select: ['documentId'] }))?.documentId ?? null;

  const volunteers: Volunteer[] = [];
  for (let i = 0; i < 30; i++) {
    const n = String(i + 1).padStart(2, '0');
    volunteers.push(
      await strapi.documents(VOLUNTEER_UID).create({
        data: {
          fullName: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`,
          phone: `08123400${n}`,
          email: `volunteer${n}@demo.mind-desk.local`,
          province: await province(PROVINCES[i % PROVINCES.length]),
          skills: [SKILLS[i % SKILLS.length], SKILLS[(i * 4 + 3) % SKILLS.length]].filter((s, k, a) => a.indexOf(s) === k),
          availability: AVAILABILITY[i % AVAILABILITY.length],
          state: i === 29 ? 'inactive' : 'active',
          consent: true,
          consentAt: new Date(now.getTime() - 60 * DAY),
          user: i === 0 ? volunteerUser.id : null,
        },
      }),
    );
  }

  const service = strapi.service(PARTICIPATION_UID) as unknown as SignUpService;
  const activities: Activity[] = [];
  for (const a of ACTIVITIES) {
    const startAt = new Date(Math.floor((now.getTime() + a.days * DAY) / HOUR) * HOUR);
    const provinceId = await province(a.province);
    activities.push(
      await asTrusted(() =>
        strapi.documents(ACTIVITY_UID).create({
          data: {
            title: a.title,
            description: `${a.title} — กิจกรรมจิตอาสาตัวอย่างของกองตรวจราชการ กระทรวงอุตสาหกรรม`,
            startAt,
            endAt: new Date(startAt.getTime() + a.hours * HOUR),
            place: a.place,
            province: provinceId,
            capacity: a.capacity,
            requiredSkills: a.skills,
            state: a.days < 0 ? 'completed' : 'open',
            coordinator: coordinator.id,
          },
        }),
      ),
    );
  }

  // past activities: participations with attendance, written as the service would have left them
  const past = async (activity: Activity, people: Volunteer[], length: number, noShows: number) => {
    for (const [k, v] of people.entries()) {
      const attended = k >= noShows;
      await asTrusted(() =>
        strapi.documents(PARTICIPATION_UID).create({
          data: {
            volunteer: v.documentId,
            activity: activity.documentId,
            key: participationKey(v.documentId, activity.documentId),
            state: attended ? 'attended' : 'no_show',
            hours: attended ? (k % 3 === 0 ? length - 1 : length) : null,
            signedUpAt: new Date(new Date(activity.startAt as Date | string).getTime() - 7 * DAY + k * HOUR),
            attendanceRecordedAt: activity.endAt,
          } as DocumentInput<typeof PARTICIPATION_UID>,
        }),
      );
    }
  };
  await past(activities[0], volunteers.slice(0, 8), ACTIVITIES[0].hours, 1);
  await past(activities[1], volunteers.slice(6, 12), ACTIVITIES[1].hours, 0);

  // upcoming: through the sign-up service (capacity and waitlist as in real use)
  const signUp = async (activity: Activity, people: Volunteer[]) => {
    for (const v of people) await service.signUp(activity.documentId, v.documentId, now);
  };
  await signUp(activities[2], volunteers.slice(10, 15));
  await signUp(activities[3], [volunteers[0], volunteers[20]]);
  await signUp(activities[4], volunteers.slice(1, 9)); // 5 places: 5 registered, 3 waitlisted

  // the chemical leak at Map Ta Phut (complaints' demo): volunteers of the region are called out; one said yes
  const leak = await strapi.db.query('api::incident.incident').findOne({
    where: { title: { $contains: 'มาบตาพุด' } },
    select: ['documentId'],
    populate: { complaints: { select: ['documentId'], limit: 1 } },
  });
  const rosters = strapi.service(ROSTER_UID) as unknown as RosterService;
  const call = await rosters.call(
    {
      title: 'อาสาช่วยอพยพและแจกหน้ากาก สารเคมีรั่วไหลมาบตาพุด',
      message: 'ต้องการอาสาสมัครช่วยเจ้าหน้าที่อพยพชุมชนและแจกหน้ากาก',
      place: 'ศาลาประชาคมตำบลมาบตาพุด',
      province: 'TH-21',
      needed: 5,
      incident: leak?.documentId ?? null,
      complaint: leak?.complaints?.[0]?.documentId ?? null,
    },
    coordinator.id,
    now,
  );
  const first = await strapi.db.query(ROSTER_ANSWER_UID).findOne({
    where: { roster: { documentId: call.documentId } },
    select: ['token'],
    orderBy: { id: 'asc' },
  });
  if (first?.token) await rosters.answer(first.token, 'yes', now);
  return { volunteers: volunteers.length, activities: activities.length };
}
