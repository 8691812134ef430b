'use strict';
// What `npm start` prints about the emulator: order IDs each operation accepts, and curl lines that
// send a web hook about one of them to the published example (Production URL) or to a trigger
// being tried in the editor (Test URL).

const named = (order) => `${order.orderId} (${order.channel})`;

/** The emulator's part of npm start's text. */
function emulatorHelp(emulator, n8nUrl, triggerPath) {
	const { shippable, shipped, manual } = emulator.trialOrders();
	const deliver = (url, orderId) =>
		`curl -s -X POST ${emulator.url}/__emulator/deliver -d '{"url":"${url}","orderId":"${orderId}"}'`;
	const [paid] = shippable;
	return `
Ginee emulator:   ${emulator.url} (Access Key ${emulator.account.accessKey}, country ${emulator.account.country})
  orders to try (the emulator's own; Get Details finds each):
    paid, to accept, ship or cancel   ${shippable.map(named).join(', ')}
    shipping, to print its label      ${named(shipped)}
    manual, to update or mark shipped ${manual.orderId}
  a web hook "order created" for ${paid.orderId}, to the published example's trigger:
    ${deliver(`${n8nUrl}/webhook/${triggerPath}`, paid.orderId)}
  the same to a trigger you try in the editor: click its "Execute step" first (n8n then listens on
  its Test URL; for a trigger you added, copy the Test URL from "Webhook URLs" in its panel):
    ${deliver(`${n8nUrl}/webhook-test/${triggerPath}`, paid.orderId)}
  (each send is a new delivery; "orderId" can be any order of the emulator)
`;
}

module.exports = { emulatorHelp };
