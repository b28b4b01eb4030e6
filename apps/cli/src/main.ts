// The `lantoa` command: each subcommand lives in commands/<group>-<verb>.ts and exports
// `run(args): Promise<number>`, the process exit code.

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>;
}

const commands: Record<string, Command> = {
  serve: {
    summary: 'Chạy ứng dụng web và API (cổng PORT, mặc định 8057)',
    load: () => import('./commands/serve.ts'),
  },
  'db migrate': {
    summary: 'Áp dụng các bản di chuyển cơ sở dữ liệu',
    load: () => import('./commands/db-migrate.ts'),
  },
  'seed demo': {
    summary: 'Nạp dữ liệu mẫu vào cơ sở dữ liệu trống',
    load: () => import('./commands/seed-demo.ts'),
  },
  'orgs import-units': {
    summary: 'Nhập 34 tỉnh và 3.321 xã, phường từ danh mục hành chính [FILE]',
    load: () => import('./commands/orgs-import-units.ts'),
  },
  'plan import': {
    summary: 'Nhập nhiều kế hoạch vào hệ thống để rà soát [--publish]',
    load: () => import('./commands/plan-import.ts'),
  },
  'plan parse': {
    summary: 'Đọc một kế hoạch (.txt, .docx, .pdf) thành dữ liệu có cấu trúc [--json]',
    load: () => import('./commands/plan-parse.ts'),
  },
  backup: {
    summary: 'Sao lưu cơ sở dữ liệu và các tệp vào FILE',
    load: () => import('./commands/backup.ts'),
  },
  restore: {
    summary: 'Khôi phục từ bản sao lưu FILE vào cơ sở dữ liệu trống',
    load: () => import('./commands/restore.ts'),
  },
  'files migrate': {
    summary: 'Chuyển các tệp đã lưu sang nơi lưu khác --to database|dir:THƯ_MỤC|s3://…',
    load: () => import('./commands/files-migrate.ts'),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  lantoa ${name.padEnd(22)} ${c.summary}`);
  return `Cách dùng / Usage:\n${lines.join('\n')}`;
}

const argv = process.argv.slice(2);
const name = Object.keys(commands).find((key) => key.split(' ').every((word, i) => argv[i] === word));
if (!name) {
  console.error(usage());
  process.exit(argv.length === 0 || argv[0] === '--help' ? 0 : 2);
}
const command = commands[name] as Command;
const module = await command.load();
process.exitCode = await module.run(argv.slice(name.split(' ').length));
