// Global setup of the integration project: the test databases of the run are copies of templates
// built here once (migrated; migrated with the demo data), instead of each file running initdb,
// the migrations and the demo seed again. See createTestDatabase (@lantoa/db/testing).
import { buildTestTemplates, TEST_TEMPLATES_ENV } from '@lantoa/db/testing';
import { DEMO_TEMPLATE, seedDemoTemplate } from './demo-database.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const started = performance.now();
  const templates = await buildTestTemplates({ [DEMO_TEMPLATE]: seedDemoTemplate });
  // Set before the workers start, which inherit this environment.
  process.env[TEST_TEMPLATES_ENV] = templates.env;
  console.log(`test database templates ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    delete process.env[TEST_TEMPLATES_ENV];
    await templates.dispose();
  };
}
