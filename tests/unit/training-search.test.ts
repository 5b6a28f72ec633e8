import { findMatch, parseSearchQuery, plainText, searchFilters, splitTerms } from '../../src/lib/training/search';

describe('training search rules', () => {
  it('splits the query into at most five distinct terms', () => {
    expect(splitTerms('  โรงงาน   ใบอนุญาต โรงงาน ')).toEqual(['โรงงาน', 'ใบอนุญาต']);
    expect(splitTerms('a b c d e f g')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('requires every term to match in title, summary or body, and adds the filters', () => {
    const params = parseSearchQuery({ q: 'โรงงาน licence', kind: 'law', topic: 'factory-law', fund: 'sme-fund' });
    expect(searchFilters(params, { publicOnly: true })).toEqual({
      $and: [
        { $or: [{ title: { $containsi: 'โรงงาน' } }, { summary: { $containsi: 'โรงงาน' } }, { body: { $containsi: 'โรงงาน' } }] },
        { $or: [{ title: { $containsi: 'licence' } }, { summary: { $containsi: 'licence' } }, { body: { $containsi: 'licence' } }] },
        { kind: { $eq: 'law' } },
        { topics: { slug: { $eq: 'factory-law' } } },
        { fund: { slug: { $eq: 'sme-fund' } } },
        { isPublic: { $eq: true } },
      ],
    });
  });

  it('caps the page size and defaults the sort', () => {
    expect(parseSearchQuery({ q: 'x', pageSize: '500' }, { maxPageSize: 100 })).toMatchObject({
      page: 1,
      pageSize: 100,
      sort: 'effectiveDate:desc',
    });
  });

  it('counts characters, not UTF-16 units or bytes, against the 100-character limit', () => {
    expect(() => parseSearchQuery({ q: 'ก'.repeat(100) })).not.toThrow();
    expect(() => parseSearchQuery({ q: 'ก'.repeat(101) })).toThrow(/^q:/);
  });

  it('finds the first match in title, then summary, then body, and cuts an excerpt around it', () => {
    const body = `${'ก'.repeat(300)}ใบอนุญาตประกอบกิจการโรงงาน${'ข'.repeat(300)}`;
    const m = findMatch({ title: 'พระราชบัญญัติโรงงาน', summary: 'สรุป', body }, ['อนุญาตประกอบ'])!;
    expect(m.field).toBe('body');
    expect(m.excerpt.startsWith('…')).toBe(true);
    expect(m.excerpt.endsWith('…')).toBe(true);
    expect(m.excerpt.slice(m.start, m.start + m.length)).toBe('อนุญาตประกอบ');
    const t = findMatch({ title: 'Factory Act', summary: 'factory', body: 'factory' }, ['FACTORY'])!;
    expect(t).toEqual({ field: 'title', excerpt: 'Factory Act', start: 0, length: 7 });
    expect(findMatch({ title: 'a', summary: null, body: undefined }, ['zzz'])).toBeNull();
  });

  it('never starts or ends an excerpt on a Thai vowel or tone mark', () => {
    // laid out so that cutting 60 characters before and 120 after the match lands on combining marks
    const body = `${'กี่'.repeat(100)}กโรงงานนน${'นั้น'.repeat(100)}`;
    const at = body.indexOf('โรงงาน');
    expect([/^\p{Mn}/u.test(body[at - 60]), /^\p{Mn}/u.test(body[at + 6 + 120])]).toEqual([true, true]);
    const m = findMatch({ body }, ['โรงงาน'])!;
    const inner = m.excerpt.replace(/^…|…$/g, '');
    expect(/^\p{Mn}/u.test(inner)).toBe(false);
    expect(/^\p{Mn}/u.test(body.slice(body.indexOf(inner) + inner.length))).toBe(false);
    expect(m.excerpt.slice(m.start, m.start + m.length)).toBe('โรงงาน');
  });

  it('strips Markdown from body excerpts', () => {
    expect(plainText('## หมวด 1\n\n- **ข้อ 1** ดู [ประกาศ](https://example.test)\n')).toBe('หมวด 1 ข้อ 1 ดู ประกาศ');
  });
});
