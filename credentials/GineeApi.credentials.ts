import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { gineeAuthorization, requestPath } from './signature';

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

	icon: Icon = { light: 'file:../nodes/Ginee/ginee.svg', dark: 'file:../nodes/Ginee/ginee.dark.svg' };

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
			description: 'The Secret Key shown next to the Access Key. It signs every request and is never sent.',
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
			description: 'Ginee Open API address. Change it only for a sandbox or a local emulator.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const path = requestPath(requestOptions as IHttpRequestOptions & { uri?: string });
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				Authorization: gineeAuthorization(
					String(credentials.accessKey),
					String(credentials.secretKey),
					requestOptions.method,
					path,
				),
				'X-Advai-Country': String(credentials.country || 'ID'),
				'Content-Type': 'application/json',
			},
		};
	}
}
