'use strict';
// Faults injected on demand: each applies to the next `times` requests whose path matches.
const KINDS = ['latency', 'SERVICE_BUSY', 'http429', 'http500', 'drop', 'hang'];

class FaultPlan {
	constructor() {
		this.faults = [];
	}

	add({ kind, path, times = 1, ms = 0 }) {
		if (!KINDS.includes(kind)) throw new Error(`unknown fault kind ${kind}; use one of ${KINDS.join(', ')}`);
		this.faults.push({ kind, path, remaining: times, ms });
	}

	clear() {
		this.faults = [];
	}

	/** Faults for this request, in the order they were added; used-up ones are dropped. */
	take(path) {
		const taken = [];
		for (const fault of this.faults) {
			if (fault.remaining > 0 && (!fault.path || fault.path === path)) {
				fault.remaining -= 1;
				taken.push(fault);
			}
		}
		this.faults = this.faults.filter((fault) => fault.remaining > 0);
		return taken;
	}
}

module.exports = { FaultPlan, FAULT_KINDS: KINDS };
