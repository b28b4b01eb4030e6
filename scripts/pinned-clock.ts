// Preloaded with `node --import ./scripts/pinned-clock.ts` by the tests that start the real server
// as a child process (browser tests): when LANTOA_TEST_CLOCK names an instant, the process's clock
// starts there and runs on at real speed, so due dates, periods and "today" are the same on every
// day the suite is run. Everything in the server reads time through `Date` (PGlite's `now()` too),
// so replacing `Date` pins it all; the browser's clock is pinned to the same instant (e2e/support/clock.ts).
const pinned = process.env.LANTOA_TEST_CLOCK;

if (pinned) {
  const start = Date.parse(pinned);
  if (Number.isNaN(start)) throw new Error(`LANTOA_TEST_CLOCK is not a date: ${pinned}`);
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;

  // A function rather than a subclass so that `Date()` without `new` keeps returning a string.
  function PinnedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new RealDate(...(args as [string]));
  }
  PinnedDate.prototype = RealDate.prototype;
  PinnedDate.now = now;
  PinnedDate.parse = RealDate.parse;
  PinnedDate.UTC = RealDate.UTC;
  globalThis.Date = PinnedDate as unknown as DateConstructor;
}
