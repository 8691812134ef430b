'use strict';

let transactionCounter = 0;

function transactionId() {
	transactionCounter += 1;
	return (0x5eed00000000 + transactionCounter).toString(16).padStart(16, '0');
}

/** Ginee's answer shape, for success and business errors alike. */
function envelope(code, message, data = null, extra = null) {
	return {
		code,
		message,
		data,
		extra,
		transactionId: transactionId(),
		pricingStrategy: code === 'SUCCESS' ? 'PAY' : 'FREE',
	};
}

class GineeError extends Error {
	constructor(code, message, { status = 200, data = null } = {}) {
		super(message);
		this.code = code;
		this.status = status;
		this.data = data;
	}
}

const parameterError = (message) => new GineeError('PARAMETER_ERROR', message);

module.exports = { envelope, GineeError, parameterError };
