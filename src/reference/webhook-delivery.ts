import { request } from 'undici';
import { isLoopback } from '../harness/net/is-loopback';

const DELIVERY_TIMEOUT_MS = 5_000;

/**
 * Delivers one webhook. The reference target only ever sends to loopback addresses: it runs on
 * developer and CI machines, where any other destination is a mistake, never a test.
 */
export async function deliverWebhook(url: string, headers: Record<string, string>, payload: unknown): Promise<{ status: number } | { error: string }> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { error: `not a URL: ${url}` };
  }
  if (!isLoopback(target.hostname)) return { error: `refused: ${target.hostname} is not a loopback address` };
  try {
    const response = await request(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(payload),
      headersTimeout: DELIVERY_TIMEOUT_MS,
      bodyTimeout: DELIVERY_TIMEOUT_MS,
    });
    await response.body.dump();
    return { status: response.statusCode };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
