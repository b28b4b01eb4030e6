// `lantoa restore` (issue 21): being built.
export async function run(_args: string[]): Promise<number> {
  console.error('Lệnh này chưa sẵn sàng. / Not built yet.');
  return 2;
}
