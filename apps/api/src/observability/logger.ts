import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Redaction is a safety net: code must never pass PII, tokens or
 * passwords to the logger in the first place.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "openleave-api" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "*.password",
        "*.newPassword",
        "*.ssn",
        "*.taxId",
        "*.accountNumber",
        "*.token",
        "*.cookie",
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
      ],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
