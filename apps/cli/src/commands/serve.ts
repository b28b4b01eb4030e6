/** `lantoa serve`: starts the web app and API (same as `npm start` without building the web app). */
export async function run(): Promise<number> {
  await import('@lantoa/server/main');
  return await new Promise<number>(() => {});
}
