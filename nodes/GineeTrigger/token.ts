import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a received token with the expected one in constant time, whatever their lengths. */
export function tokenMatches(received: unknown, expected: string): boolean {
	if (typeof received !== 'string') return false;
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(received), digest(expected));
}
