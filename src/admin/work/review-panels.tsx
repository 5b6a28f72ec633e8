import * as React from 'react';
import { unstable_useDocument as useDocument } from '@strapi/strapi/admin';
import { Box, Button, COLORS, ErrorNote, Field, formatWhen, useText, useThai, useWork } from './common';
import { REVIEW_STATES, type Phrase } from './strings';

/**
 * The progress report's and the inspection finding's edit-view panels: accept, or return / re-open with a
 * comment, through /admin/mind-work/progress-reports/:id/* and /admin/mind-work/inspection-findings/:id/*
 * (the services' own rules: which state allows which step, the return count, the e-mail to the officer).
 */

interface ReviewData {
  state: string;
  actions: string[];
  dueAt?: string | null;
  reviewedAt?: string | null;
  returnCount?: number | null;
  reopenCount?: number | null;
}

interface Step {
  /** the action's path and the `actions` entry that allows it */
  action: string;
  label: Phrase;
  commentRequired: boolean;
  withDueDate?: boolean;
}

const REPORT_STEPS: Step[] = [
  { action: 'accept', label: 'accept', commentRequired: false },
  { action: 'return', label: 'returnReport', commentRequired: true },
];
const FINDING_STEPS: Step[] = [
  { action: 'accept', label: 'acceptFinding', commentRequired: false },
  { action: 'reopen', label: 'reopen', commentRequired: true, withDueDate: true },
];

function ReviewWork({
  url,
  steps,
  kind,
  documentId,
  model,
  collectionType,
}: {
  url: string;
  steps: Step[];
  kind: 'report' | 'finding';
  documentId: string;
  model: string;
  collectionType: string;
}) {
  const th = useThai();
  const text = useText();
  const { data, problem, busy, act, clearProblem } = useWork<ReviewData>(url);
  const { refetch } = useDocument({ documentId, model, collectionType });
  const [open, setOpen] = React.useState<Step | null>(null);
  const [comment, setComment] = React.useState('');
  const [dueAt, setDueAt] = React.useState('');

  if (!data) {
    return (
      <Box data-work={kind}>
        {problem ? <ErrorNote problem={problem} /> : <span style={{ color: COLORS.muted }}>{text('loading')}</span>}
      </Box>
    );
  }
  const state = REVIEW_STATES[data.state];
  const count = kind === 'report' ? data.returnCount : data.reopenCount;

  async function submit(step: Step) {
    const body: Record<string, unknown> = {};
    if (comment.trim()) body.comment = comment;
    // a date picked in Bangkok: the end of that day
    if (step.withDueDate && dueAt) body.dueAt = `${dueAt}T23:59:59+07:00`;
    if (await act(`/${step.action}`, body)) {
      setOpen(null);
      refetch();
    }
  }

  return (
    <Box data-work={kind}>
      <div>
        <div style={{ color: COLORS.muted, fontSize: 12 }}>{text('state')}</div>
        <strong data-work-state={data.state}>{state ? (th ? state.th : state.en) : data.state}</strong>
      </div>
      {data.dueAt ? (
        <div style={{ fontSize: 12 }}>
          {text('dueAt')}: {formatWhen(data.dueAt, th)}
        </div>
      ) : null}
      {count ? (
        <div style={{ fontSize: 12 }}>
          {text(kind === 'report' ? 'returnCount' : 'reopenCount')} {count} {text('times')}
        </div>
      ) : null}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        {steps
          .filter((s) => data.actions.includes(s.action))
          .map((s) => (
            <Button
              key={s.action}
              data-action={s.action}
              disabled={busy}
              onClick={() => {
                clearProblem();
                setComment('');
                setDueAt('');
                setOpen(s);
              }}
            >
              {text(s.label)}
            </Button>
          ))}
        {!data.actions.length ? <span style={{ color: COLORS.muted, fontSize: 12 }}>{text('noReviewStep')}</span> : null}
      </div>
      {open ? (
        <div
          role="group"
          data-work-form={open.action}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 8, border: `1px solid ${COLORS.line}`, borderRadius: 4 }}
        >
          <Field
            name="comment"
            label={open.commentRequired ? `${text('comment')} *` : text('commentOptional')}
            error={problem?.fields.comment}
          >
            {(p) => <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          {open.withDueDate ? (
            <Field name="dueAt" label={text('newDue')} error={problem?.fields.dueAt}>
              {(p) => <input {...p} type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />}
            </Field>
          ) : null}
          <ErrorNote problem={problem} />
          <div style={{ display: 'flex', gap: 6 }}>
            <Button primary data-submit disabled={busy || (open.commentRequired && !comment.trim())} onClick={() => void submit(open)}>
              {text('confirm')}
            </Button>
            <Button onClick={() => setOpen(null)}>{text('cancel')}</Button>
          </div>
        </div>
      ) : (
        <ErrorNote problem={problem} />
      )}
    </Box>
  );
}

type Props = { documentId: string; model: string; collectionType: string };

export const ReportWork = (p: Props) => (
  <ReviewWork {...p} kind="report" steps={REPORT_STEPS} url={`/admin/mind-work/progress-reports/${p.documentId}`} />
);
export const FindingWork = (p: Props) => (
  <ReviewWork {...p} kind="finding" steps={FINDING_STEPS} url={`/admin/mind-work/inspection-findings/${p.documentId}`} />
);
