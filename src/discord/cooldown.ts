// Per-user cooldown between questions, so one member cannot flood a channel through the bot.
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(private readonly seconds: number, private readonly now: () => number = Date.now) {}

  /** Seconds the user still has to wait, or 0 (and the use is recorded). */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const previous = this.last.get(userId);
    const wait = previous === undefined ? 0 : previous + this.seconds * 1000 - now;
    if (wait > 0) return Math.ceil(wait / 1000);
    this.last.set(userId, now);
    if (this.last.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [user, at] of this.last) if (at + this.seconds * 1000 <= now) this.last.delete(user);
  }
}
