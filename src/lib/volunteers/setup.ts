import type { Core } from '@strapi/strapi';
import { ACTIVITY_UID, PARTICIPATION_UID, VOLUNTEER_UID } from './rules';
import { ensureAdminRole, type AdminRoleSpec } from '../platform/admin-roles';

/**
 * The "Volunteer coordinator" admin-panel role (ผู้ประสานงานจิตอาสา): create, read, edit and delete
 * volunteers, activities and participations, and read provinces (for the province picker) — nothing
 * else: no complaints, reports, training or users. Created at bootstrap when missing; when it exists,
 * only the permissions it lacks are added (what an administrator changed stays).
 */
export const VOLUNTEER_COORDINATOR_CODE = 'volunteer-coordinator';
export const VOLUNTEER_COORDINATOR_NAME = 'Volunteer coordinator';

export const volunteerCoordinatorRole: AdminRoleSpec = {
  code: VOLUNTEER_COORDINATOR_CODE,
  name: VOLUNTEER_COORDINATOR_NAME,
  description: 'ผู้ประสานงานจิตอาสา / Volunteers, activities, sign-ups and attendance',
  edited: [VOLUNTEER_UID, ACTIVITY_UID, PARTICIPATION_UID],
  readOnly: ['api::province.province'],
};

export const ensureVolunteerCoordinatorRole = (strapi: Core.Strapi) => ensureAdminRole(strapi, volunteerCoordinatorRole);

/** Everything the volunteer part needs at start; idempotent. */
export async function setupVolunteers(strapi: Core.Strapi) {
  return { role: await ensureVolunteerCoordinatorRole(strapi) };
}
