import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { mayReadAll } from '../platform/admin-ability';
import { CM_UPDATE } from '../platform/admin-ability';
import { adminBody, adminLabel, registerAdminWorkRoutes } from '../platform/admin-work';
import { USER_UID } from '../platform/model';
import { validate } from '../platform/validation';
import { COMPLAINT_UID, COMPLAINT_UPDATE_UID, TEAM_UID, TRANSITIONS, type ComplaintStatus, type ComplaintUpdate } from './model';
import { STATUS_LABELS } from './status';
import { timelineEntry } from './views';
import { lawAtHand, provisionsOfComplaint } from '../training/law-at-hand';

/**
 * The complaint edit view's side panel (src/admin/work/complaint-panel.tsx): the timeline and the
 * workflow buttons. Each action is the complaint service's own (`transition`, `assign`, `addNote` —
 * the same rules, timeline entries, audit entries and e-mails as POST /api/complaints/:id/…), called
 * with the signed-in administrator as the actor.
 *
 *   GET  /admin/mind-work/complaints/:id             the panel: state, next states, timeline, teams
 *   POST /admin/mind-work/complaints/:id/transition  { status, note?, visibility?, resolutionSummary?, duplicateOf? }
 *   POST /admin/mind-work/complaints/:id/assign      { team, officer?, note? }
 *   POST /admin/mind-work/complaints/:id/notes       { note, visibility? }
 *
 * Reading needs the Content Manager's read of complaints and their timeline entries; acting, its update
 * of complaints.
 */

/** The complaint service's methods used here (it lives in src/api, which src/lib does not import). */
interface ComplaintService {
  timelineOf(complaintId: number | undefined): Promise<ComplaintUpdate[]>;
  transition(
    documentId: string,
    to: unknown,
    opts: { actor: { label: string }; note?: string; visibility?: 'internal' | 'public'; resolutionSummary?: string; duplicateOf?: string },
  ): Promise<unknown>;
  assign(documentId: string, opts: { team: string; officer?: unknown; note?: string; actor: { label: string } }): Promise<unknown>;
  addNote(documentId: string, opts: { note: string; visibility?: 'internal' | 'public'; actor: { label: string } }): Promise<unknown>;
}

const READ = 'plugin::content-manager.explorer.read';
const visibility = yup.mixed<'internal' | 'public'>().oneOf(['internal', 'public'], 'must be "internal" or "public"');
const optionalText = (max: number) =>
  yup
    .string()
    .strict(true)
    .typeError(`must be text of at most ${max} characters`)
    .max(max, `must be text of at most ${max} characters`)
    .transform((v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v));
const requiredText = (max: number, message: string) =>
  yup
    .mixed<string>()
    .transform((v: unknown) => (typeof v === 'string' ? v.trim() : v))
    .test('text', message, (v) => typeof v === 'string' && v.length > 0 && v.length <= max);

const transitionInput = yup.object({
  status: yup.mixed<string>().test('status', 'is required (the next status)', (v) => typeof v === 'string' && v.length > 0),
  note: optionalText(5000),
  visibility,
  resolutionSummary: optionalText(5000),
  duplicateOf: optionalText(100),
});
const assignInput = yup.object({
  team: yup.mixed<string>().test('team', 'is required (the documentId of a response team)', (v) => typeof v === 'string' && v.length > 0),
  officer: yup.mixed().nullable(),
  note: optionalText(5000),
});
const noteInput = yup.object({ note: requiredText(5000, 'is required, at most 5000 characters'), visibility });

/** What a move to `to` asks the officer for, beyond a note (the service refuses the move without it). */
function needsOf(to: ComplaintStatus, c: { assignedTeam?: unknown; resolutionSummary?: string | null }): string[] {
  if (to === 'assigned' && !c.assignedTeam) return ['team'];
  if (to === 'closed' && !c.resolutionSummary) return ['resolutionSummary'];
  if (to === 'duplicate') return ['duplicateOf'];
  if (to === 'rejected') return ['note'];
  return [];
}

