'use strict';
// Faults injected on demand, queued: a request takes the first fault whose path matches, and a
// fault serves `times` requests before the next one in the queue comes up.
// answer: a SUCCESS envelope around `data` (for answers Ginee should never give); rawAnswer: `data`
// as the body's text, as it is (e.g. numbers JavaScript cannot hold); refuse: Ginee's
// BUSINESS_ERROR with `data` as its message, nothing done; redirect: a 307 to
// `location`; http429 may carry `retryAfter` (seconds) as Retry-After. appliedThen502 and
// appliedThenHang carry the request out (a write changes the data), then answer a gateway's 502 or
// never answer; appliedThenDrop carries it out and closes the connection: what a client sees when
// Ginee applied a change and the answer was lost. A request a route carried out is recorded with
// `applied: true`.
const KINDS = [
	'latency',
	'SERVICE_BUSY',
	'http429',
	'http500',
	'drop',
	'hang',
	'answer',
	'rawAnswer',
	'refuse',
	'redirect',
	'appliedThen502',
	'appliedThenHang',
	'appliedThenDrop',
];

class FaultPlan {
	constructor() {
		this.faults = [];
	}

	/** `onTake`, if given, runs when a request takes the fault (e.g. a change made meanwhile). */
	add({ kind, path, times = 1, ms = 0, data, location, retryAfter, onTake }) {
		if (!KINDS.includes(kind))
			throw new Error(`unknown fault kind ${kind}; use one of ${KINDS.join(', ')}`);
		this.faults.push({ kind, path, remaining: times, ms, data, location, retryAfter, onTake });
	}

	clear() {
		this.faults = [];
	}

	/** The fault for this request, if any; a used-up fault leaves the queue. */
	take(path) {
		const fault = this.faults.find((candidate) => !candidate.path || candidate.path === path);
		if (!fault) return undefined;
		fault.remaining -= 1;
		fault.onTake?.();
		if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
		return fault;
	}
}

module.exports = { FaultPlan, FAULT_KINDS: KINDS };
