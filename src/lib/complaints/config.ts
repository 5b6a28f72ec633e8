/** Limits of complaint intake, from the environment (see README, "Configuration"). */
const int = (name: string, fallback: number) => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
};

export function attachmentLimits() {
  return {
    max: int('COMPLAINT_ATTACHMENTS_MAX', 5),
    maxBytes: int('COMPLAINT_ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024),
  };
}

export function rateLimits() {
  return {
    intake: { points: int('PUBLIC_INTAKE_RATE_LIMIT', 10), durationSeconds: int('PUBLIC_INTAKE_RATE_WINDOW_SECONDS', 3600) },
    lookup: { points: int('PUBLIC_LOOKUP_RATE_LIMIT', 60), durationSeconds: int('PUBLIC_LOOKUP_RATE_WINDOW_SECONDS', 60) },
  };
}
