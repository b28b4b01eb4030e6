// The API contract holds by construction: the committed OpenAPI document (docs/openapi.json, which
// other tools read) is what the routes generate, and every API route declares what it answers.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE, openApiDocument } from '../../../scripts/openapi.ts';

interface Operation {
  responses?: Record<string, { content?: unknown }>;
}

describe('the OpenAPI document', () => {
  let generated: Record<string, unknown>;
  beforeAll(async () => {
    generated = await openApiDocument();
  });

  it('committed in docs/openapi.json is the one the routes generate (else run node scripts/openapi.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    expect(committed).toEqual(generated);
  });

  it('declares a success response for every API route: a JSON schema, a file, or 204', () => {
    const paths = generated.paths as Record<string, Record<string, Operation>>;
    const routes = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/') && !path.startsWith('/api/docs'))
      .flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${path}`,
          operation,
        })),
      );
    const undeclared = routes
      .filter(
        ({ operation }) =>
          !Object.entries(operation.responses ?? {}).some(
            ([status, response]) =>
              status.startsWith('2') && (status === '204' || response.content !== undefined),
          ),
      )
      .map(({ route }) => route);
    expect(routes.length).toBeGreaterThan(100);
    expect(undeclared).toEqual([]);
  });
});
