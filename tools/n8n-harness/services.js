'use strict';
// PostgreSQL and Redis from Debian's packages, for the queue-mode tests: own data folder, loopback,
// free ports, stopped by the test. PostgreSQL refuses to run as root, so as root it runs as the
// `postgres` user that Debian's package creates.
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort, terminate, waitFor } = require('./n8n');

const STOP_TIMEOUT_MS = 15_000;

function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root)
		? fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, 'bin/postgres')))
		: [];
	if (versions.length === 0)
		throw new Error('PostgreSQL is not installed: apt-get install postgresql');
	return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

function redisServerBin() {
	if (!fs.existsSync('/usr/bin/redis-server'))
		throw new Error('Redis is not installed: apt-get install redis-server');
	return '/usr/bin/redis-server';
}

const IS_ROOT = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function asPostgresUser(bin, args) {
	return IS_ROOT ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

class ServiceProcess {
	constructor(name, dataDir) {
		this.name = name;
		this.dataDir = dataDir;
		this.log = [];
	}

	spawn(command, args) {
		this.process = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const remember = (chunk) => this.log.push(chunk.toString());
		this.process.stdout.on('data', remember);
		this.process.stderr.on('data', remember);
		this.exited = new Promise((resolve) => this.process.once('exit', resolve));
	}

	assertRunning() {
		if (this.process.exitCode !== null)
			throw new Error(`${this.name} exited:\n${this.log.join('').slice(-2000)}`);
	}

	async stop() {
		await terminate(this.process, this.exited, STOP_TIMEOUT_MS);
		fs.rmSync(this.dataDir, { recursive: true, force: true });
	}
}

/** A throw-away PostgreSQL cluster with database `n8n`, user `n8n`, password `n8n`. */
async function startPostgres() {
	const bin = postgresBinDir();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-pg-'));
	const service = new ServiceProcess('PostgreSQL', dataDir);
	const passwordFile = path.join(dataDir, 'password');
	fs.writeFileSync(passwordFile, 'n8n');
	if (IS_ROOT) execFileSync('chown', ['-R', 'postgres:postgres', dataDir]);
	const clusterDir = path.join(dataDir, 'cluster');
	const [initCommand, initArgs] = asPostgresUser(path.join(bin, 'initdb'), [
		'-D',
		clusterDir,
		'-U',
		'n8n',
		'--auth=scram-sha-256',
		`--pwfile=${passwordFile}`,
		'-E',
		'UTF8',
		'--no-locale',
	]);
	execFileSync(initCommand, initArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
	service.port = await freePort();
	const [command, args] = asPostgresUser(path.join(bin, 'postgres'), [
		'-D',
		clusterDir,
		'-p',
		String(service.port),
		'-h',
		'127.0.0.1',
		'-k',
		dataDir,
		'-c',
		'fsync=off',
		'-c',
		'max_connections=200',
	]);
	service.spawn(command, args);
	await waitFor(
		'PostgreSQL',
		async () => {
			service.assertRunning();
			execFileSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(service.port)], {
				stdio: 'ignore',
			});
			return true;
		},
		60_000,
	);
	execFileSync(
		path.join(bin, 'psql'),
		[
			'-h',
			'127.0.0.1',
			'-p',
			String(service.port),
			'-U',
			'n8n',
			'-d',
			'postgres',
			'-c',
			'CREATE DATABASE n8n',
		],
		{ env: { ...process.env, PGPASSWORD: 'n8n' }, stdio: ['ignore', 'ignore', 'pipe'] },
	);
	service.env = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(service.port),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'n8n',
		DB_POSTGRESDB_PASSWORD: 'n8n',
	};
	return service;
}

/** A throw-away Redis without persistence. */
async function startRedis() {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-redis-'));
	const service = new ServiceProcess('Redis', dataDir);
	service.port = await freePort();
	service.spawn(redisServerBin(), [
		'--port',
		String(service.port),
		'--bind',
		'127.0.0.1',
		'--dir',
		dataDir,
		'--save',
		'',
		'--appendonly',
		'no',
		'--daemonize',
		'no',
	]);
	await waitFor(
		'Redis',
		async () => {
			service.assertRunning();
			return /Ready to accept connections/.test(service.log.join(''));
		},
		30_000,
	);
	service.env = { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(service.port) };
	return service;
}

module.exports = { startPostgres, startRedis };
