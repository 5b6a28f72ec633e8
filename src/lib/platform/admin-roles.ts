import type { Core } from '@strapi/strapi';

/**
 * Custom admin-panel roles (Community edition) limited to some content types. Created when missing;
 * when the role exists, only the permissions it lacks are added, so what an administrator changed stays.
 */
export interface AdminRoleSpec {
  code: string;
  name: string;
  description: string;
  /** types the role creates, reads, updates, deletes (and publishes, where drafts exist) */
  edited: string[];
  /** types the role only reads */
  readOnly?: string[];
  /** locales granted on localized types (all locales when absent) */
  locales?: Record<string, string[]>;
  /** media library access (upload, read, download) */
  media?: boolean;
  /** further permissions, e.g. reading a plugin type's few fields */
  extra?: (strapi: Core.Strapi) => PermissionInput[];
}

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/** What is used here of the admin's services (Strapi exports no types for them). */
interface AdminPermissionService {
  actionProvider: { values(): unknown[] };
  findMany(params: { where: Record<string, unknown> }): Promise<{ action: string; subject: string | null }[]>;
}
interface AdminContentTypeService {
  getPermissionsWithNestedFields(actions: { actionId: string; section: string }[]): PermissionInput[];
}
interface AdminRoleService {
  findOne(params: Record<string, unknown>): Promise<{ id: number } | null>;
  create(params: { name: string; code: string; description: string }): Promise<{ id: number }>;
  addPermissions(roleId: number, permissions: PermissionInput[]): Promise<unknown>;
}

function adminRolePermissions(strapi: Core.Strapi, spec: AdminRoleSpec): PermissionInput[] {
  const { actionProvider } = strapi.service('admin::permission') as unknown as AdminPermissionService;
  const contentTypeService = strapi.service('admin::content-type') as unknown as AdminContentTypeService;
  const actions = (actionProvider.values() as { actionId: string; section: string }[]).filter((a) => a.section === 'contentTypes');
  const readOnly = spec.readOnly ?? [];
  const permissions: PermissionInput[] = contentTypeService
    .getPermissionsWithNestedFields(actions)
    .filter(
      (p: PermissionInput) =>
        spec.edited.includes(p.subject as string) ||
        (readOnly.includes(p.subject as string) && p.action === 'plugin::content-manager.explorer.read'),
    )
    .map((p: PermissionInput) => ({
      action: p.action,
      subject: p.subject,
      properties: {
        ...(p.properties ?? {}),
        ...(spec.locales?.[p.subject as string] ? { locales: spec.locales[p.subject as string] } : {}),
      },
      conditions: [],
    }));
  if (spec.media) for (const action of MEDIA_ACTIONS) permissions.push({ action, subject: null, properties: {}, conditions: [] });
  if (spec.extra) permissions.push(...spec.extra(strapi));
  return permissions;
}

export async function ensureAdminRole(strapi: Core.Strapi, spec: AdminRoleSpec): Promise<{ created: boolean; added: number }> {
  const roleService = strapi.service('admin::role') as unknown as AdminRoleService;
  const permissionService = strapi.service('admin::permission') as unknown as AdminPermissionService;
  let role = (await roleService.findOne({ code: spec.code })) ?? (await roleService.findOne({ name: spec.name }));
  let created = !role;
  if (!role) {
    try {
      role = await roleService.create({ name: spec.name, code: spec.code, description: spec.description });
    } catch (err) {
      // another instance starting on the same database created it first
      role = await roleService.findOne({ code: spec.code });
      if (!role) throw err;
      created = false;
    }
  }
  const existing: { action: string; subject: string | null }[] = await permissionService.findMany({ where: { role: { id: role.id } } });
  const have = new Set(existing.map((p) => `${p.action}|${p.subject ?? ''}`));
  const missing = adminRolePermissions(strapi, spec).filter((p) => !have.has(`${p.action}|${p.subject ?? ''}`));
  if (missing.length) await roleService.addPermissions(role.id, missing);
  return { created, added: missing.length };
}

/** The division's admin-panel roles besides Super Admin, as the domains' manifests declare them. */
export async function ensureAdminRoles(strapi: Core.Strapi, specs: AdminRoleSpec[]) {
  for (const spec of specs) await ensureAdminRole(strapi, spec);
}
