import { retryWhenBusy } from '../../src/lib/platform/db-busy';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('retryWhenBusy: a transaction refused by SQLite for a stale snapshot runs again', () => {
  it('runs the work again after SQLITE_BUSY and answers its result', async () => {
    let calls = 0;
    const out = await retryWhenBusy(async () => {
      calls++;
      if (calls < 3) throw busy();
      return 'queued';
    });
    expect([out, calls]).toEqual(['queued', 3]);
  });

  it('does not repeat work that failed for another reason', async () => {
    let calls = 0;
    await expect(
      retryWhenBusy(async () => {
        calls++;
        throw new Error('NOT NULL constraint failed');
      }),
    ).rejects.toThrow('NOT NULL');
    expect(calls).toBe(1);
  });

  it('gives up after the last attempt with the database error', async () => {
    let calls = 0;
    await expect(
      retryWhenBusy(async () => {
        calls++;
        throw busy();
      }, 3),
    ).rejects.toThrow('database is locked');
    expect(calls).toBe(3);
  });
});
