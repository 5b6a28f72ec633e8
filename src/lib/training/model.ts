import type { UID } from '@strapi/strapi';
import type { EnumValue } from '../platform/model';

/** Training: content types and the kinds of material. */
export const MATERIAL_UID = 'api::training-material.training-material' as const satisfies UID.ContentType;
export const ACK_UID = 'api::training-acknowledgement.training-acknowledgement' as const satisfies UID.ContentType;
export const TOPIC_UID = 'api::topic.topic' as const satisfies UID.ContentType;
export const FUND_UID = 'api::fund.fund' as const satisfies UID.ContentType;

export const MATERIAL_KINDS = [
  'law',
  'regulation',
  'ministerial_regulation',
  'announcement',
  'fund_measure',
  'guideline',
  'manual',
  'course',
] as const satisfies readonly EnumValue<typeof MATERIAL_UID, 'kind'>[];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const QUIZ_ATTEMPT_UID = 'api::training-quiz-attempt.training-quiz-attempt' as const satisfies UID.ContentType;
