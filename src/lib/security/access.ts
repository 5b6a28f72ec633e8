import type { Core } from '@strapi/strapi';
import type { Actor, Scope, ScopeRule } from '../platform/actor';
import { complaintScope } from '../complaints/access';
import { projectScope, reportScope } from '../reporting/access';
import { findingScope } from '../inspections/access';
import { activityScope, certificateScope, participationScope, volunteerScope } from '../volunteers/access';

/**
 * Row-level access of the REST API in one table: for each content type whose rows depend on who
 * asks, the domain rule (src/lib/<domain>/access.ts) that says which rows the actor may see.
 * Types not listed here are all-or-nothing (the users-permissions route grants decide).
 */
const RULES: Record<string, ScopeRule> = {
  'api::complaint.complaint': complaintScope,
  'api::project.project': projectScope,
  'api::progress-report.progress-report': reportScope,
  'api::inspection-finding.inspection-finding': findingScope,
  'api::volunteer.volunteer': volunteerScope,
  'api::volunteer-activity.volunteer-activity': activityScope,
  'api::participation.participation': participationScope,
  'api::volunteer-certificate.volunteer-certificate': certificateScope,
};

/** The content types whose rows depend on who asks (relations into them are narrowed too: relation-scope.ts). */
export const ROW_SCOPED_TYPES: readonly string[] = Object.keys(RULES);

export async function scopeFor(strapi: Core.Strapi, uid: string, actor: Actor): Promise<Scope> {
  const rule = RULES[uid];
  // a scoped route on a type without a rule is a programming error, not "everything"
  if (!rule) throw new Error(`No row-level access rule for ${uid} (src/lib/security/access.ts)`);
  return rule(strapi, actor);
}
