import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Button, COLORS, ErrorNote, Field, problemOf, useText, type ApiProblem } from './common';

/**
 * "Reveal contact" on the complaint work panel and the volunteer edit view: asks for a reason, then shows
 * the contact data under a watermark naming the viewer and the time (POST
 * /admin/mind-work/complaints|volunteers/:id/reveal, src/lib/privacy/reveal/). Shown only until hidden or
 * the page is left: nothing is kept in the browser.
 */

type Contact = { name?: string | null; fullName?: string | null; phone?: string | null; email?: string | null; nationalId?: string | null };
interface Revealed extends Contact {
  /** a complaint's answer holds its complainant; a volunteer's answer holds the fields themselves */
  complainant?: Contact | null;
  watermark: { viewer: string; at: string; label: string };
}

export function RevealContact({ documentId, of = 'complaints' }: { documentId: string; of?: 'complaints' | 'volunteers' }) {
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
      const res = await post(`/admin/mind-work/${of}/${documentId}/reveal`, { reason });
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
    const c = of === 'complaints' ? shown.complainant : shown;
    const rows: Array<[string, string | null | undefined]> = !c
      ? []
      : of === 'complaints'
        ? [
            [text('complainantName'), c.name],
            [text('phone'), c.phone],
            [text('email'), c.email],
          ]
        : [
            [text('volunteerName'), c.fullName],
            [text('phone'), c.phone],
            [text('email'), c.email],
            [text('nationalId'), c.nationalId],
          ];
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
          <span>{text(of === 'complaints' ? 'noContact' : 'noVolunteerContact')}</span>
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

  // the server judges the length and names `reason` in its 400, shown under the field
  const empty = !reason.trim();
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
        <Button primary data-submit disabled={busy || empty} onClick={() => void reveal()}>
          {text('confirm')}
        </Button>
        <Button onClick={() => setAsking(false)}>{text('cancel')}</Button>
      </div>
    </div>
  );
}
