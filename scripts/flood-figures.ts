/**
 * The figures of issue 18's floods against a real kit server on loopback, with the server's default limits:
 *   npx tsx scripts/flood-figures.ts
 * 1. 100 addresses × 20 `session:start`: sessions started, and whether a teacher on a new address then starts one.
 * 2. One phone (one address) with 10 connections asking distinct questions as fast as the server lets it: texts
 *    queued, and whether another student's question is then queued.
 * 3. Event names from Object's prototype: how many of them get an answer.
 * 4. One question sent three times with one ask id: the count the facilitator sees.
 */
import {
  connectFrom,
  disconnectAll,
  randomSeat,
  Inbox,
  Phone,
  rawRequest,
  removeDir,
  request,
  sleep,
  startSession,
  startTestServer,
} from '../server/transport/test-harness';

const settings = { language: 'en', country: 'BE' } as const;

async function sessionStarts(): Promise<void> {
  const server = await startTestServer();
  try {
    const began = performance.now();
    const attackers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => connectFrom(server.url, `127.0.1.${i + 1}`)),
    );
    const acks = await Promise.all(
      attackers.flatMap((socket) => Array.from({ length: 20 }, () => request(socket, 'session:start', settings))),
    );
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    const teacher = await request(await connectFrom(server.url, '127.0.2.1'), 'session:start', settings);
    console.log(
      `session starts: ${acks.filter((ack) => ack.ok).length} of 2000 started in ${seconds} s; ` +
        `a teacher on a new address: ${teacher.ok ? 'started' : `refused (${teacher.error.code})`}`,
    );
  } finally {
    disconnectAll();
    await server.stop();
    removeDir(server.dataDir);
  }
}

async function questionFlood(): Promise<void> {
  const server = await startTestServer();
  try {
    const facilitator = await startSession(server.url, { ...settings, classSize: 100 });
    const connections = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const socket = await connectFrom(server.url, '127.0.3.1');
        await request(socket, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
        return socket;
      }),
    );
    const began = performance.now();
    let queued = 0;
    let refusedInARow = 0;
    // The connections ask until 200 asks in a row are refused (or it is cut off), 25 s at most.
    await Promise.all(
      connections.map(async (socket, c) => {
        for (let i = 0; refusedInARow < 200 && performance.now() - began < 25_000 && socket.connected; i++) {
          const ack = await request(socket, 'question:ask', { text: `flood ${c} ${i}` }, 2000).catch(() => null);
          if (ack?.ok) {
            queued++;
            refusedInARow = 0;
          } else refusedInARow++;
        }
      }),
    );
    const student = await connectFrom(server.url, '127.0.3.2');
    await request(student, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
    const asked = await request(student, 'question:ask', { text: 'Who can I tell?' });
    console.log(
      `question flood: ${queued} texts queued from one address in ` +
        `${((performance.now() - began) / 1000).toFixed(1)} s; another student's question: ` +
        `${asked.ok ? 'queued' : `refused (${asked.error.code})`}`,
    );
  } finally {
    disconnectAll();
    disconnectAll();
    await server.stop();
    removeDir(server.dataDir);
  }
}

async function prototypeNames(): Promise<void> {
  const server = await startTestServer();
  try {
    const socket = await connectFrom(server.url, '127.0.4.1');
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    const answers = await Promise.all(names.map((name) => rawRequest(socket, name, {}).catch(() => null)));
    console.log(
      `prototype event names: ${answers.filter((answer) => answer !== null).length} of ${names.length} answered`,
    );
  } finally {
    disconnectAll();
    await server.stop();
    removeDir(server.dataDir);
  }
}

async function resentQuestion(): Promise<void> {
  const server = await startTestServer();
  try {
    const facilitator = await startSession(server.url);
    const inbox = new Inbox(facilitator.socket);
    const phone = new Phone(server.url);
    await phone.join(facilitator.joinCode);
    const question = { text: 'Is it my fault?', askId: 'a'.repeat(32) };
    for (let i = 0; i < 3; i++) await request(phone.socket, 'question:ask', question).catch(() => null);
    // Without ask ids (the join page before them), the same three sends.
    for (let i = 0; i < 3; i++) await request(phone.socket, 'question:ask', { text: 'Can I delete it?' });
    await sleep(500); // the facilitator's screen hears of each counted send
    const count = (text: string) =>
      Math.max(
        0,
        ...[...inbox.all('moderation:queued'), ...inbox.all('moderation:updated')]
          .filter(({ entry }) => entry.text === text)
          .map(({ entry }) => entry.count),
      );
    console.log(
      `question sent 3 times with one ask id: counted ${count(question.text)}; ` +
        `3 times without: counted ${count('Can I delete it?')}`,
    );
  } finally {
    disconnectAll();
    await server.stop();
    removeDir(server.dataDir);
  }
}

await sessionStarts();
await questionFlood();
await prototypeNames();
await resentQuestion();
process.exit(0);
