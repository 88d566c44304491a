// Log redaction: credentials never reach the logs, whatever the log level.
export const LOG_REDACT = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'res.headers["set-cookie"]',
    'req.body.password',
    'req.body.currentPassword',
    'req.body.newPassword',
    'req.body.code',
    '*.password',
    '*.passwordHash',
    '*.tokenHash',
    '*.secret',
  ],
  censor: '[redacted]',
};
