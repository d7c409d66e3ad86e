// The `http` section: how long a request may take, how often and how long it is retried, and how large a response may be.
import { z } from 'zod';

const seconds = (description: string, max: number) => z.number().positive().max(max).optional().describe(description);

export const httpSchema = z
  .strictObject({
    connectTimeoutSeconds: seconds('Time to open a connection (default 10). Before the server was reached once, a failed connect is not retried.', 600),
    headersTimeoutSeconds: seconds('Time to wait for response headers (default 30); a hung server fails after this times maxAttempts.', 3600),
    bodyTimeoutSeconds: seconds('Longest pause between two parts of a response body (default 30).', 3600),
    requestTimeoutSeconds: seconds('Deadline of one attempt, from sending to the last body byte (default 120).', 86_400),
    minBytesPerSecond: z
      .int()
      .min(0)
      .optional()
      .describe('Average rate a response body must keep once it has been arriving for bodyTimeoutSeconds (default 1024; 0 turns it off).'),
    maxAttempts: z.int().min(1).max(20).optional().describe('Tries of one request, the first included (default 4).'),
    maxRetryWaitSeconds: seconds("Longest single wait before a retry, a server's Retry-After included (default 30; at most 600).", 600),
    requestBudgetSeconds: seconds('Time one request may take over all its attempts and waits (default 180).', 86_400),
    syncRetryBudgetSeconds: z
      .number()
      .min(0)
      .max(86_400)
      .optional()
      .describe(
        'Time the requests of one run may spend waiting to retry without any request succeeding in between (default 600). ' +
          'Every success starts it again, so a long sync that keeps progressing under throttling is never stopped by it.',
      ),
    rateLimits: z
      .array(
        z.strictObject({
          requests: z.int().min(1).describe('Requests allowed per window.'),
          perSeconds: z.number().positive().max(86_400).describe('Length of the window in seconds.'),
          method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional().describe('Only requests with this method; default every method.'),
          path: z
            .string()
            .regex(/^\//, 'must start with "/", relative to apiEndpoint, e.g. "/Groups"')
            .optional()
            .describe('Only requests whose path below apiEndpoint starts with this, e.g. "/Groups"; default every path.'),
        }),
      )
      .optional()
      .describe(
        "The provider's documented request rates: matching requests are paced to them (a token bucket per entry) before the server has to refuse them.",
      ),
    retryOn403Reasons: z
      .array(z.string().regex(/^[A-Za-z0-9_]+$/, 'must be one word, as the provider names the reason (e.g. "userRateLimitExceeded")'))
      .optional()
      .describe(
        'A 403 whose body names one of these reasons (e.g. Google\'s "userRateLimitExceeded", "quotaExceeded") is a rate limit and is retried; other 403s still fail at once.',
      ),
    maxResponseBytes: z
      .int()
      .min(1024)
      .optional()
      .describe('Largest response body accepted (default 67108864, 64 MiB); a larger page fails with a clear error.'),
  })
  .describe('Extension: request deadlines, the retry policy and the response size limit. Every key is optional.');
