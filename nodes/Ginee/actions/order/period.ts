import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { startOfDay, TIMEZONE_HINT, toGineeUtc } from '../../../shared/utcTime';

const HOUR = 3_600_000;

/** The presets of Get Many's Period; `custom` reads From and To instead. */
const PERIOD_OPTIONS = [
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

type PresetPeriod = 'last24Hours' | 'last7Days' | 'today' | 'yesterday';

/** A preset period ending now, as [since, to] in milliseconds, days in `timeZone`. */
function presetRange(
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

function readTime(
	this: IExecuteFunctions,
	name: 'since' | 'to',
	label: string,
	itemIndex: number,
): number {
	const value = this.getNodeParameter(name, itemIndex);
	const utc = toGineeUtc(value, this.getTimezone());
	if (!utc)
		throw new NodeOperationError(
			this.getNode(),
			`'${label}' is not a valid date and time: ${JSON.stringify(value)}`,
			{ itemIndex },
		);
	return Date.parse(utc);
}

/** The range an item asks for: a preset period ending now, or From and To. */
export function readRange(
	this: IExecuteFunctions,
	itemIndex: number,
): { since: number; to: number } {
	const period = this.getNodeParameter('period', itemIndex, 'last24Hours') as
		| PresetPeriod
		| 'custom';
	if (period !== 'custom') return presetRange(period, Date.now(), this.getTimezone());
	const since = readTime.call(this, 'since', 'From', itemIndex);
	const to = readTime.call(this, 'to', 'To', itemIndex);
	if (to < since) {
		throw new NodeOperationError(
			this.getNode(),
			`'To' (${new Date(to).toISOString()}) must not be before 'From' ` +
				`(${new Date(since).toISOString()})`,
			{ itemIndex },
		);
	}
	return { since, to };
}

/** Period, and the From and To that Custom Range shows. */
export function periodProperties(
	defaultPeriod: PresetPeriod,
	description: string,
	sinceDescription: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Period',
			name: 'period',
			type: 'options',
			options: PERIOD_OPTIONS,
			default: defaultPeriod,
			description,
		},
		{
			displayName: 'From',
			name: 'since',
			type: 'dateTime',
			required: true,
			default: '',
			placeholder: 'e.g. 2026-11-20T00:00:00',
			displayOptions: { show: { period: ['custom'] } },
			hint: TIMEZONE_HINT,
			description: sinceDescription,
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'dateTime',
			required: true,
			default: '',
			placeholder: 'e.g. 2026-11-21T00:00:00',
			displayOptions: { show: { period: ['custom'] } },
			hint: TIMEZONE_HINT,
			description: 'End of the range',
		},
	];
}
