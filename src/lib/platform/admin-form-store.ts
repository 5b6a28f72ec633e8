import { createHash } from 'crypto';
import type { Core, UID } from '@strapi/strapi';
import { hintOf, type AdminForm } from './admin-form';

/**
 * Writes each declared form (admin-form.ts) into the Content Manager's configuration at start: labels,
 * descriptions, read-only and hidden fields, the edit form's order, the relations' display field and the
 * entry's own. Applied when the declaration changed since it was last applied (a hash per type in the
 * store), so an administrator's own rearrangement stays until the declaration itself changes.
 */
const VERSION = 1;
const ROW = 12;

interface Meta {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Meta>;
  layouts: { list?: string[]; edit: { name: string; size: number }[][] };
}
interface Attribute {
  type: string;
  target?: string;
}

/** Long text reads best across the whole row. */
const WIDE = new Set(['text', 'richtext', 'json', 'component', 'dynamiczone', 'blocks']);

function editLayout(
  strapi: Core.Strapi,
  form: AdminForm,
  attributes: Record<string, Attribute>,
  current: Configuration['layouts']['edit'],
): Configuration['layouts']['edit'] {
  const sizes = strapi.plugin('content-manager').service('field-sizes');
  const shown = new Map(current.flat().map((f) => [f.name, f.size]));
  const hidden = new Set(form.hidden ?? []);
  const declared = Object.keys(form.fields);
  const order = [...declared.filter((f) => shown.has(f)), ...[...shown.keys()].filter((f) => !declared.includes(f))].filter(
    (f) => !hidden.has(f),
  );
  const rows: { name: string; size: number }[][] = [];
  let row: { name: string; size: number }[] = [];
  let used = 0;
  for (const name of order) {
    const type = attributes[name]?.type ?? 'string';
    const fixed = sizes.hasFieldSize(type) ? sizes.getFieldSize(type) : { default: 6, isResizable: true };
    const size = !fixed.isResizable ? fixed.default : WIDE.has(type) ? ROW : fixed.default;
    if (used + size > ROW) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ name, size });
    used += size;
  }
  if (row.length) rows.push(row);
  return rows;
}

export async function configureAdminForms(strapi: Core.Strapi, forms: Record<string, AdminForm>) {
  const store = strapi.store({ type: 'plugin', name: 'mind_desk' });
  const cm = strapi.plugin('content-manager');
  let applied = 0;
  for (const [uid, form] of Object.entries(forms)) {
    const contentType = strapi.contentTypes[uid as UID.ContentType];
    const component = strapi.components[uid as UID.Component];
    const model = contentType ?? component;
    if (!model) continue;
    const service = cm.service(contentType ? 'content-types' : 'components');
    const key = `admin-form:${uid}`;
    const hash = `${VERSION}:${createHash('sha256').update(JSON.stringify(form)).digest('hex').slice(0, 16)}`;
    if ((await store.get({ key })) === hash) continue;

    const attributes = model.attributes as Record<string, Attribute>;
    const conf = (await service.findConfiguration(model)) as Configuration;
    const readOnly = new Set(form.readOnly ?? []);
    const hidden = new Set(form.hidden ?? []);
    const metadatas: Record<string, Meta> = { ...conf.metadatas };
    for (const [name, text] of Object.entries(form.fields)) {
      const meta = metadatas[name];
      if (!meta || !attributes[name]) continue;
      const target = attributes[name].target ? forms[attributes[name].target!]?.mainField : undefined;
      metadatas[name] = {
        edit: {
          ...meta.edit,
          label: text[0],
          description: hintOf(text),
          editable: !readOnly.has(name),
          ...(hidden.has(name) ? { visible: false } : {}),
          ...(target ? { mainField: target } : {}),
        },
        list: { ...meta.list, label: text[0], ...(target ? { mainField: target } : {}) },
      };
    }
    await service.updateConfiguration(model, {
      settings: { ...conf.settings, ...(form.mainField ? { mainField: form.mainField } : {}) },
      metadatas,
      layouts: { ...conf.layouts, edit: editLayout(strapi, form, attributes, conf.layouts.edit) },
    });
    await store.set({ key, value: hash });
    applied++;
  }
  return applied;
}
