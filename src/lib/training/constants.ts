export const MATERIAL_UID = 'api::training-material.training-material' as const;
export const ACK_UID = 'api::training-acknowledgement.training-acknowledgement' as const;
export const TOPIC_UID = 'api::topic.topic' as const;
export const FUND_UID = 'api::fund.fund' as const;
export const USER_UID = 'plugin::users-permissions.user' as const;
export const ROLE_UID = 'plugin::users-permissions.role' as const;

/** Locales of the training content: Thai is the default, English the second language. */
export const TRAINING_LOCALES = [
  { code: 'th', name: 'Thai (th)' },
  { code: 'en', name: 'English (en)' },
] as const;