export function registerComplaintAdminRoutes(strapi: Core.Strapi) {
  const service = () => strapi.service(COMPLAINT_UID) as unknown as ComplaintService;

  async function panel(documentId: string, ability: Parameters<typeof mayReadAll>[0]) {
    const c = await strapi.db.query(COMPLAINT_UID).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'ticketNumber', 'title', 'state', 'resolutionSummary'],
      populate: { assignedTeam: { select: ['documentId', 'name'] }, duplicateOf: { select: ['documentId', 'ticketNumber'] } },
    });
    if (!c) throw new errors.NotFoundError('Complaint not found');
    const state = c.state as ComplaintStatus;
    const mayAct = mayReadAll(ability, COMPLAINT_UID) && !!ability?.can(CM_UPDATE, COMPLAINT_UID);
    const teams = mayAct
      ? await strapi.db.query(TEAM_UID).findMany({ select: ['documentId', 'name', 'onCall'], orderBy: { name: 'asc' }, limit: 200 })
      : [];
    // officers are accounts: listed only to an administrator who may read users-permissions accounts
    const officers =
      mayAct && mayReadAll(ability, USER_UID)
        ? await strapi.db.query(USER_UID).findMany({
            where: { role: { type: 'complaint-officer' }, blocked: false },
            select: ['documentId', 'username'],
            orderBy: { username: 'asc' },
            limit: 200,
          })
        : [];
    const timeline = await service().timelineOf(c.id);
    // the provisions and fund measures that apply (through the category): published text, Thai first
    const law = await lawAtHand(strapi, (await provisionsOfComplaint(strapi, documentId)).documentIds, 'th', 'th');
    return {
      documentId: c.documentId,
      ticketNumber: c.ticketNumber,
      title: c.title,
      state,
      stateLabel: STATUS_LABELS[state],
      statusLabels: STATUS_LABELS,
      assignedTeam: c.assignedTeam ? { documentId: c.assignedTeam.documentId, name: c.assignedTeam.name } : null,
      duplicateOf: c.duplicateOf ? { documentId: c.duplicateOf.documentId, ticketNumber: c.duplicateOf.ticketNumber } : null,
      mayAct,
      transitions: TRANSITIONS[state].map((to) => ({ status: to, label: STATUS_LABELS[to], needs: needsOf(to, c) })),
      teams: teams.map((t: { documentId: string; name: string; onCall?: boolean }) => ({
        documentId: t.documentId,
        name: t.name,
        onCall: !!t.onCall,
      })),
      officers: officers.map((o: { documentId: string; username: string }) => ({ documentId: o.documentId, username: o.username })),
      timeline: timeline.map((u) => {
        const { attachments, ...entry } = timelineEntry(u, 'staff');
        return { ...entry, attachments: attachments.length };
      }),
      law: [...law.provisions, ...law.fundMeasures].map((m) => ({
        title: m.title,
        kind: m.kind,
        issuingAuthority: m.issuingAuthority ?? null,
        summary: m.summary ?? null,
        link: `/training/#/m/${encodeURIComponent(String(m.slug))}`,
      })),
    };
  }

  const reading: Array<[string, string]> = [
    [READ, COMPLAINT_UID],
    [READ, COMPLAINT_UPDATE_UID],
  ];
  const acting: Array<[string, string]> = [...reading, [CM_UPDATE, COMPLAINT_UID]];
  const id = (ctx: { params: { id?: string } }) => String(ctx.params.id ?? '');

  registerAdminWorkRoutes(strapi, 'work-complaints', [
    {
      method: 'GET',
      path: '/mind-work/complaints/:id',
      needs: reading,
      handler: async (ctx) => panel(id(ctx), ctx.state.userAbility),
    },
    {
      method: 'POST',
      path: '/mind-work/complaints/:id/transition',
      needs: acting,
      handler: async (ctx) => {
        const input = await validate<yup.InferType<typeof transitionInput>>(transitionInput, adminBody(ctx));
        await service().transition(id(ctx), input.status, {
          actor: adminLabel(ctx),
          note: input.note,
          visibility: input.visibility,
          resolutionSummary: input.resolutionSummary,
          duplicateOf: input.duplicateOf,
        });
        return panel(id(ctx), ctx.state.userAbility);
      },
    },
    {
      method: 'POST',
      path: '/mind-work/complaints/:id/assign',
      needs: acting,
      handler: async (ctx) => {
        const input = await validate<yup.InferType<typeof assignInput>>(assignInput, adminBody(ctx));
        await service().assign(id(ctx), {
          team: input.team as string,
          officer: input.officer === '' ? undefined : (input.officer ?? undefined),
          note: input.note,
          actor: adminLabel(ctx),
        });
        return panel(id(ctx), ctx.state.userAbility);
      },
    },
    {
      method: 'POST',
      path: '/mind-work/complaints/:id/notes',
      needs: acting,
      handler: async (ctx) => {
        const input = await validate<{ note: string; visibility?: 'internal' | 'public' }>(noteInput, adminBody(ctx));
        await service().addNote(id(ctx), { note: input.note, visibility: input.visibility, actor: adminLabel(ctx) });
        return panel(id(ctx), ctx.state.userAbility);
      },
    },
  ]);
}
