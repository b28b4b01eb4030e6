// The worker side of runIsolated: imports the task's module, runs the named export on the input and
// posts back either its value or the error it threw (name, message and the code/detail/field our
// error classes carry), so the caller can rebuild a meaningful refusal.
import { parentPort, workerData } from 'node:worker_threads';

const { module, exportName, input } = workerData as { module: string; exportName: string; input: unknown };

const fieldOf = (error: object, key: string): string | undefined => {
  const value = (error as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
};

try {
  const loaded = (await import(module)) as Record<string, unknown>;
  const run = loaded[exportName];
  if (typeof run !== 'function') throw new Error(`${module} has no function ${exportName}`);
  const value: unknown = await run(input);
  parentPort?.postMessage({ ok: true, value });
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  parentPort?.postMessage({
    ok: false,
    error: {
      name: e.name,
      message: e.message,
      code: fieldOf(e, 'code'),
      detail: fieldOf(e, 'detail'),
      field: fieldOf(e, 'field'),
    },
  });
}
