/**
 * A token bucket bounding requests per second to one target. Waiting here is the rate limit
 * itself (a timer until the next token), not a sleep standing in for an event.
 */
export class RateLimiter {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number, private readonly burst = Math.max(1, Math.ceil(perSecond))) {
    this.tokens = this.burst;
  }

  private waiting = 0;

  /**
   * Resolves when one request may be sent; calls are served in order. Returns undefined when a
   * token is there and nobody is waiting: the caller may send at once (no promise to await).
   */
  take(): Promise<void> | undefined {
    if (this.waiting === 0) {
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return undefined;
      }
    }
    this.waiting += 1;
    const turn = this.queue.then(() => this.waitForToken()).finally(() => (this.waiting -= 1));
    this.queue = turn;
    return turn;
  }

  private async waitForToken(): Promise<void> {
    this.refill();
    if (this.tokens < 1) {
      const waitMs = ((1 - this.tokens) / this.perSecond) * 1000;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      this.refill();
    }
    this.tokens -= 1;
  }

  private refill(): void {
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}
