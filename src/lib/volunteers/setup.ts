import type { Core } from '@strapi/strapi';
import { ACTIVITY_UID, PARTICIPATION_UID, VOLUNTEER_UID } from './rules';

/**
 * The "Volunteer coordinator" admin-panel role (ผู้ประสานงานจิตอาสา): create, read, edit and delete
 * volunteers, activities and participations, and read provinces (for the province picker) — nothing
 * else: no complaints, reports, training or users. Created at bootstrap when missing; when it exists,
 * only the permissions it lacks are added (what an administrator changed stays).
 */
export const VOLUNTEER_COORDINATOR_CODE = 'volunteer-coordinator';
export const VOLUNTEER_COORDINATOR_NAME = 'Volunteer coordinator';
const EDITED = [VOLUNTEER_UID, ACTIVITY_UID, PARTICIPATION_UID];
const READ_ONLY = ['api::province.province'];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

export function volunteerCoordinatorPermissions(strapi: Core.Strapi): PermissionInput[] {
  const { actionProvider } = strapi.service('admin::permission') as any;
  const contentTypeService = strapi.service('admin::content-type') as any;
  const actions = (actionProvider.values() as { actionId: string; section: string }[]).filter((a) => a.section === 'contentTypes');
  return contentTypeService
    .getPermissionsWithNestedFields(actions)
    .filter(
      (p: PermissionInput) =>
        EDITED.includes(p.subject as string) ||
        (READ_ONLY.includes(p.subject as string) && p.action === 'plugin::content-manager.explorer.read'),
    )
    .map((p: PermissionInput) => ({ action: p.action, subject: p.subject, properties: p.properties ?? {}, conditions: [] }));
}

export async function ensureVolunteerCoordinatorRole(strapi: Core.Strapi): Promise<{ created: boolean; added: number }> {
  const roleService = strapi.service('admin::role') as any;
  const permissionService = strapi.service('admin::permission') as any;
  let role =
    (await roleService.findOne({ code: VOLUNTEER_COORDINATOR_CODE })) ?? (await roleService.findOne({ name: VOLUNTEER_COORDINATOR_NAME }));
  const created = !role;
  if (!role) {
    role = await roleService.create({
      name: VOLUNTEER_COORDINATOR_NAME,
      code: VOLUNTEER_COORDINATOR_CODE,
      description: 'ผู้ประสานงานจิตอาสา / Volunteers, activities, sign-ups and attendance',
    });
  }
  const existing: { action: string; subject: string | null }[] = await permissionService.findMany({ where: { role: { id: role.id } } });
  const have = new Set(existing.map((p) => `${p.action}|${p.subject ?? ''}`));
  const missing = volunteerCoordinatorPermissions(strapi).filter((p) => !have.has(`${p.action}|${p.subject ?? ''}`));
  if (missing.length) await roleService.addPermissions(role.id, missing);
  return { created, added: missing.length };
}

/** Everything the volunteer part needs at start; idempotent. */
export async function setupVolunteers(strapi: Core.Strapi) {
  return { role: await ensureVolunteerCoordinatorRole(strapi) };
}
