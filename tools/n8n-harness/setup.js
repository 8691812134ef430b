'use strict';
// The set-up the end-to-end tests share: real n8n with our package, the Ginee emulator, a signed-in
// owner and a Ginee credential pointed at the emulator.
const { GineeEmulator } = require('../ginee-emulator/server');
const { N8nInstance } = require('./n8n');

/** Creates, in a running n8n, a Ginee credential for the emulator's account. */
async function createEmulatorCredential(n8n, emulator, name = 'Ginee (local emulator)') {
	return await n8n.createCredential(name, 'gineeApi', { ...emulator.account, host: emulator.url });
}

/**
 * Starts the emulator and n8n before the tests of the enclosing block and stops both after them.
 * `credential` is set once n8n runs; `n8n` takes N8nInstance's options (version, env, logPatterns…).
 */
function useN8nWithEmulator({ emulator: emulatorOptions, ...n8nOptions } = {}) {
	const setup = {
		emulator: new GineeEmulator(emulatorOptions),
		n8n: new N8nInstance(n8nOptions),
		credential: undefined,
	};
	beforeAll(async () => {
		await setup.emulator.start();
		await setup.n8n.start();
		await setup.n8n.signIn();
		setup.credential = await createEmulatorCredential(setup.n8n, setup.emulator);
	});
	afterAll(async () => {
		await setup.n8n.dispose();
		await setup.emulator.stop();
	});
	return setup;
}

module.exports = { createEmulatorCredential, useN8nWithEmulator };
