import { newDocumentId } from '../../src/lib/platform/db-insert';

describe('document ids made here', () => {
  afterEach(() => jest.restoreAllMocks());

  it("have Strapi's shape: 24 lower-case letters and digits, a letter first", () => {
    for (let i = 0; i < 200; i++) expect(newDocumentId()).toMatch(/^[a-z][a-z0-9]{23}$/);
  });

  it('sort by the time they were made, so that rows written together sit together in the index', () => {
    const now = jest.spyOn(Date, 'now');
    const made = [Date.UTC(2026, 11, 5, 9, 0, 0), Date.UTC(2026, 11, 5, 9, 0, 0, 1), Date.UTC(2027, 0, 1), Date.UTC(2099, 0, 1)].map(
      (t) => {
        now.mockReturnValue(t);
        return newDocumentId();
      },
    );
    expect([...made].reverse().sort()).toEqual(made);
  });

  it('differ when made in the same millisecond', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 5));
    const ids = new Set(Array.from({ length: 1000 }, () => newDocumentId()));
    expect(ids.size).toBe(1000);
  });
});
