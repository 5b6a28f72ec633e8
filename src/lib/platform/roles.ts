import type { Core } from '@strapi/strapi';

/**
 * The users-permissions roles of DESIGN.md §1 and the content-API actions each may call.
 * Applied at every bootstrap: missing roles and permissions are added; nothing is ever removed,
 * so what an administrator granted by hand survives. Later features add their actions here.
 */
export interface RoleDeclaration {
  type: string;
  name: string;
  description: string;
  actions: string[];
}

const readReference = [
  'api::province.province.find',
  'api::province.province.findOne',
  'api::agency.agency.find',
  'api::agency.agency.findOne',
];

/** Training (issue 6): anyone may browse; the controller shows callers without login only public materials. */
const readTraining = [
  'api::training-material.training-material.find',
  'api::training-material.training-material.findOne',
  'api::training-material.training-material.search',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::fund.fund.find',
  'api::fund.fund.findOne',
];
const staffTraining = [
  ...readTraining,
  'api::training-material.training-material.myRequired',
  'api::training-material.training-material.acknowledge',
];

/** Complaints (issue 3). Public intake and tracking are `auth: false` routes, rate-limited. */
const readComplaintReference = [
  'api::complaint-category.complaint-category.find',
  'api::complaint-category.complaint-category.findOne',
  'api::response-team.response-team.find',
  'api::response-team.response-team.findOne',
];
const complaintOfficer = [
  ...readComplaintReference,
  'api::complaint.complaint.find',
  'api::complaint.complaint.findOne',
  'api::complaint.complaint.create',
  'api::complaint.complaint.update',
  'api::complaint.complaint.transition',
  'api::complaint.complaint.assign',
  'api::complaint.complaint.addNote',
  'api::complaint.complaint.addFieldVisit',
];
/** The controller limits team members to their own team's complaints and to in_progress/resolved. */
const responseTeamMember = [
  ...readComplaintReference,
  'api::complaint.complaint.find',
  'api::complaint.complaint.findOne',
  'api::complaint.complaint.transition',
  'api::complaint.complaint.addFieldVisit',
];

/** Inspections (issue 7). Agency officers see only their own agency's findings (the controller scopes them). */
const inspector = [
  'api::inspection.inspection.find',
  'api::inspection.inspection.findOne',
  'api::inspection.inspection.create',
  'api::inspection.inspection.update',
  'api::inspection.inspection.transition',
  'api::inspection.inspection.summary',
  'api::inspection.inspection.summaryCsv',
  'api::inspection-finding.inspection-finding.find',
  'api::inspection-finding.inspection-finding.findOne',
  'api::inspection-finding.inspection-finding.create',
  'api::inspection-finding.inspection-finding.update',
  'api::inspection-finding.inspection-finding.accept',
  'api::inspection-finding.inspection-finding.reopen',
];
const agencyFindings = [
  'api::inspection-finding.inspection-finding.find',
  'api::inspection-finding.inspection-finding.findOne',
  'api::inspection-finding.inspection-finding.respond',
];

/**
 * Volunteers (issue 5). The controllers limit a volunteer to their own profile and participations
 * (anyone else's is 404) and to open, upcoming activities plus their own.
 */
const volunteerSelf = [
  'api::volunteer.volunteer.find',
  'api::volunteer.volunteer.findOne',
  'api::volunteer.volunteer.me',
  'api::volunteer-activity.volunteer-activity.find',
  'api::volunteer-activity.volunteer-activity.findOne',
  'api::volunteer-activity.volunteer-activity.signUp',
  'api::participation.participation.find',
  'api::participation.participation.findOne',
  'api::participation.participation.cancel',
];
const volunteerCoordination = [
  ...volunteerSelf,
  'api::volunteer.volunteer.create',
  'api::volunteer.volunteer.update',
  'api::volunteer-activity.volunteer-activity.create',
  'api::volunteer-activity.volunteer-activity.update',
  'api::volunteer-activity.volunteer-activity.cancel',
  'api::volunteer-activity.volunteer-activity.exportParticipants',
  'api::participation.participation.attendance',
  'api::participation.participation.hours',
  'api::participation.participation.exportHours',
];

/**
 * Every signed-in role manages its own account: change its password, log out, list and revoke its
 * sessions (Strapi grants these to `authenticated` only; the other roles could not change a password).
 */
const ownAccount = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  'plugin::users-permissions.auth.logout',
  'plugin::users-permissions.auth.getSessions',
  'plugin::users-permissions.auth.revokeSession',
];

