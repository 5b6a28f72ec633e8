import type { Core } from '@strapi/strapi';
import { USER_UID } from '../platform/model';

/**
 * Who must acknowledge a material: users of its required roles, narrowed — when the material names
 * any — to the agencies and provinces it names. A user belongs to an agency as one of its reporting
 * officers, and to the provinces the response teams they lead or belong to cover (the places the
 * data model already ties people to).
 */
export interface Audience {
  roleIds: number[];
  agencyIds: number[];
  provinceIds: number[];
}

/** Where a user works, as the audience rule reads it. */
export interface Member {
  roleId?: number | null;
  agencyIds: number[];
  provinceIds: number[];
}

type Ref = { id?: number | string | null } | null | undefined;
const ids = (list: Ref[] | null | undefined): number[] => (list ?? []).map((r) => Number(r?.id)).filter((n) => Number.isFinite(n));

/** The audience of a material read with its `requiredForRoles`, `requiredForAgencies` and `requiredForProvinces`. */
export function audienceOf(material: {
  requiredForRoles?: Ref[] | null;
  requiredForAgencies?: Ref[] | null;
  requiredForProvinces?: Ref[] | null;
}): Audience {
  return {
    roleIds: ids(material.requiredForRoles),
    agencyIds: ids(material.requiredForAgencies),
    provinceIds: ids(material.requiredForProvinces),
  };
}

/** True when the user must acknowledge: their role is required, and so is (if narrowed) one of their agencies and provinces. */
export function mustAcknowledge(audience: Audience, member: Member): boolean {
  if (!member.roleId || !audience.roleIds.includes(member.roleId)) return false;
  if (audience.agencyIds.length && !member.agencyIds.some((a) => audience.agencyIds.includes(a))) return false;
  if (audience.provinceIds.length && !member.provinceIds.some((p) => audience.provinceIds.includes(p))) return false;
  return true;
}

/** The agencies and provinces a user works in (see above). */
export async function placesOf(strapi: Core.Strapi, userId: number): Promise<Pick<Member, 'agencyIds' | 'provinceIds'>> {
  const agencies: { id: number }[] = await strapi.db
    .query('api::agency.agency')
    .findMany({ where: { reportingOfficers: { id: userId } }, select: ['id'] });
  const teams: { provinces?: { id: number }[] }[] = await strapi.db.query('api::response-team.response-team').findMany({
    where: { $or: [{ lead: { id: userId } }, { members: { id: userId } }] },
    select: ['id'],
    populate: { provinces: { select: ['id'] } },
  });
  return { agencyIds: agencies.map((a) => a.id), provinceIds: [...new Set(teams.flatMap((t) => (t.provinces ?? []).map((p) => p.id)))] };
}

/**
 * The ids of the active (not blocked) users who must acknowledge a material with this audience. Bounded by
 * the audience: users of the required roles, then narrowed by agency officers and team members.
 */
export async function usersWhoMustAcknowledge(strapi: Core.Strapi, audience: Audience): Promise<number[]> {
  if (!audience.roleIds.length) return [];
  const where: Record<string, unknown>[] = [{ role: { id: { $in: audience.roleIds } } }, { blocked: false }];
  if (audience.agencyIds.length) {
    const agencies: { reportingOfficers?: { id: number }[] }[] = await strapi.db.query('api::agency.agency').findMany({
      where: { id: { $in: audience.agencyIds } },
      select: ['id'],
      populate: { reportingOfficers: { select: ['id'] } },
    });
    where.push({ id: { $in: agencies.flatMap((a) => (a.reportingOfficers ?? []).map((u) => u.id)) } });
  }
  if (audience.provinceIds.length) {
    const teams: { lead?: { id: number } | null; members?: { id: number }[] }[] = await strapi.db
      .query('api::response-team.response-team')
      .findMany({
        where: { provinces: { id: { $in: audience.provinceIds } } },
        select: ['id'],
        populate: { lead: { select: ['id'] }, members: { select: ['id'] } },
      });
    where.push({ id: { $in: teams.flatMap((t) => [...(t.lead ? [t.lead.id] : []), ...(t.members ?? []).map((u) => u.id)]) } });
  }
  const users: { id: number }[] = await strapi.db.query(USER_UID).findMany({ where: { $and: where }, select: ['id'] });
  return users.map((u) => u.id);
}
