export async function run(_args: string[]): Promise<number> {
  console.error('chưa có');
  return 2;
}
