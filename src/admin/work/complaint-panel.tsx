import * as React from 'react';
import { unstable_useDocument as useDocument } from '@strapi/strapi/admin';
import { Box, Button, COLORS, ErrorNote, Field, formatWhen, useText, useThai, useWork } from './common';
import type { Phrase } from './strings';
import { RevealContact } from './reveal-contact';

/**
 * The complaint edit view's side panel: the state, the buttons of the steps the model allows from it
 * (each asking for what the step needs), assign a team, add a note, and the timeline — who, when, what,
 * internal or public. Every button calls /admin/mind-work/complaints/:id/* (src/lib/complaints/admin-routes.ts),
 * which runs the complaint service's own rules, timeline and audit; the panel and the form reload after.
 */

type Label = { th: string; en: string };
interface Entry {
  documentId: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  visibility: 'internal' | 'public';
  authorLabel: string | null;
  occurredAt: string;
  attachments: number;
}
interface PanelData {
  state: string;
  stateLabel: Label;
  statusLabels: Record<string, Label>;
  assignedTeam: { documentId: string; name: string } | null;
  mayAct: boolean;
  transitions: { status: string; label: Label; needs: string[] }[];
  teams: { documentId: string; name: string; onCall: boolean }[];
  officers: { documentId: string; username: string }[];
  timeline: Entry[];
  /** the provisions and fund measures of the complaint's category (published training materials) */
  law: { title: string; kind: string; issuingAuthority: string | null; summary: string | null; link: string }[];
}

/** What the open form does: a move to a state, an assignment, a note. */
type Open = { kind: 'transition'; to: string; needs: string[] } | { kind: 'assign' } | { kind: 'note' } | null;

const KIND_PHRASE: Record<string, Phrase> = {
  status_change: 'status_change',
  note: 'noteKind',
  assignment: 'assignment',
  field_visit: 'field_visit',
  escalation: 'escalation',
  access: 'access',
};

