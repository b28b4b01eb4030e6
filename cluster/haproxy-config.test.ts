import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAPROXY_COMMAND, haproxyConfig } from '../scripts/haproxy.ts';

// docs/deploy.md gives operators the HAProxy configuration the multi-instance test runs: the text
// scripts/haproxy.ts writes, for the guide's two instances. Either changing alone fails here.
const GUIDE_EXAMPLE = haproxyConfig({
  backends: [
    { host: '10.0.0.11', port: 8057 },
    { host: '10.0.0.12', port: 8057 },
  ],
  bind: '*:80',
});

describe('the HAProxy configuration of the deployment guide', () => {
  it('is the one the multi-instance test runs', () => {
    const guide = readFileSync(new URL('../docs/deploy.md', import.meta.url), 'utf8');
    expect(guide).toContain(`\`\`\`haproxy\n${GUIDE_EXAMPLE}\`\`\``);
  });

  it('is valid for Debian’s HAProxy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantoa-haproxy-check-'));
    try {
      const file = join(dir, 'haproxy.cfg');
      writeFileSync(file, GUIDE_EXAMPLE);
      const check = spawnSync(HAPROXY_COMMAND, ['-c', '-f', file], { encoding: 'utf8' });
      expect(check.error, `${HAPROXY_COMMAND}: apt-get install haproxy`).toBeUndefined();
      expect(`${check.stdout}${check.stderr}`).toContain('Configuration file is valid');
      expect(check.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
