import { Box } from './common';
import { RevealContact } from './reveal-contact';

/** The volunteer edit view's "Reveal contact" (POST /admin/mind-work/volunteers/:id/reveal, by reason, audited). */
export function VolunteerWork({ documentId }: { documentId: string }) {
  return (
    <Box data-work="volunteer">
      <RevealContact documentId={documentId} of="volunteers" />
    </Box>
  );
}
