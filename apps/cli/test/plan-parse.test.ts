import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real command in a child process, reading the sample plans as an operator would.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const samplesDir = join(repoRoot, 'samples', 'plans');

const dir = mkdtempSync(join(tmpdir(), 'lantoa-cli-'));
const lantoa = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'apps/cli/bin/lantoa.js'), 'plan', 'parse', ...args], {
    encoding: 'utf8',
    cwd: repoRoot,
  });

describe('lantoa plan parse', () => {
  it('prints the extraction as JSON and exits 0 for a plan it reads fully', () => {
    const r = lantoa(join(samplesDir, 'tuyen-quang-2026.txt'), '--json');
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.document.place).toBe('Tuyên Quang');
    expect(x.warnings).toEqual([]);
  });

  it('prints a summary in Vietnamese without --json', () => {
    const r = lantoa(join(samplesDir, 'hoa-an-2026.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nhiệm vụ (6):');
    expect(r.stdout).toContain('Chủ trì: Phòng Văn hóa - Xã hội');
  });

  it('exits 1 when the extraction has warnings', () => {
    const news = join(dir, 'tin-tuc.txt');
    writeFileSync(
      news,
      'Sáng 12/3 đã diễn ra hội thảo về chuyển đổi số.\nCác chuyên gia đánh giá cao kết quả.\n',
    );
    const r = lantoa(news, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).warnings.length).toBeGreaterThan(0);
  });

  it('exits 2 with a Vietnamese message when the file cannot be read', () => {
    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    const r = lantoa(empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Tệp rỗng');
    expect(lantoa(join(dir, 'khong-co.txt')).status).toBe(2);
    expect(lantoa().status).toBe(2);
  });
});
