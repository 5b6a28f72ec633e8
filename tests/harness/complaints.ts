import type { Core } from '@strapi/strapi';
import type { TestApp } from './strapi';
import { createUser, TestUser } from './users';

/** A real 1×1 PNG, for photo uploads. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export const COMPLAINANT = { name: 'สมศรี ทดสอบลับ', phone: '081-234-5678', email: 'somsri.secret@example.test' };

export function intakeBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'กลิ่นเหม็นจากโรงงานตอนกลางคืน',
    description: 'มีกลิ่นเหม็นคล้ายสารเคมีทุกคืนหลังสี่ทุ่ม',
    categoryCode: 'factory_odour',
    provinceCode: 'TH-21',
    address: 'ต.มาบตาพุด อ.เมืองระยอง',
    latitude: 12.7,
    longitude: 101.15,
    factoryName: 'บริษัท ตัวอย่างเคมี จำกัด',
    complainant: COMPLAINANT,
    consent: true,
    ...overrides,
  };
}

export async function createTeam(strapi: Core.Strapi, name: string, members: TestUser[], email = `${name}@example.test`) {
  return strapi.documents('api::response-team.response-team').create({
    data: { name, kind: 'rapid_response', email, members: members.map((m) => m.id), onCall: true } as any,
  });
}

/** Files a complaint through the public API and returns the 201 body's data. */
export async function fileComplaint(app: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await app.http().post('/api/public/complaints').send(intakeBody(overrides));
  if (res.status !== 201) throw new Error(`intake failed: ${res.status} ${JSON.stringify(res.body)}`);
  const c = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { ticketNumber: res.body.data.ticketNumber } });
  return { ...res.body.data, documentId: c.documentId as string };
}

export async function complaintStaff(app: TestApp) {
  const officer = await createUser(app.strapi, 'complaint-officer');
  const memberA = await createUser(app.strapi, 'response-team-member');
  const memberB = await createUser(app.strapi, 'response-team-member');
  const staff = await createUser(app.strapi, 'authenticated');
  const teamA = await createTeam(app.strapi, 'team-a', [memberA]);
  const teamB = await createTeam(app.strapi, 'team-b', [memberB]);
  return { officer, memberA, memberB, staff, teamA, teamB };
}
