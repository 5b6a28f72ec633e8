import { intEnv } from '../platform/env';

/** Limits of complaint intake, from the environment (see README, "Configuration"). */
export function attachmentLimits() {
  return {
    max: intEnv('COMPLAINT_ATTACHMENTS_MAX', 5),
    maxBytes: intEnv('COMPLAINT_ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024),
  };
}

export function rateLimits() {
  return {
    intake: { points: intEnv('PUBLIC_INTAKE_RATE_LIMIT', 10), durationSeconds: intEnv('PUBLIC_INTAKE_RATE_WINDOW_SECONDS', 3600) },
    lookup: { points: intEnv('PUBLIC_LOOKUP_RATE_LIMIT', 60), durationSeconds: intEnv('PUBLIC_LOOKUP_RATE_WINDOW_SECONDS', 60) },
  };
}
