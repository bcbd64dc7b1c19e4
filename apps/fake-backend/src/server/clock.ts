/** Virtual time for the real-time server: seconds since the backend was created, from performance.now(). */
export class VirtualClock {
  private readonly t0 = performance.now();
  /** Wall-clock epoch seconds at virtual time 0. */
  readonly startEpochSeconds = Date.now() / 1000;

  now(): number {
    return (performance.now() - this.t0) / 1000;
  }

  /** Milliseconds of wall time until virtual time `t` (negative when it is already past). */
  msUntil(t: number): number {
    return t * 1000 - (performance.now() - this.t0);
  }
}
