// The content types live in the models; re-exported for the training code that reads them here.
export { MATERIAL_UID, ACK_UID, TOPIC_UID, FUND_UID, QUIZ_ATTEMPT_UID } from './model';
export { ROLE_UID } from '../platform/model';

/** Locales of the training content: Thai is the default, English the second language. */
export const TRAINING_LOCALES = [
  { code: 'th', name: 'Thai (th)' },
  { code: 'en', name: 'English (en)' },
] as const;
