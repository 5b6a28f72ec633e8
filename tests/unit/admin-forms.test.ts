import fs from 'fs';
import path from 'path';
import { adminForms, domainAdminForms, enumLabels } from '../../src/lib/admin-forms';
import { COMPLAINT_WORKFLOW_FIELDS } from '../../src/lib/complaints/model';
import { REPORT_WORKFLOW_FIELDS } from '../../src/lib/reporting/model';

/**
 * Every field of every content type and component reads like a form an official would design: a Thai
 * and an English label and a one-line description in each language, enumeration values in both
 * languages, the type's name matching its schema's displayName. A new type or field without its line
 * in its domain's `admin-form.ts` (src/lib/<domain>/admin-form.ts) fails here, naming it.
 */
const src = path.resolve(__dirname, '..', '..', 'src');
interface Schema {
  uid: string;
  file: string;
  info: { displayName: string };
  attributes: Record<string, { type: string; enum?: string[]; target?: string }>;
}
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const contentTypes: Schema[] = fs.readdirSync(path.join(src, 'api')).flatMap((api) => {
  const dir = path.join(src, 'api', api, 'content-types');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((name) => {
    const file = path.join(dir, name, 'schema.json');
    return { uid: `api::${api}.${name}`, file, ...readJson(file) };
  });
});
const components: Schema[] = fs.readdirSync(path.join(src, 'components')).flatMap((category) =>
  fs
    .readdirSync(path.join(src, 'components', category))
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const file = path.join(src, 'components', category, f);
      return { uid: `${category}.${f.replace(/\.json$/, '')}`, file, ...readJson(file) };
    }),
);
const schemas = [...contentTypes, ...components];
const THAI = /[\u0E00-\u0E7F]/;

describe('admin forms: every field has a Thai and English label and description', () => {
  it('finds the schemas', () => {
    expect(contentTypes.length).toBeGreaterThan(20);
    expect(components.length).toBeGreaterThan(0);
  });

  it('declares every type, named as its schema names it', () => {
    const problems: string[] = [];
    for (const s of schemas) {
      const form = adminForms[s.uid];
      if (!form) {
        problems.push(`${s.uid}: no form; add it to its domain's src/lib/<domain>/admin-form.ts`);
        continue;
      }
      if (`${form.name[0]} / ${form.name[1]}` !== s.info.displayName)
        problems.push(`${s.uid}: name ${form.name.join(' / ')} differs from the schema's displayName ${s.info.displayName}`);
    }
    expect(problems).toEqual([]);
  });

  it('labels and describes every attribute in Thai and English, and only attributes that exist', () => {
    const problems: string[] = [];
    for (const s of schemas) {
      const form = adminForms[s.uid];
      if (!form) continue;
      for (const attr of Object.keys(s.attributes)) {
        const f = form.fields[attr];
        if (!f) {
          problems.push(`${s.uid}.${attr}: no label`);
          continue;
        }
        const [th, en, hintTh, hintEn] = f;
        if (!THAI.test(th) || !THAI.test(hintTh)) problems.push(`${s.uid}.${attr}: the Thai label or description is not Thai`);
        if (!en.trim() || !hintEn.trim()) problems.push(`${s.uid}.${attr}: the English label or description is empty`);
        if ([th, en].includes(attr)) problems.push(`${s.uid}.${attr}: labelled with its attribute name`);
        if (/\n/.test(hintTh + hintEn)) problems.push(`${s.uid}.${attr}: a description of more than one line`);
      }
      for (const name of [
        ...Object.keys(form.fields),
        ...(form.readOnly ?? []),
        ...(form.hidden ?? []),
        ...Object.keys(form.enums ?? {}),
      ]) {
        if (!s.attributes[name]) problems.push(`${s.uid}: declares "${name}", which the schema does not have`);
      }
      if (form.mainField && !s.attributes[form.mainField]) problems.push(`${s.uid}: mainField ${form.mainField} is not an attribute`);
    }
    for (const uid of Object.keys(adminForms)) {
      if (!schemas.some((s) => s.uid === uid)) problems.push(`${uid}: declared, but there is no such type`);
    }
    expect(problems).toEqual([]);
  });

  it('names every enumeration value in Thai and English, one reading per value across domains', () => {
    const problems: string[] = [];
    for (const s of schemas) {
      const form = adminForms[s.uid];
      for (const [attr, a] of Object.entries(s.attributes)) {
        for (const value of a.enum ?? []) {
          const label = form?.enums?.[attr]?.[value] ?? enumLabels[value];
          if (!label) problems.push(`${s.uid}.${attr}: no label for the value "${value}"`);
          else if (!label[0].trim() || !label[1].trim()) problems.push(`${s.uid}.${attr}: an empty label for "${value}"`);
        }
      }
    }
    const seen: Record<string, string> = {};
    for (const forms of domainAdminForms) {
      for (const [value, [th, en]] of Object.entries(forms.enums ?? {})) {
        const reading = `${th} / ${en}`;
        if (seen[value] && seen[value] !== reading)
          problems.push(
            `"${value}" reads "${seen[value]}" in one domain and "${reading}" in another: give the field its own in the form's enums`,
          );
        seen[value] = reading;
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves the fields the workflow owns read-only, and a relation shows its target by name', () => {
    expect(adminForms['api::complaint.complaint'].readOnly).toEqual(expect.arrayContaining([...COMPLAINT_WORKFLOW_FIELDS, 'state']));
    expect(adminForms['api::progress-report.progress-report'].readOnly).toEqual(
      expect.arrayContaining([...REPORT_WORKFLOW_FIELDS, 'state']),
    );
    expect(adminForms['api::complaint.complaint'].hidden).toContain('updates');
    const problems: string[] = [];
    for (const s of contentTypes) {
      for (const [attr, a] of Object.entries(s.attributes)) {
        if (a.type !== 'relation' || !a.target?.startsWith('api::')) continue;
        if (!adminForms[a.target]?.mainField) problems.push(`${s.uid}.${attr}: its target ${a.target} has no mainField`);
      }
    }
    expect(problems).toEqual([]);
    expect(adminForms['api::province.province'].mainField).toBe('nameTh');
    expect(adminForms['api::complaint-category.complaint-category'].mainField).toBe('nameTh');
  });
});
