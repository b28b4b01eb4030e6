// The test's HTTP client: JSON in and out, a client address in X-Forwarded-For (believed by the
// instances because the test, like HAProxy, connects from the trusted 127.0.0.1), and retries of what
// a killed instance cut short, as the contest page retries its queued answers.

export interface Reply {
  status: number;
  json: Record<string, unknown>;
  headers: Headers;
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: object; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { text };
  }
  return { status: res.status, json, headers: res.headers };
}

/** What the retries met: requests cut by the kill (network errors, 502/503 from HAProxy). */
export interface RetryCounts {
  retried: number;
  networkErrors: number;
  serverErrors: Record<number, number>;
}

/**
 * {@link call}, again after a network error or a 5xx (at most `attempts` times, 200 ms apart): every
 * request the participants send is idempotent (registering again with the same phone, resuming the
 * attempt, the same answer, the same submit).
 */
export async function callRetrying(counts: RetryCounts, ...args: Parameters<typeof call>): Promise<Reply> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await call(...args);
      if (reply.status < 500 || attempt >= 20) return reply;
      counts.serverErrors[reply.status] = (counts.serverErrors[reply.status] ?? 0) + 1;
    } catch (error) {
      if (attempt >= 20) throw error;
      counts.networkErrors++;
    }
    counts.retried++;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
