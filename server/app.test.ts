import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanAddresses } from './addresses';
import { createApplication, type Application } from './app';
import { SqliteSessionStore } from './store/sqlite-session-store';
import { networkUrls } from './transport/http';

let app: Application;
let store: SqliteSessionStore;
let base: string;
let distDir: string;
let dataDir: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'pb-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(distDir, 'present.html'), '<!doctype html><title>presenter</title>');
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'assets', 'home-abc123.js'), 'console.log(1)');
  dataDir = mkdtempSync(join(tmpdir(), 'pb-data-'));
  store = new SqliteSessionStore({ dir: dataDir });
  app = await createApplication({ distDir, store, lanAddresses: () => ['192.168.1.23'] });
  const { port } = await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(distDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the kit server', () => {
  it('answers the health check', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves the built pages, with and without .html', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>home</title>');
    expect(await (await fetch(`${base}/present`)).text()).toContain('<title>presenter</title>');
    expect(await (await fetch(`${base}/present.html?deck=welcome&lang=fr`)).text()).toContain('presenter');
  });

  it('lets browsers cache hashed assets for good and revalidate pages', async () => {
    expect((await fetch(`${base}/assets/home-abc123.js`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('tells the browser that nothing may load from another origin', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for what does not exist', async () => {
    const res = await fetch(`${base}/nothing-here`);
    expect(res.status).toBe(404);
    expect((await fetch(`${base}/../../etc/passwd`)).status).toBe(404);
  });
});

describe('the network addresses for the join QR', () => {
  it('answers with the LAN base URLs, none when the server listens on loopback only', async () => {
    const res = await fetch(`${base}/api/network`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ urls: [] });
  });

  it('lists every LAN address with the port actually bound', () => {
    const lan = ['192.168.1.23', '10.42.0.1'];
    const on = (address: string): AddressInfo => ({ address, family: 'IPv4', port: 41234 });
    expect(networkUrls(on('0.0.0.0'), lan)).toEqual(['http://192.168.1.23:41234/', 'http://10.42.0.1:41234/']);
    expect(networkUrls(on('::'), lan)).toHaveLength(2);
    expect(networkUrls(on('10.42.0.1'), lan)).toEqual(['http://10.42.0.1:41234/']);
    expect(networkUrls(on('127.0.0.1'), lan)).toEqual([]);
    expect(networkUrls(on('0.0.0.0'), [])).toEqual([]);
    expect(networkUrls(null, lan)).toEqual([]);
  });
});

describe('LAN addresses', () => {
  it('lists the IPv4 addresses a phone on the same network can reach', () => {
    const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
      ({ address, family, internal, netmask: '', mac: '', cidr: null }) as never;
    const found = lanAddresses({
      lo: [iface('127.0.0.1', 'IPv4', true)],
      wlan0: [iface('192.168.1.23', 'IPv4'), iface('fe80::1', 'IPv6')],
      eth1: [iface('169.254.10.2', 'IPv4')],
      hotspot: [iface('10.42.0.1', 'IPv4')],
    });
    expect(found).toEqual(['192.168.1.23', '10.42.0.1']);
  });
});
