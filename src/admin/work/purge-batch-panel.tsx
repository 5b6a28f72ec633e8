import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, ErrorNote, problemOf, useText, type ApiProblem } from './common';

/**
 * The purge batch edit view's buttons: approve or reject, through
 * /admin/mind-privacy/purge-batches/:id/approve|reject (super admins and the privacy officer; the
 * server refuses others and a batch no longer proposed, and the panel shows its message).
 */
export function PurgeBatchWork({ documentId }: { documentId: string }) {
  const text = useText();
  const { post } = useFetchClient();
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const [decided, setDecided] = React.useState<'approved' | 'rejected' | null>(null);

  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(true);
    try {
      const res = await post(`/admin/mind-privacy/purge-batches/${documentId}/${decision}`, {});
      setDecided((res.data as { data: { state: 'approved' | 'rejected' } }).data.state);
      setProblem(null);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box data-purge-batch-work>
      <p style={{ margin: 0, fontSize: 12 }}>{text('purgeNote')}</p>
      {decided ? (
        <p role="status" style={{ margin: 0, fontWeight: 600 }}>
          {text(decided === 'approved' ? 'purgeApproved' : 'purgeRejected')}
        </p>
      ) : (
        <>
          <Button primary disabled={busy} onClick={() => void decide('approve')}>
            {text('approvePurge')}
          </Button>
          <Button disabled={busy} onClick={() => void decide('reject')}>
            {text('rejectPurge')}
          </Button>
        </>
      )}
      <ErrorNote problem={problem} />
    </Box>
  );
}
