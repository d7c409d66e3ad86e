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
      .describe('Time all requests of one run together may spend waiting to retry (default 600).'),
    maxResponseBytes: z
      .int()
      .min(1024)
      .optional()
      .describe('Largest response body accepted (default 67108864, 64 MiB); a larger page fails with a clear error.'),
  })
  .describe('Extension: request deadlines, the retry policy and the response size limit. Every key is optional.');
