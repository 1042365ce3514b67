import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { lanAddresses, lanInterfaces } from './addresses';
import { announce, parsePublicUrl, terminalQr } from './announce';
import { createApplication } from './app';
import { SqliteSessionStore } from './store/sqlite-session-store';

const iface = (address: string) =>
  ({ address, family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }) as never;

describe('LAN interfaces', () => {
  it('puts the adapters of containers, virtual machines and VPNs after the Wi-Fi and the hotspot', () => {
    const found = lanInterfaces({
      docker0: [iface('172.17.0.1')],
      'vEthernet (WSL)': [iface('172.25.0.1')],
      utun3: [iface('10.8.0.2')],
      wlan0: [iface('192.168.43.10')],
      // macOS's own hotspot ("Internet Sharing") and Windows' are real: they stay in the first group.
      bridge100: [iface('192.168.2.1')],
      'Local Area Connection* 10': [iface('192.168.137.1')],
    });
    expect(found.map((i) => i.name)).toEqual([
      'wlan0',
      'bridge100',
      'Local Area Connection* 10',
      'docker0',
      'vEthernet (WSL)',
      'utun3',
    ]);
    expect(lanAddresses({ eth0: [iface('10.0.0.5')], lo: [] })).toEqual(['10.0.0.5']);
  });
});

describe('npm start announces', () => {
  const interfaces = [
    { name: 'wlan0', address: '192.168.43.10' },
    { name: 'docker0', address: '172.17.0.1' },
  ];

  it('every join address, the join slide’s first, the network check and how to choose another', () => {
    const text = announce({ port: 8080, interfaces, dataDir: '/data', qr: false });
    expect(text).toContain('http://localhost:8080/');
    expect(text).toMatch(/http:\/\/192\.168\.43\.10:8080\/join\s+\(wlan0, on the join slide\)/);
    expect(text).toMatch(/http:\/\/172\.17\.0\.1:8080\/join\s+\(docker0\)/);
    expect(text).toContain('http://192.168.43.10:8080/network');
    expect(text).toContain('npm start -- --public-url http://172.17.0.1:8080/');
    expect(text).not.toContain('\x1b[');
  });

  it('the PUBLIC_URL first, once', () => {
    const text = announce({ port: 8080, interfaces, publicUrl: 'http://172.17.0.1:8080/', dataDir: '/d', qr: false });
    expect(text.match(/172\.17\.0\.1:8080\/join/g)).toHaveLength(1);
    expect(text).toMatch(/172\.17\.0\.1:8080\/join\s+\(PUBLIC_URL, on the join slide\)/);
  });

  it('that only this computer can open the kit when there is no network', () => {
    expect(announce({ port: 8080, interfaces: [], dataDir: '/d', qr: true })).toContain('No network found');
  });

  it('a QR code of the first join address, dark modules in black on white', () => {
    const text = announce({ port: 8080, interfaces, dataDir: '/d', qr: true });
    expect(text).toContain(terminalQr('http://192.168.43.10:8080/join'));
  });
});

describe('the terminal QR code', () => {
  it('draws every module of the code, two rows a line', () => {
    const url = 'http://192.168.43.10:8080/join';
    const { data } = encode(url, { ecc: 'M', border: 2 });
    const lines = terminalQr(url)
      .split('\n')
      .map((line) => line.replaceAll('\x1b[30;107m', '').replaceAll('\x1b[0m', ''));
    expect(lines).toHaveLength(Math.ceil(data.length / 2));
    const read = lines.flatMap((line) => {
      const chars = [...line];
      return [chars.map((c) => c === '█' || c === '▀'), chars.map((c) => c === '█' || c === '▄')];
    });
    expect(read.slice(0, data.length)).toEqual(data);
  });
});

describe('PUBLIC_URL', () => {
  it('takes a web address, with or without its slash', () => {
    expect(parsePublicUrl('http://192.168.43.10:8080')).toEqual({ url: 'http://192.168.43.10:8080/' });
    expect(parsePublicUrl('https://kit.example/school/')).toEqual({ url: 'https://kit.example/school/' });
    expect(parsePublicUrl(undefined)).toEqual({});
    expect(parsePublicUrl('192.168.43.10').problem).toBeDefined();
    expect(parsePublicUrl('ftp://192.168.43.10/').problem).toBeDefined();
  });

  it('comes first in the addresses the server gives the join slide', async () => {
    const distDir = mkdtempSync(join(tmpdir(), 'pb-dist-'));
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>home</title>');
    const store = new SqliteSessionStore({ dir: distDir });
    const app = await createApplication({
      distDir,
      store,
      // As if 127.0.0.1 were the laptop's Wi-Fi address (the test listens on loopback only).
      lanAddresses: () => ['127.0.0.1'],
      publicUrl: 'http://10.42.0.1:8080/',
    });
    try {
      const { port } = await app.listen(0, '127.0.0.1');
      const body = (await (await fetch(`http://127.0.0.1:${port}/api/network`)).json()) as { urls: string[] };
      expect(body.urls).toEqual(['http://10.42.0.1:8080/', `http://127.0.0.1:${port}/`]);
    } finally {
      await app.close();
      await store.close();
      rmSync(distDir, { recursive: true, force: true });
    }
  });
});
