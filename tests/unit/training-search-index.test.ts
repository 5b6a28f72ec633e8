import { ftsQuery, isIndexable, likePattern } from '../../src/lib/training/search-index';

describe('training search index rules', () => {
  it('counts code points, Thai vowels and tone marks included, to decide what the trigram index can look up', () => {
    expect(isIndexable('ไฟ')).toBe(false);
    expect(isIndexable('น้ำ')).toBe(true); // น + ้ + ำ
    expect(isIndexable('ab')).toBe(false);
    expect(isIndexable('abc')).toBe(true);
  });

  it('quotes every term of an FTS5 query, so operators and quotes in the text are literal', () => {
    expect(ftsQuery(['วัตถุอันตราย', 'OR', 'say "hi"'])).toBe('"วัตถุอันตราย" AND "OR" AND "say ""hi"""');
  });

  it('escapes LIKE wildcards and lower-cases the pattern', () => {
    expect(likePattern('50%_A\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
