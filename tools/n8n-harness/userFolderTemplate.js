'use strict';
// A migrated n8n user folder with the owner signed up and our package installed, made once per n8n
// install and package build, then copied for every n8n the tests start on SQLite: a start skips
// n8n's database migrations, the owner set-up and the package install. (GINEE_FRESH_N8N=1 starts
// every n8n from an empty folder, as before.)
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// Outside the repository: n8n keeps a copy of its editor's scripts in the user folder
// (.cache/n8n/public), and `n8n-node lint` lints every script under the repository it finds.
const TEMPLATES = path.join(os.tmpdir(), 'n8n-ginee-user-folder-templates');

const shortHash = (...parts) => {
	const hash = crypto.createHash('sha256');
	for (const part of parts) hash.update(part);
	return hash.digest('hex').slice(0, 16);
};

/** Where the template of this n8n install and package tarball (or none) is kept. */
function templatePath(n8nBin, tarball) {
	const build = tarball ? `package-${shortHash(fs.readFileSync(tarball))}` : 'bare';
	return path.join(TEMPLATES, shortHash(n8nBin), build);
}

/** Drops the finished templates of this n8n install's earlier package builds. */
function dropEarlierBuilds(template) {
	const folder = path.dirname(template);
	for (const name of fs.readdirSync(folder))
		if (
			name.startsWith('package-') &&
			!name.includes('-building-') &&
			name !== path.basename(template)
		)
			fs.rmSync(path.join(folder, name), { recursive: true, force: true });
}

/**
 * A fresh copy of the template for this n8n and tarball; `make(folder)` fills a new template
 * (starts n8n there, signs the owner up, stops it) the first time. Two test lanes making the same
 * template at once both succeed: the first rename wins, the other copy is dropped.
 */
async function userFolderFromTemplate(n8nBin, tarball, make) {
	const template = templatePath(n8nBin, tarball);
	if (!fs.existsSync(path.join(template, '.ready'))) {
		fs.mkdirSync(path.dirname(template), { recursive: true });
		if (tarball) dropEarlierBuilds(template);
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
