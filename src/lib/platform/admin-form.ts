/**
 * How a content type reads in the admin panel's Content Manager: a Thai and English label and a one-line
 * description for every field, the order of the edit form, the fields the workflow owns (read-only),
 * the fields shown elsewhere (hidden) and the field that names an entry in relations and lists.
 *
 * Pure data: the server applies it to the Content Manager's configuration at start
 * (admin-form-store.ts) and the admin bundle turns it into translations (src/admin/translations), so
 * the label a Thai official reads and the English one come from the same line. Each domain declares
 * its types in its own `admin-form.ts`, listed in its manifest (`adminForms`); a field without a
 * label fails tests/unit/admin-forms.test.ts.
 */

/** [Thai label, English label, Thai description, English description] */
export type FieldText = readonly [th: string, en: string, hintTh: string, hintEn: string];

/** [Thai, English] */
export type Bilingual = readonly [th: string, en: string];

export interface AdminForm {
  /** the type's name, Thai and English; its schema's displayName is "<Thai> / <English>" */
  name: Bilingual;
  /** the attribute that names an entry where another type links to it (e.g. a province by its Thai name) */
  mainField?: string;
  /** every attribute of the type, in the order the edit form shows them */
  fields: Record<string, FieldText>;
  /** attributes only the workflow writes: shown, not editable in the panel */
  readOnly?: readonly string[];
  /** attributes not shown in the edit form (e.g. the complaint timeline, shown as a side panel) */
  hidden?: readonly string[];
  /** an enumeration value that reads differently in this field than in the domain's `enums` */
  enums?: Record<string, Record<string, Bilingual>>;
}

export interface AdminForms {
  /** per content-type or component UID */
  types: Record<string, AdminForm>;
  /**
   * Enumeration values in Thai and English, by stored value (the value stored and sent by the API stays
   * the English key; only what the panel shows changes). One value reads the same in every type of every
   * domain; a field where it means something else says so in its form's `enums`.
   */
  enums?: Record<string, Bilingual>;
}

/** The description stored in the Content Manager's configuration: it is shown as written, in both languages. */
export const hintOf = (f: FieldText) => `${f[2]} (${f[3]})`;
