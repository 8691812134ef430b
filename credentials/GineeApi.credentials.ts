import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { GineeHostError, gineeOrigin } from './host';
import { gineeAuthorization, requestUrl } from './signature';

export const GINEE_COUNTRIES = [
	{ name: 'Indonesia (ID)', value: 'ID' },
	{ name: 'China (CN)', value: 'CN' },
	{ name: 'Philippines (PH)', value: 'PH' },
	{ name: 'Vietnam (VN)', value: 'VN' },
	{ name: 'Thailand (TH)', value: 'TH' },
	{ name: 'Malaysia (MY)', value: 'MY' },
];

export class GineeApi implements ICredentialType {
	name = 'gineeApi';

	displayName = 'Ginee API';

	icon: Icon = {
		light: 'file:../nodes/Ginee/ginee.svg',
		dark: 'file:../nodes/Ginee/ginee.dark.svg',
	};

	documentationUrl = 'https://doc.ginee.com/';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The Access Key of your Ginee Open API app (Ginee → Settings → Open API)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The Secret Key shown next to the Access Key. It signs every request and is never sent.',
		},
		{
			displayName: 'Country',
			name: 'country',
			type: 'options',
			options: GINEE_COUNTRIES,
			default: 'ID',
			description: 'The country of your Ginee account, sent as the X-Advai-Country header',
		},
		{
			displayName: 'Host',
			name: 'host',
			type: 'string',
			default: 'https://api.ginee.com',
			description:
				'Ginee Open API address (https). Change it only for a sandbox or a local emulator. The ' +
				'credential signs requests to this address only.',
		},
		{
			displayName: 'Webhook Secret Token',
			name: 'webhookToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. Used by the Ginee Trigger when its Require Secret Token option is on: a ' +
				'delivery must carry this value in the X-Ginee-Token header (or a ?token= query ' +
				'parameter).',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const request = requestOptions as IHttpRequestOptions & { uri?: string };
		const origin = gineeOrigin(credentials.host);
		const target = requestUrl(request);
		// Ginee's signature covers only method and path: signed for another origin, it would work
		// against Ginee.
		if (target?.origin !== origin) {
			throw new GineeHostError(
				`The Ginee API credential signs only requests to its Host ${origin}; refused to sign a ` +
					`request to ${target?.origin ?? 'an address without a host'}`,
			);
		}
		const headers: IDataObject = { ...requestOptions.headers };
		headers.Authorization = gineeAuthorization(
			String(credentials.accessKey ?? '').trim(),
			String(credentials.secretKey ?? '').trim(),
			requestOptions.method,
			target.pathname,
		);
		headers['X-Advai-Country'] = String(credentials.country || 'ID');
		if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
			headers['Content-Type'] = 'application/json';
		}
		// A redirect would carry the signed header elsewhere (n8n re-sends it): never follow one.
		return {
			...requestOptions,
			headers,
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			followRedirect: false,
			followAllRedirects: false,
		} as IHttpRequestOptions;
	}
}
