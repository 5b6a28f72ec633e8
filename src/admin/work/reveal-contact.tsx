import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Button, COLORS, ErrorNote, Field, problemOf, useText, type ApiProblem } from './common';

/**
 * "Reveal contact" on the complaint work panel: asks for a reason, then shows the complainant's contact
 * data under a watermark naming the viewer and the time (POST /admin/mind-work/complaints/:id/reveal,
 * src/lib/privacy/reveal/). Shown only until hidden or the page is left: nothing is kept in the browser.
 */

interface Revealed {
  complainant: { name: string | null; phone: string | null; email: string | null } | null;
  watermark: { viewer: string; at: string; label: string };
}

export function RevealContact({ documentId }: { documentId: string }) {
  const text = useText();
  const { post } = useFetchClient();
  const [asking, setAsking] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const [shown, setShown] = React.useState<Revealed | null>(null);

  async function reveal() {
    setBusy(true);
    try {
      const res = await post(`/admin/mind-work/complaints/${documentId}/reveal`, { reason });
      setShown((res.data as { data: Revealed }).data);
      setAsking(false);
      setReason('');
      setProblem(null);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (shown) {
    const c = shown.complainant;
    const rows: Array<[string, string | null]> = c
      ? [
          [text('complainantName'), c.name],
          [text('phone'), c.phone],
          [text('email'), c.email],
        ]
      : [];
    return (
      <div
        data-work-contact
        style={{ padding: 8, border: `1px solid ${COLORS.line}`, borderRadius: 4, display: 'flex', flexDirection: 'column', gap: 4 }}
      >
        {rows.some(([, v]) => v) ? (
          rows.map(([k, v]) => (
            <div key={k}>
              <span style={{ color: COLORS.muted, fontSize: 12 }}>{k}: </span>
              <span>{v ?? '—'}</span>
            </div>
          ))
        ) : (
          <span>{text('noContact')}</span>
        )}
        <div data-work-watermark style={{ fontSize: 11, color: COLORS.muted }}>
          {shown.watermark.label}
        </div>
        <Button onClick={() => setShown(null)}>{text('hideContact')}</Button>
      </div>
    );
  }

  if (!asking) {
    return (
      <Button data-action="reveal" onClick={() => setAsking(true)}>
        {text('revealContact')}
      </Button>
    );
  }

  const tooShort = reason.trim().length < 10 || reason.trim().length > 500;
  return (
    <div
      role="group"
      data-work-form="reveal"
      style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 8, border: `1px solid ${COLORS.line}`, borderRadius: 4 }}
    >
      <Field name="reason" label={`${text('revealReason')} *`} error={problem?.fields.reason}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <span style={{ fontSize: 11, color: COLORS.muted }}>{text('revealNotice')}</span>
      <ErrorNote problem={problem} />
      <div style={{ display: 'flex', gap: 6 }}>
        <Button primary data-submit disabled={busy || tooShort} onClick={() => void reveal()}>
          {text('confirm')}
        </Button>
        <Button onClick={() => setAsking(false)}>{text('cancel')}</Button>
      </div>
    </div>
  );
}
