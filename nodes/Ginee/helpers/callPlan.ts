import type { Unit } from './writes';

/**
 * The calls to make for these units, in input order: at most `perCall` units each; with `group`,
 * only units of one group share a call (e.g. one warehouse); with `distinct`, never two units of
 * the same value in a call (a later change of the same SKU goes in a later call, so changes apply
 * in input order).
 */
export function planCalls<W>(
	units: Array<Unit<W>>,
	perCall: number,
	{
		group = () => '',
		distinct,
	}: { group?: (write: W) => string; distinct?: (write: W) => string } = {},
): Array<Array<Unit<W>>> {
	const calls: Array<Array<Unit<W>>> = [];
	const byGroup = new Map<string, Array<Array<Unit<W>>>>();
	for (const unit of units) {
		const groupCalls = byGroup.get(group(unit.write)) ?? [];
		byGroup.set(group(unit.write), groupCalls);
		let after = -1;
		if (distinct)
			groupCalls.forEach((call, index) => {
				if (call.some((other) => distinct(other.write) === distinct(unit.write))) after = index;
			});
		let target = groupCalls.findIndex((call, index) => index > after && call.length < perCall);
		if (target === -1) {
			groupCalls.push([]);
			calls.push(groupCalls[groupCalls.length - 1]);
			target = groupCalls.length - 1;
		}
		groupCalls[target].push(unit);
	}
	return calls;
}
