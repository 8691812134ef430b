'use strict';
// What `npm start` prints about the emulator names orders the emulator has, and its curl lines
// deliver to the published trigger and to the Test URL.
const { GineeEmulator } = require('../../tools/ginee-emulator/server');
const { emulatorHelp } = require('../../scripts/startHelp');

describe('npm start: what it prints about the emulator', () => {
	const emulator = new GineeEmulator();
	beforeAll(async () => {
		await emulator.start();
	});
	afterAll(async () => await emulator.stop());

	it('names orders to try by what they are for, and curl lines for the Production and Test URLs', () => {
		const text = emulatorHelp(emulator, 'http://127.0.0.1:5678', 'ginee-orders/ginee');
		const { shippable, shipped, manual } = emulator.trialOrders();
		expect(text).toContain(
			`paid, to accept, ship or cancel   ${shippable[0].orderId} (${shippable[0].channel}), ` +
				`${shippable[1].orderId} (${shippable[1].channel})`,
		);
		expect(text).toContain(`shipping, to print its label      ${shipped.orderId}`);
		expect(text).toContain(`manual, to update or mark shipped ${manual.orderId}`);
		for (const url of [
			'http://127.0.0.1:5678/webhook/ginee-orders/ginee',
			'http://127.0.0.1:5678/webhook-test/ginee-orders/ginee',
		])
			expect(text).toContain(
				`curl -s -X POST ${emulator.url}/__emulator/deliver -d '{"url":"${url}","orderId":"${shippable[0].orderId}"}'`,
			);
	});
});
