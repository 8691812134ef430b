import { startOfDay } from './utcTime';

const HOUR = 3_600_000;

/** The presets of Get Many's Period; `custom` reads From and To instead. */
export const PERIOD_OPTIONS = [
	{ name: 'Custom Range', value: 'custom', description: 'Between the dates set in From and To' },
	{ name: 'Last 24 Hours', value: 'last24Hours', description: 'The 24 hours up to now' },
	{ name: 'Last 7 Days', value: 'last7Days', description: 'The 7 × 24 hours up to now' },
	{
		name: 'Today',
		value: 'today',
		description: "Since midnight in the workflow's timezone, up to now",
	},
	{
		name: 'Yesterday',
		value: 'yesterday',
		description: "The whole of yesterday in the workflow's timezone",
	},
];

export type PresetPeriod = 'last24Hours' | 'last7Days' | 'today' | 'yesterday';

/** A preset period ending now, as [since, to] in milliseconds, days in `timeZone`. */
export function presetRange(
	period: PresetPeriod,
	now: number,
	timeZone: string,
): { since: number; to: number } {
	switch (period) {
		case 'last24Hours':
			return { since: now - 24 * HOUR, to: now };
		case 'last7Days':
			return { since: now - 7 * 24 * HOUR, to: now };
		case 'today':
			return { since: startOfDay(now, timeZone), to: now };
		case 'yesterday':
			return { since: startOfDay(now, timeZone, 1), to: startOfDay(now, timeZone) - 1 };
	}
}
