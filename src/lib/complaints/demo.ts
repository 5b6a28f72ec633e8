import type { Core } from '@strapi/strapi';
import type { IntakeInput } from './intake';
import { ensureDemoUser as demoUser } from '../platform/demo-users';
import { COMPLAINT_UID as UID, INCIDENT_UID, TEAM_UID } from './model';
import { PROVINCE_UID } from '../platform/model';

/**
 * Demo complaints: two response teams with demo accounts, and a dozen complaints in different states
 * and provinces, some past their deadlines. Skipped when the first demo team already exists.
 */

const DAY = 86400_000;

interface DemoComplaint {
  input: IntakeInput;
  daysAgo: number;
  steps: Array<'triaged' | 'assign:east' | 'assign:north' | 'in_progress' | 'resolved' | 'closed' | 'rejected'>;
}

const person = (name: string, phone: string, email: string) => ({ complainant: { name, phone, email }, consent: true });

const complaints: DemoComplaint[] = [
  {
    daysAgo: 0.1,
    steps: [],
    input: {
      title: 'สารเคมีรั่วไหลจากถังเก็บ มีกลิ่นฉุนแสบตา',
      description: 'พบของเหลวไหลออกจากถังเก็บสารเคมีของโรงงาน ชาวบ้านแสบตา',
      categoryCode: 'chemical_leak',
      provinceCode: 'TH-21',
      address: 'นิคมอุตสาหกรรมมาบตาพุด',
      latitude: 12.68,
      longitude: 101.14,
      ...person('สมชาย ใจกล้า', '0812345601', 'somchai.demo@example.test'),
    },
  },
  {
    daysAgo: 5,
    steps: [],
    input: {
      title: 'กลิ่นเหม็นจากโรงงานอาหารสัตว์ทุกเย็น',
      description: 'กลิ่นเหม็นรุนแรงช่วงเย็นถึงค่ำ',
      categoryCode: 'factory_odour',
      provinceCode: 'TH-73',
      anonymous: true,
    },
  },
  {
    daysAgo: 2,
    steps: ['triaged'],
    input: {
      title: 'เสียงเครื่องจักรดังตลอดคืน',
      description: 'เสียงดังตั้งแต่สี่ทุ่มถึงตีสี่',
      categoryCode: 'noise',
      provinceCode: 'TH-12',
      ...person('วันดี มีสุข', '0812345602', 'wandee.demo@example.test'),
    },
  },
  {
    daysAgo: 3,
    steps: ['assign:east'],
    input: {
      title: 'น้ำเสียสีดำไหลลงคลองสาธารณะ',
      description: 'น้ำเสียจากท่อหลังโรงงานไหลลงคลอง ปลาตาย',
      categoryCode: 'wastewater',
      provinceCode: 'TH-20',
      factoryName: 'บริษัท ตัวอย่างฟอกย้อม จำกัด',
      ...person('ประเสริฐ รักน้ำ', '0812345603', 'prasert.demo@example.test'),
    },
  },
  {
    daysAgo: 9,
    steps: ['assign:east', 'in_progress'],
    input: {
      title: 'ฝุ่นจากโรงโม่หินปกคลุมหมู่บ้าน',
      description: 'ฝุ่นหนาทุกวัน เด็กไอ',
      categoryCode: 'dust_smoke',
      provinceCode: 'TH-24',
      anonymous: true,
    },
  },
  {
    daysAgo: 12,
    steps: ['assign:north', 'in_progress'],
    input: {
      title: 'ควันดำจากปล่องโรงงานน้ำตาล',
      description: 'ควันดำช่วงหีบอ้อย',
      categoryCode: 'dust_smoke',
      provinceCode: 'TH-50',
      ...person('บุญมี ศรีสุข', '0812345604', 'boonmee.demo@example.test'),
    },
  },
  {
    daysAgo: 40,
    steps: ['assign:north', 'in_progress'],
    input: {
      title: 'โรงงานเปิดดำเนินการโดยไม่มีใบอนุญาต',
      description: 'มีรถบรรทุกเข้าออกกลางคืน',
      categoryCode: 'illegal_factory',
      provinceCode: 'TH-57',
      anonymous: true,
    },
  },
  {
    daysAgo: 20,
    steps: ['assign:east', 'in_progress', 'resolved'],
    input: {
      title: 'กลิ่นยางพาราจากโรงงานแปรรูป',
      description: 'กลิ่นแรงช่วงเช้า',
      categoryCode: 'factory_odour',
      provinceCode: 'TH-21',
      ...person('มาลี ดีใจ', '0812345605', 'malee.demo@example.test'),
    },
  },
  {
    daysAgo: 45,
    steps: ['assign:east', 'in_progress', 'resolved', 'closed'],
    input: { title: 'น้ำเสียจากโรงงานแป้งมัน', description: 'น้ำเสียล้นบ่อ', categoryCode: 'wastewater', provinceCode: 'TH-25', anonymous: true },
  },
  {
    daysAgo: 30,
    steps: ['rejected'],
    input: { title: 'เสียงดังจากร้านคาราโอเกะ', description: 'ไม่ใช่โรงงาน', categoryCode: 'noise', provinceCode: 'TH-10', anonymous: true },
  },
  {
    daysAgo: 6,
    steps: [],
    input: {
      title: 'ฝุ่นละอองจากโรงงานปูนซีเมนต์',
      description: 'ฝุ่นขาวเกาะหลังคาบ้าน',
      categoryCode: 'dust_smoke',
      provinceCode: 'TH-19',
      ...person('สุดา ใจเย็น', '0812345606', 'suda.demo@example.test'),
    },
  },
  {
    daysAgo: 1,
    steps: ['assign:north'],
    input: {
      title: 'กลิ่นสารเคมีจากโรงงานพลาสติก',
      description: 'กลิ่นฉุนช่วงกลางวัน',
      categoryCode: 'factory_odour',
      provinceCode: 'TH-65',
      anonymous: true,
    },
  },
];

