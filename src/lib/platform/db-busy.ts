/**
 * SQLite in WAL mode answers SQLITE_BUSY at once, without waiting, when a transaction that began by
 * reading tries to write after another connection (another instance on the same file) committed:
 * its snapshot is stale, and no busy timeout helps. Such a transaction can only be run again. Callers
 * pass work that is safe to repeat (dedupe keys, inserts that ignore conflicts).
 */
export async function retryWhenBusy<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isBusy(err)) throw err;
      // a random pause, so that two instances do not collide again in step
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}

function isBusy(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === 'SQLITE_BUSY' || e?.code === 'SQLITE_BUSY_SNAPSHOT' || /database is locked/.test(e?.message ?? '');
}
