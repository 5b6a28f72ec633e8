import type { Core, UID } from '@strapi/strapi';

/**
 * The users-permissions roles: citizens, staff and the division's specialised users. The content-API
 * actions each may call are declared by the domains' manifests (src/lib/manifests.ts assembles them). Applied at every bootstrap: missing
 * roles and permissions are added; nothing is ever removed, so what an administrator granted by hand
 * survives.
 */
const ROLES = [
  { type: 'public', name: 'Public', description: 'ประชาชนทั่วไป / Citizens, without login' },
  { type: 'authenticated', name: 'Authenticated', description: 'เจ้าหน้าที่ทั่วไป / Staff' },
  {
    type: 'complaint-officer',
    name: 'Complaint officer',
    description: 'เจ้าหน้าที่รับเรื่องร้องเรียน / Complaint officers and division staff',
  },
  { type: 'response-team-member', name: 'Response team member', description: 'ทีมม้าเร็ว / Rapid-response team members' },
  {
    type: 'agency-officer',
    name: 'Agency reporting officer',
    description: 'เจ้าหน้าที่รายงานของหน่วยงาน / Agency reporting officers',
  },
  { type: 'volunteer-coordinator', name: 'Volunteer coordinator', description: 'ผู้ประสานงานจิตอาสา / Volunteer coordinators' },
  { type: 'volunteer', name: 'Volunteer', description: 'จิตอาสา / Volunteers with an account' },
  {
    type: 'inspector',
    name: 'Inspector',
    description: 'ผู้ตรวจราชการ / Inspectors: plan inspections, record findings, follow them up',
  },
] as const;

export type RoleType = (typeof ROLES)[number]['type'];

/** Every role but `public`: what a signed-in user of any role may call. */
export const SIGNED_IN: RoleType[] = ROLES.map((r) => r.type).filter((t) => t !== 'public');

export interface RoleDeclaration {
  type: string;
  name: string;
  description: string;
  actions: string[];
}

/** Each role with the union of the actions the manifests grant it, in manifest order. */
export function roleDeclarationsOf(grants: Partial<Record<RoleType, string[]>>[]): RoleDeclaration[] {
  return ROLES.map((r) => ({ ...r, actions: [...new Set(grants.flatMap((g) => g[r.type] ?? []))] }));
}

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/** True when `action` ("api::x.y.find", "plugin::p.ctrl.action") names a controller action that exists. */
function actionExists(strapi: Core.Strapi, action: string): boolean {
  const cut = action.lastIndexOf('.');
  const controllerUid = action.slice(0, cut);
  const method = action.slice(cut + 1);
  try {
    const controller = strapi.controller(controllerUid as UID.Controller) as unknown as Record<string, unknown> | undefined;
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

export async function applyRoles(strapi: Core.Strapi, declarations: RoleDeclaration[]): Promise<ApplyRolesResult> {
  const result: ApplyRolesResult = { rolesCreated: 0, permissionsCreated: 0, unknownActions: [] };
  for (const decl of declarations) {
    let role = await strapi.db.query(ROLE).findOne({ where: { type: decl.type } });
    if (!role) {
      role = await strapi.db.query(ROLE).create({ data: { type: decl.type, name: decl.name, description: decl.description } });
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
