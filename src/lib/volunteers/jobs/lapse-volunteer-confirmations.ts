import type { Job, JobContext, JobCounts } from '../../platform/job';
import { offerLapsed } from '../confirmation';
import { PARTICIPATION_UID } from '../model';

/** The participation service's effect step (src/api/participation), reached through Strapi. */
interface LapseService {
  lapseOffer(id: number, now: Date): Promise<{ lapsed: boolean; promoted: string[] }>;
}

/**
 * lapse-volunteer-confirmations (every 5 minutes): a promoted place not confirmed by its deadline is
 * cancelled, the volunteer told (`participation.lapsed`) and the place offered to the next in line
 * (`participation.offered`). What lapsed is the pure `offerLapsed`; each lapse re-checks it under the
 * activity's lock, and the e-mails carry dedupe keys, so re-runs and a second instance change nothing.
 */
export async function lapseVolunteerConfirmations(ctx: JobContext, batchSize = 200): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const counts: JobCounts = { examined: 0, lapsed: 0, promoted: 0 };
  const service = strapi.service(PARTICIPATION_UID) as unknown as LapseService;
  let lastId = 0;
  for (;;) {
    const batch = await strapi.db.query(PARTICIPATION_UID).findMany({
      where: { state: 'registered', confirmedAt: { $null: true }, confirmBy: { $lte: now }, id: { $gt: lastId } },
      orderBy: { id: 'asc' },
      limit: batchSize,
      select: ['id', 'state', 'confirmBy', 'confirmedAt'],
    });
    if (!batch.length) break;
    lastId = batch[batch.length - 1].id;
    for (const p of batch) {
      counts.examined++;
      if (!offerLapsed(p, now)) continue;
      if (dryRun) {
        counts.lapsed++;
        continue;
      }
      const result = await service.lapseOffer(p.id, now);
      if (result.lapsed) counts.lapsed++;
      counts.promoted += result.promoted.length;
    }
  }
  return counts;
}

const job: Job = {
  name: 'lapse-volunteer-confirmations',
  description: 'Passes a promoted volunteer place not confirmed in time to the next in line',
  labelTh: 'ส่งต่อที่นั่งจิตอาสาที่ไม่ยืนยันตามกำหนด',
  defaultSchedule: '*/5 * * * *',
  run: (ctx) => lapseVolunteerConfirmations(ctx),
};

export default job;
