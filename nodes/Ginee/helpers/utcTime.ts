const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/** Minutes east of UTC that `timeZone` is at the given instant. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * A time as Ginee wants it (UTC ISO-8601, e.g. 2024-03-31T03:55:28.000Z), or undefined when the
 * value is not a valid time. Values with a zone keep it; values without one (n8n's date picker
 * gives those) are read in `timeZone`, the workflow's.
 */
export function toGineeUtc(value: unknown, timeZone: string): string | undefined {
	if (value && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		value = (value as { toISO: () => string }).toISO();
	}
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (HAS_ZONE.test(text) && /^\d{4}-\d{2}-\d{2}T/.test(text)) {
		const instant = Date.parse(text);
		return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
	}
	const match = LOCAL_ISO.exec(text);
	if (!match) return undefined;
	const [, year, month, day, hour = '0', minute = '0', second = '0', millis = '0'] = match;
	const wallClock = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, +millis.padEnd(3, '0'));
	const check = new Date(wallClock);
	if (check.getUTCMonth() !== +month - 1 || check.getUTCDate() !== +day || +hour > 23 || +minute > 59 || +second > 59) return undefined;
	const guess = wallClock - zoneOffsetMinutes(wallClock, timeZone) * 60000;
	return new Date(wallClock - zoneOffsetMinutes(guess, timeZone) * 60000).toISOString();
}
