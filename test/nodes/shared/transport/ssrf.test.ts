// n8n's SSRF protection (N8N_SSRF_PROTECTION_ENABLED; n8n 3.0 blocks more ranges) in n8n-core's own
// request helpers: the emulator on 127.0.0.1 is a local address, as a sandbox or a proxy would be.
import { runGinee } from '../../../helpers/executeContext';
import {
	enableSsrfProtection,
	getDetailsParameters,
	PATHS,
	recentOrders,
	useEmulator,
} from '../../../helpers/fixtures';

describe('with n8n’s SSRF protection on and no exception for the Host', () => {
	const emulator = useEmulator();
	beforeAll(enableSsrfProtection);
	const host = () => new URL(emulator.url).host;

	it('a read says which setting allows the Host, and sends nothing', async () => {
		const [order] = recentOrders(emulator);
		const error = await runGinee(emulator, {
			parameters: getDetailsParameters([order.orderId]),
		}).catch((caught) => caught);
		expect(error.message).toBe(
			`n8n's SSRF protection blocked ${host()} (a private or local address): allow it with ` +
				"N8N_SSRF_ALLOWED_HOSTNAMES or N8N_SSRF_ALLOWED_IP_RANGES in n8n's environment",
		);
		expect(error.description).toMatch(/^Nothing was sent to Ginee/);
		expect(emulator.requests).toHaveLength(0);
	});

	it('a write is reported as not sent, never as “may already have been applied”', async () => {
		const [output] = await runGinee(emulator, {
			parameters: {
				resource: 'inventory',
				operation: 'setWarehouseStock',
				warehouseId: { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' },
				sku: 'BATIK-LP',
				quantity: '5',
				options: {},
			},
			continueOnFail: true,
		});
		expect(output.json.error).toContain(`n8n's SSRF protection blocked ${host()}`);
		expect(JSON.stringify(output.json)).not.toMatch(/may already have been applied/);
		expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(0);
	});
});
