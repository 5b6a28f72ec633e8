import type { JobContext, JobCounts } from '../../platform/job';
import { enqueue, appData } from '../../platform/outbox';
import { staffLink } from '../../platform/links';
import type { TemplateFields } from '../../platform/email-templates';
import { formatDateTime } from '../../platform/thai-date';
import { ACTIVITY_UID, PARTICIPATION_UID, REMINDER_LEAD_MS, reminderDue, volunteerEmail } from '../rules';

/**
 * The former remind-volunteer-activities job, no longer scheduled: activities are reminded by the obligation
 * engine (src/lib/platform/obligations, docs/obligations.md); kept until its tests move there. It sent (hourly) one `activity.reminder` email per registered volunteer when
 * the activity starts within the next 24 hours. The dedupe key is per participation and start time
 * (`activity-reminder:<participation>:<startAt>`), so hourly re-runs, a second instance or a crash
 * half-way add nothing; a rescheduled activity reminds again. Activities and participations are read
 * in id-ordered batches. Volunteers without an email address are counted as skipped.
 */
export async function remindVolunteerActivities(ctx: JobContext, batchSize = 200): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const counts: JobCounts = { activities: 0, examined: 0, remindersQueued: 0, skipped: 0 };
  const templates = new Map<string, TemplateFields>();
  const base = appData(strapi).url;
  let lastActivity = 0;
  for (;;) {
    const activities = await strapi.db.query(ACTIVITY_UID).findMany({
      where: { state: 'open', startAt: { $gt: now, $lte: new Date(now.getTime() + REMINDER_LEAD_MS) }, id: { $gt: lastActivity } },
      orderBy: { id: 'asc' },
      limit: batchSize,
      populate: { province: { select: ['nameTh'] } },
    });
    if (!activities.length) break;
    lastActivity = activities[activities.length - 1].id;
    for (const activity of activities) {
      counts.activities++;
      let lastP = 0;
      for (;;) {
        const batch = await strapi.db.query(PARTICIPATION_UID).findMany({
          where: { activity: { id: activity.id }, state: 'registered', id: { $gt: lastP } },
          orderBy: { id: 'asc' },
          limit: batchSize,
          select: ['id', 'documentId', 'state'],
          populate: { volunteer: { select: ['documentId', 'fullName', 'email'], populate: { user: { select: ['email'] } } } },
        });
        if (!batch.length) break;
        lastP = batch[batch.length - 1].id;
        for (const p of batch) {
          counts.examined++;
          const due = reminderDue({ participationDocumentId: p.documentId, participationState: p.state, activity }, now);
          if (!due) continue;
          const to = volunteerEmail(p.volunteer);
          if (!to) {
            counts.skipped++;
            continue;
          }
          if (dryRun) {
            counts.remindersQueued++;
            continue;
          }
          const { created } = await enqueue(
            strapi,
            {
              to,
              templateKey: 'activity.reminder',
              data: {
                volunteer: { name: p.volunteer.fullName },
                activity: {
                  title: activity.title,
                  start: formatDateTime(activity.startAt),
                  end: formatDateTime(activity.endAt),
                  place: activity.place ?? '',
                  province: activity.province?.nameTh ?? '',
                  link: staffLink(base, 'activity', activity.documentId),
                },
              },
              dedupeKey: due.dedupeKey,
              related: { uid: PARTICIPATION_UID, documentId: p.documentId },
            },
            { templateCache: templates, now },
          );
          if (created) counts.remindersQueued++;
        }
      }
    }
  }
  return counts;
}
