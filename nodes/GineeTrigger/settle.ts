import type { IWebhookFunctions } from 'n8n-workflow';

interface Pending {
	confirm: () => void;
	release: () => void;
}

/**
 * Keeps a claimed delivery id once n8n has answered it with success (the execution is recorded),
 * and gives it back when n8n answered with an error (nothing was recorded), so a resend is taken.
 * A connection closed before any answer keeps the id: n8n goes on recording the execution.
 */
export function settleWhenAnswered(
	res: ReturnType<IWebhookFunctions['getResponseObject']>,
	pending: Pending,
): void {
	const settle = () =>
		res.headersSent && res.statusCode >= 300 ? pending.release() : pending.confirm();
	res.once('finish', settle);
	res.once('close', settle);
}
