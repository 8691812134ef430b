import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Print Document',
	description: 'Get an order’s shipping label, invoice, packing list or picking list as a PDF',
	toolDescription:
		'Gets the PDF link (pdfUrl) of a Ginee order document: shipping label, invoice, packing list ' +
		'or picking list, by orderId. Returns orderId, pdfUrl and logisticsInfos (tracking numbers).',
	action: 'Print an order document',
};

export const properties: INodeProperties[] = [
	orderIdField('The order whose document is printed'),
	{
		displayName: 'Document',
		name: 'documentType',
		type: 'options',
		options: [
			{ name: 'Invoice', value: 'INVOICE' },
			{ name: 'Packing List', value: 'PACKAGE' },
			{ name: 'Picking List', value: 'PICKING' },
			{
				name: 'Shipping Label',
				value: 'LABEL',
				description: 'The air waybill, once the order is arranged for shipment',
			},
		],
		default: 'LABEL',
	},
	{
		displayName: 'Download PDF',
		name: 'download',
		type: 'boolean',
		default: true,
		description:
			'Whether to download the PDF as a file of the output item, ready for Slack, e-mail, ' +
			'Google Drive or a printer; off gives only its link (pdfUrl)',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		displayOptions: { show: { download: [true] } },
		hint: 'The name of the output binary field to put the PDF in',
	},
	optionsCollection([timeoutOption('each answer from Ginee and the download')]),
];
