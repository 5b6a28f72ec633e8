import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, COLORS, ErrorNote, Field, formatDay, problemOf, saveBlob, useText, useThai, type ApiProblem } from './common';
import { PRIVACY_STATES } from './strings';

/**
 * A data-subject request's handling buttons (POST /admin/mind-privacy/requests/:id/<step>,
 * src/lib/privacy/requests/admin-routes.ts): only the steps its state allows. The server decides who may
 * (super admins and the privacy officer) and refuses a wrong state with a 409: the panel shows its message.
 */

export interface RequestDoc {
  reference?: string;
  kind?: 'access' | 'correct' | 'erase';
  state?: string;
  dueAt?: string;
  appliedAt?: string | null;
}

type Step = 'verify' | 'export' | 'export-pdf' | 'correct' | 'erase' | 'close';

export function RequestWork({ documentId, document: doc }: { documentId: string; document: RequestDoc }) {
  const text = useText();
  const th = useThai();
  const { post } = useFetchClient();
  const [state, setState] = React.useState(doc.state ?? 'received');
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const [closing, setClosing] = React.useState<'fulfilled' | 'refused' | null>(null);
  const [outcome, setOutcome] = React.useState('');
  const [done, setDone] = React.useState<string | null>(null);
  const base = `/admin/mind-privacy/requests/${documentId}`;

  async function run(step: Step, body: Record<string, unknown> = {}) {
    setBusy(true);
    try {
      if (step === 'export-pdf') {
        const res = await post(`${base}/${step}`, body, { responseType: 'blob', headers: { 'Content-Type': 'application/json' } } as never);
        saveBlob(res.data as Blob, `personal-data-${doc.reference ?? documentId}.pdf`);
      } else {
        const res = await post(`${base}/${step}`, body);
        const data = (res.data as { data: Record<string, unknown> }).data;
        if (step === 'export') {
          saveBlob(
            new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
            `personal-data-${doc.reference ?? documentId}.json`,
          );
        } else if (typeof data?.state === 'string') setState(data.state);
        if (step === 'close') setClosing(null);
        if (step !== 'export') setDone(text('done'));
      }
      setProblem(null);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  const open = state === 'received' || state === 'verified';
  const label = PRIVACY_STATES[state];
  return (
    <Box data-work="request">
      <div>
        <span style={{ color: COLORS.muted, fontSize: 12 }}>{text('state')}: </span>
        <strong data-work-state={state}>{label ? (th ? label.th : label.en) : state}</strong>
      </div>
      <div>
        <span style={{ color: COLORS.muted, fontSize: 12 }}>{text('requestDue')}: </span>
        <span data-work-due>{formatDay(doc.dueAt, th)}</span>
      </div>
      {state === 'received' ? (
        <Button primary data-action="verify" disabled={busy} onClick={() => void run('verify')}>
          {text('verify')}
        </Button>
      ) : null}
      {state !== 'received' && state !== 'refused' ? (
        <>
          <Button data-action="export" disabled={busy} onClick={() => void run('export')}>
            {text('exportJson')}
          </Button>
          <Button data-action="export-pdf" disabled={busy} onClick={() => void run('export-pdf')}>
            {text('exportPdf')}
          </Button>
        </>
      ) : null}
      {state === 'verified' && doc.kind === 'correct' ? (
        <Button data-action="correct" disabled={busy} onClick={() => void run('correct')}>
          {text('correct')}
        </Button>
      ) : null}
      {state === 'verified' && doc.kind === 'erase' ? (
        <Button data-action="erase" disabled={busy} onClick={() => window.confirm(text('eraseConfirm')) && void run('erase')}>
          {text('erase')}
        </Button>
      ) : null}
      {open && !closing ? (
        <>
          <Button data-action="close:fulfilled" disabled={busy} onClick={() => setClosing('fulfilled')}>
            {text('closeFulfilled')}
          </Button>
          <Button data-action="close:refused" disabled={busy} onClick={() => setClosing('refused')}>
            {text('closeRefused')}
          </Button>
        </>
      ) : null}
      {open && closing ? (
        <div role="group" data-work-form="close" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <Field name="outcome" label={`${text('outcome')} *`} error={problem?.fields.outcome}>
            {(p) => <textarea {...p} rows={3} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
          </Field>
          <div style={{ display: 'flex', gap: 6 }}>
            <Button primary data-submit disabled={busy} onClick={() => void run('close', { state: closing, outcome })}>
              {text(closing === 'fulfilled' ? 'closeFulfilled' : 'closeRefused')}
            </Button>
            <Button onClick={() => setClosing(null)}>{text('cancel')}</Button>
          </div>
        </div>
      ) : null}
      {!open ? <p style={{ margin: 0, fontSize: 12 }}>{text('requestFinal')}</p> : null}
      {done ? (
        <p role="status" style={{ margin: 0, fontSize: 12 }}>
          {done}
        </p>
      ) : null}
      <ErrorNote problem={problem} />
    </Box>
  );
}
