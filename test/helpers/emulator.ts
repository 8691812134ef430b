import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GineeEmulator } = require('../emulator/server');

export interface Emulator {
	url: string;
	account: { accessKey: string; secretKey: string; country: string };
	store: { orders: Map<string, Record<string, any>>; shops: Array<Record<string, any>> };
	requests: Array<{ method: string; path: string; headers: Record<string, string>; body: any }>;
	start(port?: number): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
	injectFault(fault: { kind: string; path?: string; times?: number; ms?: number; data?: unknown; location?: string; retryAfter?: number | string }): void;
	calls(path: string): Array<{ body: any; headers: Record<string, string> }>;
}

export async function startEmulator(options: Record<string, unknown> = {}): Promise<Emulator> {
	const emulator = new GineeEmulator(options) as Emulator;
	await emulator.start();
	return emulator;
}

export function credentialsFor(emulator: Emulator, overrides: Partial<ICredentialDataDecryptedObject> = {}): ICredentialDataDecryptedObject {
	return { ...emulator.account, host: emulator.url, ...overrides };
}
