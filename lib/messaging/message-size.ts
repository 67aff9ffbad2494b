import { LIMITS } from '../model/limits';

/**
 * Whether a message payload is over the size any of our messages may have (LIMITS.messageChars of JSON), or
 * cannot be serialised at all (cycles, BigInt). Checked before anything else reads the payload. Free of
 * schemas: both ends of the protocol use it, content scripts included.
 */
export function exceedsMessageLimit(payload: unknown): boolean {
  try {
    return (JSON.stringify(payload)?.length ?? 0) > LIMITS.messageChars;
  } catch {
    return true;
  }
}
