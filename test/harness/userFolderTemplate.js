'use strict';
// A migrated n8n user folder with the owner signed up and our package installed, made once per n8n
// install and package build, then copied for every n8n the tests start on SQLite: a start skips
// n8n's database migrations, the owner set-up and the package install. (GINEE_FRESH_N8N=1 starts
// every n8n from an empty folder, as before.)
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO } = require('./install');

const TEMPLATES = path.join(REPO, '.n8n-runtime', 'user-folder-templates');

/** Which template a start can use: one per n8n install and per package tarball (or none). */
function templateKey(n8nBin, tarball) {
	const hash = crypto.createHash('sha256').update(n8nBin);
	if (tarball) hash.update(fs.readFileSync(tarball));
	return `${tarball ? 'package' : 'bare'}-${hash.digest('hex').slice(0, 16)}`;
}

/**
 * A fresh copy of the template for this n8n and tarball; `make(folder)` fills a new template
 * (starts n8n there, signs the owner up, stops it) the first time. Two test lanes making the same
 * template at once both succeed: the first rename wins, the other copy is dropped.
 */
async function userFolderFromTemplate(n8nBin, tarball, make) {
	const template = path.join(TEMPLATES, templateKey(n8nBin, tarball));
	if (!fs.existsSync(path.join(template, '.ready'))) {
		fs.mkdirSync(TEMPLATES, { recursive: true });
		const building = fs.mkdtempSync(`${template}-building-`);
		try {
			await make(building);
			fs.writeFileSync(path.join(building, '.ready'), '');
			fs.renameSync(building, template);
		} catch (error) {
			fs.rmSync(building, { recursive: true, force: true });
			if (!fs.existsSync(path.join(template, '.ready'))) throw error;
		}
	}
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-ginee-'));
	fs.cpSync(template, folder, { recursive: true });
	fs.rmSync(path.join(folder, '.ready'));
	return folder;
}

module.exports = { userFolderFromTemplate };
