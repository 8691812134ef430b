#!/usr/bin/env node
'use strict';
// npm run emulator -- --port 8787 [--latency 50] [--access-key K --secret-key S --country ID]
const { GineeEmulator } = require('./server');

function parseArgs(argv) {
	const args = {};
	for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
	return args;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const account = {};
	if (args['access-key']) account.accessKey = args['access-key'];
	if (args['secret-key']) account.secretKey = args['secret-key'];
	if (args.country) account.country = args.country;
	const emulator = new GineeEmulator({ account, latencyMs: Number(args.latency ?? 0) });
	const url = await emulator.start(Number(args.port ?? 8787));
	console.log(`Ginee emulator listening on ${url}`);
	console.log(
		`Access Key: ${emulator.account.accessKey}  Country: ${emulator.account.country}  (secret key: see test/emulator/server.js)`,
	);
	console.log(
		`${emulator.store.orders.size} orders in ${emulator.store.shops.length} shops. Ctrl-C to stop.`,
	);
	const stop = async () => {
		await emulator.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
