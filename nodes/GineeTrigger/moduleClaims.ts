/**
 * A Ginee account sends every event of a module (orders, delivery orders, master products, …) to
 * one URL. A second published workflow whose Ginee Trigger picks events of the same module for the
 * same account (its credential, or none) would have a URL Ginee never calls; this record, kept by
 * the n8n process that publishes workflows, lets publishing it fail with a message saying so.
 */

/** The module an event belongs to: its entity, the three master product entities as one. */
export function moduleOf(event: string): string | undefined {
	const entity = event.split('.')[0].trim();
	if (!entity || entity === '*') return undefined;
	return entity.startsWith('master_product') ? 'master_product' : entity;
}

const MODULE_WORDS: Record<string, string> = {
	order: 'order',
	'delivery-order': 'delivery order',
	master_product: 'master product',
	inbound_order: 'inbound order',
	outbound_order: 'outbound order',
};

/** "order", "delivery order"; an entity Ginee adds later by its own name. */
export const moduleWords = (module: string) => MODULE_WORDS[module] ?? module;

export interface Claimant {
	/** Workflow ID and node ID: the same trigger published again is not a second one. */
	key: string;
	/** The Ginee account: the trigger's credential ID, '' without one. */
	account: string;
	workflowName: string;
	nodeName: string;
}

const claims = new Map<string, Claimant>();

/**
 * Claims the modules of `events` for a trigger. Returns the first module another trigger holds
 * (and claims nothing), or undefined once all are claimed.
 */
export function claimModules(
	events: string[],
	claimant: Claimant,
): { module: string; holder: Claimant } | undefined {
	const modules = [...new Set(events.map(moduleOf).filter((module) => module !== undefined))];
	for (const module of modules) {
		const holder = claims.get(`${claimant.account}|${module}`);
		if (holder && holder.key !== claimant.key) return { module, holder };
	}
	for (const module of modules) claims.set(`${claimant.account}|${module}`, claimant);
	return undefined;
}

/** Gives up a trigger's claims, when its workflow is unpublished. */
export function releaseModules(key: string): void {
	for (const [claim, holder] of claims) if (holder.key === key) claims.delete(claim);
}
