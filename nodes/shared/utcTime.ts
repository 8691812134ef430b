/** Date, optional time (T or space), optional fraction, optional zone (only after a time). */
const DATE = /(\d{4})-(\d{2})-(\d{2})/.source;
const TIME = /(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?/.source;
const ISO_TIME = new RegExp(`^${DATE}${TIME}$`, 'i');

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
	const asUtc = utcWallClock(
		get('year'),
		get('month'),
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
		0,
	);
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** Milliseconds since the epoch of a wall-clock time read as UTC; years 0–99 stay years 0–99. */
function utcWallClock(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
	millis: number,
): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour, minute, second, millis);
	return date.getTime();
}

/** Whether the parts name a real calendar date and a time of day (no February 30th, no 24:00). */
function isRealTime(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
): boolean {
	if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
	const check = new Date(utcWallClock(year, month, day, 0, 0, 0, 0));
	return (
		check.getUTCFullYear() === year &&
		check.getUTCMonth() === month - 1 &&
		check.getUTCDate() === day
	);
}

/**
 * A time as Ginee wants it (UTC ISO-8601, e.g. 2024-03-31T03:55:28.000Z), or undefined when the
 * value is not a real date and time. Values with a zone keep it; values without one (n8n's date
 * picker gives those) are read in `timeZone`, the workflow's.
 */
export function toGineeUtc(value: unknown, timeZone: string): string | undefined {
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		value = (value as { toISO: () => string }).toISO();
	}
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	if (typeof value !== 'string') return undefined;
	const match = ISO_TIME.exec(value.trim());
	if (!match) return undefined;
	const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
	if (!isRealTime(+year, +month, +day, +hour, +minute, +second)) return undefined;
	const wallClock = utcWallClock(
		+year,
		+month,
		+day,
		+hour,
		+minute,
		+second,
		+fraction.slice(0, 3).padEnd(3, '0'),
	);
	if (zone) {
		if (zone.toUpperCase() === 'Z') return new Date(wallClock).toISOString();
		const [, sign, zoneHours, zoneMinutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(
			zone,
		) as RegExpExecArray;
		if (+zoneHours > 14 || +zoneMinutes > 59) return undefined;
		const offset = (sign === '-' ? -1 : 1) * (+zoneHours * 60 + +zoneMinutes);
		return new Date(wallClock - offset * 60000).toISOString();
	}
	const guess = wallClock - zoneOffsetMinutes(wallClock, timeZone) * 60000;
	return new Date(wallClock - zoneOffsetMinutes(guess, timeZone) * 60000).toISOString();
}

/** Midnight in `timeZone` of the day `instant` falls on there, `daysBack` days earlier. */
export function startOfDay(instant: number, timeZone: string, daysBack = 0): number {
	const wallClock = instant + zoneOffsetMinutes(instant, timeZone) * 60000;
	const day = new Date(wallClock);
	const midnight = utcWallClock(
		day.getUTCFullYear(),
		day.getUTCMonth() + 1,
		day.getUTCDate() - daysBack,
		0,
		0,
		0,
		0,
	);
	return Date.parse(toGineeUtc(new Date(midnight).toISOString().slice(0, 10), timeZone) as string);
}

/** For date fields: which timezone a value without an offset is read in. */
export const TIMEZONE_HINT =
	"Without an offset (e.g. +07:00) read in the workflow's timezone: Workflow settings → " +
	'Timezone (n8n uses its GENERIC_TIMEZONE when the workflow has none)';