export function ComplaintWork({ documentId, model, collectionType }: { documentId: string; model: string; collectionType: string }) {
  const th = useThai();
  const text = useText();
  const { data, problem, busy, act, clearProblem } = useWork<PanelData>(`/admin/mind-work/complaints/${documentId}`);
  const { refetch } = useDocument({ documentId, model, collectionType });
  const [open, setOpen] = React.useState<Open>(null);
  const [values, setValues] = React.useState<Record<string, string>>({});
  const label = (l: Label | undefined) => (l ? (th ? l.th : l.en) : '');

  const start = (next: Open) => {
    clearProblem();
    setValues({ visibility: next?.kind === 'note' ? 'internal' : 'public' });
    setOpen(next);
  };
  const set = (name: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  async function submit() {
    if (!open) return;
    const body: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) if (v !== '') body[k] = v;
    const path = open.kind === 'transition' ? '/transition' : open.kind === 'assign' ? '/assign' : '/notes';
    if (open.kind === 'transition') body.status = open.to;
    if (open.kind === 'assign') delete body.visibility;
    if (await act(path, body)) {
      setOpen(null);
      refetch();
    }
  }

  if (!data) {
    return (
      <Box data-work="complaint">
        {problem ? <ErrorNote problem={problem} /> : <span style={{ color: COLORS.muted }}>{text('loading')}</span>}
        {/* who may read the complaint but not its timeline (the privacy officer) may still reveal, with a reason */}
        {problem ? <RevealContact documentId={documentId} /> : null}
      </Box>
    );
  }

  const err = (name: string) => problem?.fields[name];
  const moves = data.transitions.filter((t) => t.status !== 'duplicate' && !(t.status === 'assigned' && t.needs.includes('team')));
  const duplicate = data.transitions.find((t) => t.status === 'duplicate');
  const fieldsOf = (o: NonNullable<Open>): string[] => {
    if (o.kind === 'assign') return ['team', 'officer', 'note'];
    if (o.kind === 'note') return ['note', 'visibility'];
    const f = ['note', 'visibility'];
    if (o.to === 'resolved' || o.to === 'closed') f.unshift('resolutionSummary');
    if (o.to === 'duplicate') f.unshift('duplicateOf');
    return f;
  };
  const noteLabel = open?.kind === 'transition' && open.to === 'rejected' ? text('reason') : text('note');
  const required = (name: string) =>
    (open?.kind === 'transition' && open.needs.includes(name)) ||
    (open?.kind === 'assign' && name === 'team') ||
    (open?.kind === 'note' && name === 'note');
  const missing = open ? fieldsOf(open).some((f) => required(f) && !values[f]?.trim()) : false;

  return (
    <Box data-work="complaint">
      <div>
        <div style={{ color: COLORS.muted, fontSize: 12 }}>{text('state')}</div>
        <strong data-work-state={data.state}>{label(data.stateLabel)}</strong>
      </div>
      <div>
        <div style={{ color: COLORS.muted, fontSize: 12 }}>{text('team')}</div>
        <span data-work-team>{data.assignedTeam?.name ?? text('noTeam')}</span>
      </div>

      <RevealContact documentId={documentId} />

      {data.mayAct ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {moves.map((t) => (
            <Button
              key={t.status}
              data-action={`transition:${t.status}`}
              disabled={busy}
              onClick={() => start({ kind: 'transition', to: t.status, needs: t.needs })}
            >
              {text('moveTo')} “{label(t.label)}”
            </Button>
          ))}
          {data.transitions.length ? (
            <Button data-action="assign" disabled={busy} onClick={() => start({ kind: 'assign' })}>
              {text('assign')}
            </Button>
          ) : null}
          {duplicate ? (
            <Button
              data-action="duplicate"
              disabled={busy}
              onClick={() => start({ kind: 'transition', to: 'duplicate', needs: duplicate.needs })}
            >
              {text('markDuplicate')}
            </Button>
          ) : null}
          <Button data-action="note" disabled={busy} onClick={() => start({ kind: 'note' })}>
            {text('addNote')}
          </Button>
          {!data.transitions.length ? <span style={{ color: COLORS.muted, fontSize: 12 }}>{text('noActions')}</span> : null}
        </div>
      ) : (
        <span style={{ color: COLORS.muted, fontSize: 12 }}>{text('readOnly')}</span>
      )}

      {open ? (
        <div
          role="group"
          data-work-form={open.kind === 'transition' ? `transition:${open.to}` : open.kind}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 8, border: `1px solid ${COLORS.line}`, borderRadius: 4 }}
        >
          {fieldsOf(open).map((name) => {
            if (name === 'team')
              return (
                <Field key={name} name="team" label={`${text('team')} *`} error={err('team')}>
                  {(p) => (
                    <select {...p} value={values.team ?? ''} onChange={set('team')}>
                      <option value="">{text('chooseTeam')}</option>
                      {data.teams.map((tm) => (
                        <option key={tm.documentId} value={tm.documentId}>
                          {tm.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            if (name === 'officer')
              return data.officers.length ? (
                <Field key={name} name="officer" label={text('officer')} error={err('officer')}>
                  {(p) => (
                    <select {...p} value={values.officer ?? ''} onChange={set('officer')}>
                      <option value="">{text('none')}</option>
                      {data.officers.map((o) => (
                        <option key={o.documentId} value={o.documentId}>
                          {o.username}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ) : null;
            if (name === 'visibility')
              return (
                <Field key={name} name="visibility" label={text('visibility')} error={err('visibility')}>
                  {(p) => (
                    <select {...p} value={values.visibility ?? 'public'} onChange={set('visibility')}>
                      <option value="internal">{text('internal')}</option>
                      <option value="public">{text('public')}</option>
                    </select>
                  )}
                </Field>
              );
            if (name === 'duplicateOf')
              return (
                <Field key={name} name="duplicateOf" label={`${text('duplicateOf')} *`} error={err('duplicateOf')}>
                  {(p) => (
                    <input
                      {...p}
                      placeholder="CMP-2569-000001"
                      value={values.duplicateOf ?? ''}
                      onChange={set('duplicateOf')}
                      // Enter would submit the edit view's own form (a save), not this step
                      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                    />
                  )}
                </Field>
              );
            const title = name === 'note' ? noteLabel : text(name as Phrase);
            return (
              <Field key={name} name={name} label={required(name) ? `${title} *` : title} error={err(name)}>
                {(p) => <textarea {...p} rows={3} value={values[name] ?? ''} onChange={set(name)} />}
              </Field>
            );
          })}
          <ErrorNote problem={problem} />
          <div style={{ display: 'flex', gap: 6 }}>
            <Button primary data-submit disabled={busy || missing} onClick={() => void submit()}>
              {text('confirm')}
            </Button>
            <Button onClick={() => setOpen(null)}>{text('cancel')}</Button>
          </div>
        </div>
      ) : (
        <ErrorNote problem={problem} />
      )}

      {data.law.length ? (
        <>
          <h3 style={{ margin: '8px 0 0', fontSize: 14 }}>{text('law')}</h3>
          <ul data-work-law style={{ margin: 0, paddingLeft: 18 }}>
            {data.law.map((m) => (
              <li key={m.link}>
                <a href={m.link} target="_blank" rel="noopener noreferrer">
                  {m.title}
                </a>
                {m.issuingAuthority ? <span style={{ fontSize: 11, color: COLORS.muted }}> · {m.issuingAuthority}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 style={{ margin: '8px 0 0', fontSize: 14 }}>{text('timeline')}</h3>
      <ol data-work-timeline style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
        {[...data.timeline].reverse().map((e) => (
          <li
            key={e.documentId}
            data-entry={e.kind}
            data-to={e.toStatus ?? ''}
            style={{
              borderLeft: `3px solid ${e.visibility === 'public' ? COLORS.publicText : COLORS.line}`,
              background: e.visibility === 'public' ? COLORS.publicBg : COLORS.internalBg,
              padding: '6px 8px',
              borderRadius: 2,
            }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 4, flexWrap: 'wrap' }}>
              <strong>{text(KIND_PHRASE[e.kind] ?? 'noteKind')}</strong>
              <span style={{ fontSize: 11, color: e.visibility === 'public' ? COLORS.publicText : COLORS.muted }}>
                {text(e.visibility === 'public' ? 'public' : 'internal')}
              </span>
            </div>
            {e.toStatus ? (
              <div>
                {e.fromStatus ? `${label(data.statusLabels[e.fromStatus])} → ` : ''}
                {label(data.statusLabels[e.toStatus])}
              </div>
            ) : null}
            {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
            {e.attachments ? (
              <div style={{ fontSize: 11, color: COLORS.muted }}>
                {e.attachments} {text('attachments')}
              </div>
            ) : null}
            <div style={{ fontSize: 11, color: COLORS.muted }}>
              <time dateTime={e.occurredAt}>{formatWhen(e.occurredAt, th)}</time>
              {e.authorLabel ? ` · ${text('by')} ${e.authorLabel}` : ''}
            </div>
          </li>
        ))}
      </ol>
    </Box>
  );
}
