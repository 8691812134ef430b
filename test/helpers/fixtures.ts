// The shared test set-up (./shared.js, also used by the JavaScript tests), typed for TypeScript tests.
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import * as shared from './shared';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's records are free-form JSON
export type Json = Record<string, any>;

export interface Emulator {
	url: string;
	account: { accessKey: string; secretKey: string; country: string };
	store: { orders: Map<string, Json>; shops: Json[]; products: Json[] };
	requests: Array<{
		method: string;
		path: string;
		headers: Record<string, string>;
		body: Json;
		/** The emulator carried the request out. */
		applied?: boolean;
	}>;
	start(port?: number): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
	injectFault(fault: {
		kind: string;
		path?: string;
		times?: number;
		ms?: number;
		data?: unknown;
		location?: string;
		retryAfter?: number | string;
		onTake?: () => void;
	}): void;
	calls(path: string): Array<{ body: Json; headers: Record<string, string> }>;
	faults: { clear(): void };
	createOrders(options?: { count?: number; status?: string; at?: number }): Json[];
	advanceOrders(options: {
		orderIds: string[];
		at?: number;
	}): Array<{ orderId: string; from: string; to: string; lastUpdateAt: string }>;
	setListLag(ms: number): void;
	setShipTaskMs(ms: number): void;
	setPriceTaskMs(ms: number): void;
	setProductDeleteTaskMs(ms: number): void;
	setProductCreateTaskMs(ms: number): void;
}

export const { DAY, PATHS, sleep, startLocalServer, getDetailsParameters, enableSsrfProtection } =
	shared;

export const useEmulator = shared.useEmulator as (options?: Record<string, unknown>) => Emulator;

export const credentialsFor = shared.credentialsFor as (
	emulator: Emulator,
	overrides?: Partial<ICredentialDataDecryptedObject>,
) => ICredentialDataDecryptedObject;

export const storedSchema = shared.storedSchema as (
	typeVersion: number,
	name: string,
	derived: Json,
) => Json;

export const recentOrders = shared.recentOrders as (
	emulator: Emulator,
	maxAgeDays?: number,
) => Json[];

export const updateManualOrderParameters = shared.updateManualOrderParameters as (
	order: Json,
	overrides?: Json,
) => Json;

export const createManualOrderParameters = shared.createManualOrderParameters as (
	emulator: Emulator,
	externalOrderSn: string,
) => Json;
