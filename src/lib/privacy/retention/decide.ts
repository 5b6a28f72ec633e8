import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict } from '../../platform/validation';
import { audit } from '../../security/audit';
import { PURGE_BATCH_UID, type BatchState } from './batch';

export type Decision = 'approve' | 'reject';

const ACTION = 'personal_data.purge_batch_decision';

/**
 * The privacy officer's decision on a proposed batch: approved, the propose-purge job cleans its
 * records on its next run; rejected, nothing is touched. Only a proposed batch can be decided (409).
 */
export async function decideBatch(strapi: Core.Strapi, documentId: string, decision: Decision, by: string, now: Date) {
  return strapi.db.transaction(async () => {
    const batch = await strapi.db
      .query(PURGE_BATCH_UID)
      .findOne({ where: { documentId }, select: ['id', 'documentId', 'state', 'counts'] });
    if (!batch) throw new errors.NotFoundError('purge batch not found');
    if ((batch.state as BatchState) !== 'proposed') {
      throw conflict(`the batch is ${batch.state}; only a proposed batch can be approved or rejected`, { state: batch.state });
    }
    const state: BatchState = decision === 'approve' ? 'approved' : 'rejected';
    await strapi.db.query(PURGE_BATCH_UID).update({ where: { id: batch.id }, data: { state, decidedAt: now, decidedBy: by } });
    await audit(strapi, {
      action: ACTION,
      targetType: PURGE_BATCH_UID,
      targetId: documentId,
      details: { decision: state, counts: batch.counts },
    });
    return { documentId, state, decidedAt: now, decidedBy: by, counts: batch.counts };
  });
}
