import type { Core } from '@strapi/strapi';
import { ACK_UID, FUND_UID, MATERIAL_UID, ROLE_UID, TOPIC_UID, TRAINING_LOCALES } from './constants';

/**
 * Creates the training locales that are missing. The first time Thai is created it becomes the
 * default locale; afterwards the default is whatever an administrator chose.
 */
export async function ensureTrainingLocales(strapi: Core.Strapi): Promise<string[]> {
  const locales = strapi.plugin('i18n').service('locales');
  const created: string[] = [];
  for (const locale of TRAINING_LOCALES) {
    if (await locales.findByCode(locale.code)) continue;
    try {
      await locales.create({ code: locale.code, name: locale.name });
    } catch (err) {
      // another instance starting on the same database created it first
      if (await locales.findByCode(locale.code)) continue;
      throw err;
    }
    created.push(locale.code);
    if (locale.code === 'th') await locales.setDefaultLocale({ code: 'th' });
  }
  return created;
}

/** Trigram indexes on the searched columns, matching Strapi's `$containsi` SQL on PostgreSQL. */
export const SEARCH_INDEXES = ['title', 'summary', 'body'].map((column) => ({
  name: `training_materials_${column}_trgm`,
  column,
}));

/**
 * On PostgreSQL: enables pg_trgm and creates GIN trigram indexes on LOWER(CAST(col AS VARCHAR)),
 * the exact expression Strapi generates for `$containsi`, so substring search (Thai included) is an
 * index scan. Idempotent. Where the extension cannot be created (no privilege), it logs a warning
 * and search still works with sequential scans. On SQLite it does nothing.
 */
export async function ensureSearchIndexes(strapi: Core.Strapi): Promise<boolean> {
  if (strapi.db.dialect.client !== 'postgres') return false;
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(MATERIAL_UID).tableName;
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const index of SEARCH_INDEXES) {
      await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin ((LOWER(CAST(?? AS VARCHAR))) gin_trgm_ops)`, [
        index.name,
        table,
        index.column,
      ]);
    }
    return true;
  } catch (err) {
    strapi.log.warn(`training search: trigram indexes not created (${(err as Error).message}); search still works, unindexed`);
    return false;
  }
}

export const TRAINING_EDITOR_CODE = 'training-editor';
const EDITED = [MATERIAL_UID, FUND_UID, TOPIC_UID];
const READ_ONLY = [ACK_UID];
const UPLOAD_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** The admin-panel permissions of the training editor: the training types, read-only acknowledgements, media library. */
export function trainingEditorPermissions(strapi: Core.Strapi): PermissionInput[] {
  const { actionProvider } = strapi.service('admin::permission') as any;
  const contentTypeService = strapi.service('admin::content-type') as any;
  const actions = (actionProvider.values() as { actionId: string; section: string; subjects?: string[] }[]).filter(
    (a) => a.section === 'contentTypes',
  );
  const locales = TRAINING_LOCALES.map((l) => l.code);
  const permissions: PermissionInput[] = contentTypeService
    .getPermissionsWithNestedFields(actions)
    .filter(
      (p: PermissionInput) =>
        EDITED.includes(p.subject as any) ||
        (READ_ONLY.includes(p.subject as any) && p.action === 'plugin::content-manager.explorer.read'),
    )
    .map((p: PermissionInput) => ({
      action: p.action,
      subject: p.subject,
      properties: {
        ...(p.properties ?? {}),
        ...(p.subject === MATERIAL_UID ? { locales } : {}),
      },
      conditions: [],
    }));
  // So that the "required for roles" picker shows role names: read the names of users-permissions
  // roles (not shown in the content manager, so this opens nothing else).
  const read = actions.find((a) => a.actionId === 'plugin::content-manager.explorer.read');
  if (read?.subjects?.includes(ROLE_UID)) {
    permissions.push({
      action: 'plugin::content-manager.explorer.read',
      subject: ROLE_UID,
      properties: { fields: ['name', 'description', 'type'] },
      conditions: [],
    });
  }
  for (const action of UPLOAD_ACTIONS) permissions.push({ action, subject: null, properties: {}, conditions: [] });
  return permissions;
}

/**
 * The "training editor" admin role (ผู้แก้ไขสื่อการอบรม): create, edit and publish training
 * materials, funds and topics in both locales; read acknowledgements. Created when missing; when it
 * exists, only the permissions it lacks are added (what an administrator changed stays).
 */
export async function ensureTrainingEditorRole(strapi: Core.Strapi): Promise<{ created: boolean; added: number }> {
  const roleService = strapi.service('admin::role') as any;
  const permissionService = strapi.service('admin::permission') as any;
  let role =
    (await roleService.findOne({ code: TRAINING_EDITOR_CODE })) ?? (await roleService.findOne({ name: 'Training editor' }));
  let created = !role;
  if (!role) {
    try {
      role = await roleService.create({
        name: 'Training editor',
        code: TRAINING_EDITOR_CODE,
        description: 'ผู้แก้ไขสื่อการอบรม / Writes and publishes training materials, funds and topics',
      });
    } catch (err) {
      // another instance starting on the same database created it first
      role = await roleService.findOne({ code: TRAINING_EDITOR_CODE });
      if (!role) throw err;
      created = false;
    }
  }
  const existing: { action: string; subject: string | null }[] = await permissionService.findMany({
    where: { role: { id: role.id } },
  });
  const have = new Set(existing.map((p) => `${p.action}|${p.subject ?? ''}`));
  const missing = trainingEditorPermissions(strapi).filter((p) => !have.has(`${p.action}|${p.subject ?? ''}`));
  if (missing.length) await roleService.addPermissions(role.id, missing);
  return { created, added: missing.length };
}

/** Everything the training part needs at start; idempotent. */
export async function setupTraining(strapi: Core.Strapi) {
  const locales = await ensureTrainingLocales(strapi);
  const indexed = await ensureSearchIndexes(strapi);
  const editor = await ensureTrainingEditorRole(strapi);
  return { locales, indexed, editor };
}