/** The complaint service's workflow (src/api) as the demo drives it: Strapi's service type does not know these methods. */
interface ComplaintWorkflow {
  intake(input: unknown, opts: { channel: string; actor: DemoActor; now: Date }): Promise<{ documentId: string }>;
  assign(documentId: string, opts: { team: string; actor: DemoActor; now: Date }): Promise<unknown>;
  transition(
    documentId: string,
    to: string,
    opts: { actor: DemoActor; now: Date; resolutionSummary?: string; note?: string },
  ): Promise<unknown>;
}
/** The incident service (src/api/incident) as the demo drives it. */
interface IncidentWorkflow {
  createIncident(input: { title?: string; complaints: string[] }, actor: DemoActor): Promise<unknown>;
}
interface DemoActor {
  userId?: number;
  label: string;
}

export async function loadComplaintsDemo(strapi: Core.Strapi): Promise<number> {
  if (await strapi.db.query(TEAM_UID).findOne({ where: { name: 'ทีมม้าเร็ว ภาคตะวันออก' } })) return 0;
  const officer = await demoUser(strapi, 'demo.officer', 'complaint-officer');
  const eastMember = await demoUser(strapi, 'demo.team.east', 'response-team-member');
  const northMember = await demoUser(strapi, 'demo.team.north', 'response-team-member');
  const province = async (code: string) => (await strapi.db.query(PROVINCE_UID).findOne({ where: { code } })).id;
  const east = await strapi.documents(TEAM_UID).create({
    data: {
      name: 'ทีมม้าเร็ว ภาคตะวันออก',
      kind: 'rapid_response',
      email: 'team.east@demo.mind-desk.local',
      lead: eastMember.id,
      members: [eastMember.id],
      expertise: ['factory_engineering', 'environment'],
      provinces: [await province('TH-20'), await province('TH-21'), await province('TH-24'), await province('TH-25')],
      onCall: true,
    },
  });
  const north = await strapi.documents(TEAM_UID).create({
    data: {
      name: 'ทีมม้าเร็ว ภาคเหนือ',
      kind: 'rapid_response',
      email: 'team.north@demo.mind-desk.local',
      lead: northMember.id,
      members: [northMember.id],
      expertise: ['legal', 'factory_engineering'],
      provinces: [await province('TH-50'), await province('TH-57'), await province('TH-65')],
      onCall: true,
    },
  });

  const service = strapi.service(UID) as unknown as ComplaintWorkflow;
  const officerActor = { userId: officer.id, label: officer.username };
  const filed: string[] = [];
  for (const demo of complaints) {
    const start = new Date(Date.now() - demo.daysAgo * DAY);
    const c = await service.intake(demo.input, { channel: 'web', actor: { label: 'ประชาชน (เว็บไซต์) / Citizen (web)' }, now: start });
    filed.push(c.documentId);
    let at = start.getTime();
    for (const step of demo.steps) {
      at += Math.min(DAY, (Date.now() - at) / 4);
      const now = new Date(at);
      if (step.startsWith('assign:')) {
        await service.assign(c.documentId, { team: step === 'assign:east' ? east.documentId : north.documentId, actor: officerActor, now });
      } else {
        await service.transition(c.documentId, step, {
          actor: officerActor,
          now,
          resolutionSummary: step === 'resolved' || step === 'closed' ? 'ตรวจสอบแล้ว สั่งให้โรงงานปรับปรุงแก้ไข' : undefined,
          note: step === 'rejected' ? 'ไม่อยู่ในอำนาจกระทรวงอุตสาหกรรม ส่งต่อเทศบาล' : undefined,
        });
      }
    }
  }
  // the chemical leak at Map Ta Phut (the first) opens an incident: complaints filed nearby are suggested into it
  await (strapi.service(INCIDENT_UID) as unknown as IncidentWorkflow).createIncident(
    { title: 'สารเคมีรั่วไหล นิคมอุตสาหกรรมมาบตาพุด', complaints: [filed[0]] },
    officerActor,
  );
  return complaints.length;
}