const signedIn = [...ownAccount, ...readReference, ...staffTraining];

/** Mandatory reporting. The controllers limit agency officers to their own agencies' projects (else 404). */
const agencyReporting = [
  'api::project.project.find',
  'api::project.project.findOne',
  'api::progress-report.progress-report.find',
  'api::progress-report.progress-report.findOne',
  'api::progress-report.progress-report.submit',
  'plugin::upload.content-api.upload',
];
const reportReview = [
  'api::project.project.find',
  'api::project.project.findOne',
  'api::progress-report.progress-report.find',
  'api::progress-report.progress-report.findOne',
  'api::progress-report.progress-report.accept',
  'api::progress-report.progress-report.returnReport',
];

export const roleDeclarations: RoleDeclaration[] = [
  {
    type: 'public',
    name: 'Public',
    description: 'ประชาชนทั่วไป / Citizens, without login',
    actions: [
      'api::province.province.find',
      'api::province.province.findOne',
      'api::complaint-category.complaint-category.find',
      'api::complaint-category.complaint-category.findOne',
      ...readTraining,
    ],
  },
  {
    type: 'authenticated',
    name: 'Authenticated',
    description: 'เจ้าหน้าที่ทั่วไป / Staff',
    actions: [...signedIn],
  },
  {
    type: 'complaint-officer',
    name: 'Complaint officer',
    description: 'เจ้าหน้าที่รับเรื่องร้องเรียน / Complaint officers and division staff',
    actions: [...signedIn, ...complaintOfficer, ...reportReview],
  },
  {
    type: 'response-team-member',
    name: 'Response team member',
    description: 'ทีมม้าเร็ว / Rapid-response team members',
    actions: [...signedIn, ...responseTeamMember],
  },
  {
    type: 'agency-officer',
    name: 'Agency reporting officer',
    description: 'เจ้าหน้าที่รายงานของหน่วยงาน / Agency reporting officers',
    actions: [...signedIn, ...agencyReporting, ...agencyFindings],
  },
  {
    type: 'volunteer-coordinator',
    name: 'Volunteer coordinator',
    description: 'ผู้ประสานงานจิตอาสา / Volunteer coordinators',
    actions: [...signedIn, ...volunteerCoordination],
  },
  {
    type: 'volunteer',
    name: 'Volunteer',
    description: 'จิตอาสา / Volunteers with an account',
    actions: [...signedIn, ...volunteerSelf],
  },  {
    type: 'inspector',
    name: 'Inspector',
    description: 'ผู้ตรวจราชการ / Inspectors: plan inspections, record findings, follow them up',
    actions: [...signedIn, ...inspector, 'api::project.project.find', 'api::project.project.findOne'],
  },
];

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/** True when `action` ("api::x.y.find", "plugin::p.ctrl.action") names a controller action that exists. */
function actionExists(strapi: Core.Strapi, action: string): boolean {
  const cut = action.lastIndexOf('.');
  const controllerUid = action.slice(0, cut);
  const method = action.slice(cut + 1);
  try {
    const controller = strapi.controller(controllerUid as any) as unknown as Record<string, unknown> | undefined;
    return typeof controller?.[method] === 'function';
  } catch {
    return false;
  }
}

export interface ApplyRolesResult {
  rolesCreated: number;
  permissionsCreated: number;
  unknownActions: string[];
}

export async function applyRoles(
  strapi: Core.Strapi,
  declarations: RoleDeclaration[] = roleDeclarations,
): Promise<ApplyRolesResult> {
  const result: ApplyRolesResult = { rolesCreated: 0, permissionsCreated: 0, unknownActions: [] };
  for (const decl of declarations) {
    let role = await strapi.db.query(ROLE).findOne({ where: { type: decl.type } });
    if (!role) {
      role = await strapi.db
        .query(ROLE)
        .create({ data: { type: decl.type, name: decl.name, description: decl.description } });
      result.rolesCreated++;
    }
    const existing = await strapi.db.query(PERMISSION).findMany({
      where: { role: role.id },
      select: ['action'],
    });
    const have = new Set(existing.map((p: { action: string }) => p.action));
    for (const action of new Set(decl.actions)) {
      if (have.has(action)) continue;
      if (!actionExists(strapi, action)) {
        result.unknownActions.push(`${decl.type}:${action}`);
        continue;
      }
      await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
      result.permissionsCreated++;
    }
  }
  if (result.unknownActions.length) {
    strapi.log.warn(`roles: actions with no controller, not granted: ${result.unknownActions.join(', ')}`);
  }
  return result;
}
