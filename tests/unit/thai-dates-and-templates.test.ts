import { renderTemplate } from '../../src/lib/platform/email-templates';
import { templateCatalog, validateTemplate } from '../../src/lib/manifests';
import { formatThaiDate, formatThaiDateTime, buddhistYear, formatEnglishDate } from '../../src/lib/platform/thai-date';

describe('Thai dates', () => {
  it('prints the Bangkok date in Thai with the Buddhist year', () => {
    // 2026-11-24 18:30 UTC is already the 25th in Bangkok
    const d = new Date('2026-11-24T18:30:00Z');
    expect(formatThaiDate(d)).toBe('25 พฤศจิกายน 2569');
    expect(formatThaiDate(d, { month: 'short' })).toBe('25 พ.ย. 2569');
    expect(formatThaiDateTime(d)).toBe('25 พฤศจิกายน 2569 เวลา 01:30 น.');
    expect(buddhistYear(d)).toBe(2569);
    expect(formatEnglishDate(d)).toBe('25 November 2026');
  });
});

describe('template validation', () => {
  it('every shipped default is valid for its key', () => {
    for (const def of templateCatalog) {
      expect({ key: def.key, problems: validateTemplate(def.key, def.defaults) }).toEqual({ key: def.key, problems: [] });
    }
  });

  it('refuses unknown placeholders, broken syntax and unescaped HTML output, naming the field', () => {
    expect(validateTemplate('report.returned', { subjectTh: 'x {{project.nmae}}' })).toEqual([
      { field: 'subjectTh', message: 'unknown placeholder {{project.nmae}}' },
    ]);
    expect(validateTemplate('report.returned', { textEn: 'x {{#project}} y' })[0]).toMatchObject({ field: 'textEn' });
    expect(validateTemplate('report.returned', { htmlTh: '<b>{{{project.name}}}</b>' })[0].message).toMatch(/HTML-escaped/);
    // inside a list, the item's fields resolve
    expect(validateTemplate('obligation.digest', { textTh: '{{#items}}{{ref}} {{title}} {{link}}{{/items}}' })).toEqual([]);
    expect(validateTemplate('obligation.digest', { textTh: '{{#items}}{{nope}}{{/items}}' })).toHaveLength(1);
  });

  it('escapes HTML in the HTML body only', () => {
    const out = renderTemplate({ subjectTh: 'S {{x}}', textTh: 'T {{x}}', htmlTh: '<p>{{x}}</p>' }, 'th', { x: '<A & B>' });
    expect(out).toEqual({ subject: 'S <A & B>', text: 'T <A & B>', html: '<p>&lt;A &amp; B&gt;</p>' });
  });
});
